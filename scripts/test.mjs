// npm test: every check CI runs, in order, then one plain line `N passed, N failed`.
// Checks: lint (ESLint + Prettier), type-check, manifest and phone-data freshness, build, package,
// size budget, the framework apps against the packed package, then the browser tests (unit, built
// bundle, framework apps) in Chromium, Firefox ESR and WebKitGTK, one engine after the other (each its
// own test runner and browser; their output lines are prefixed with the engine), then the
// WordPress plugin on a real WordPress (test/wordpress/run.mjs: its checks count one each). A failed
// check counts as one failure.
//   ENGINES=firefox npm test                          one engine (or a comma-separated list)
//   npm test -- --files test/lib/safe-url.test.ts     browser-test arguments after `--` (no WordPress)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { ENGINES } from './ensure-browser.mjs';
import { reportFile } from './counting-reporter.mjs';
import { freePort } from './free-port.mjs';

const started = Date.now();
const passThrough = process.argv.includes('--') ? process.argv.slice(process.argv.indexOf('--') + 1) : [];
const engines = process.env.ENGINES ? process.env.ENGINES.split(',').map((name) => name.trim()) : ENGINES;
const unknown = engines.filter((engine) => !ENGINES.includes(engine));
if (unknown.length) {
  console.error(`ENGINES: unknown ${unknown.join(', ')} (known: ${ENGINES.join(', ')})`);
  process.exit(1);
}

const steps = [
  ['lint', 'npx', ['eslint', '.']],
  ['format', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']],
  ['type-check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  // Before the build, which rewrites custom-elements.json: this checks the committed file.
  ['manifest', 'node', ['scripts/check-manifest.mjs']],
  // Also before the build, which rewrites the phone table: these check the committed copies.
  ['phone table', 'node', ['scripts/phone-metadata.mjs', '--check']],
  ['phone corpus', 'node', ['scripts/phone-corpus.mjs', '--check']],
  // Also before the build, which rewrites them: the warning-code table and its copy in docs/developers.md.
  ['warning codes', 'node', ['scripts/warning-codes.mjs', '--check']],
  ['build', 'node', ['scripts/build.mjs']],
  ['package', 'node', ['scripts/check-package.mjs']],
  ['size', 'node', ['scripts/size.mjs']],
  // The packed package in React, Vue and Svelte apps (type checks, builds), Node, publint, attw.
  ['frameworks', 'node', ['scripts/test-frameworks.mjs']],
  ['browsers', 'node', ['scripts/ensure-browser.mjs', ...engines]],
];

let failedChecks = 0;
const failedNames = [];
let canRunBrowserTests = true;
for (const [name, command, args] of steps) {
  console.log(`\n── ${name} ──`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`✗ ${name} failed`);
    failedChecks += 1;
    failedNames.push(name);
    // Nothing after a failed build or a missing browser can run meaningfully.
    if (name === 'build' || name === 'browsers') {
      canRunBrowserTests = false;
      break;
    }
  }
}

/** One engine's test run; resolves with its counts (a run that did not finish counts as a failure). */
function runEngine(engine, port) {
  rmSync(reportFile(engine), { force: true });
  const runStarted = Date.now();
  // Chosen files (`-- --files …`) leave out the Chromium-only ones in the other engines.
  const chromiumOnly = engine !== 'chromium' && passThrough.includes('--files');
  const args = chromiumOnly ? [...passThrough, '--files', '!**/*.chromium.test.ts'] : passThrough;
  const wtr = spawn('npx', ['wtr', '--port', String(port), ...args], {
    env: { ...process.env, CI: 'true', ENGINE: engine },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = `[${engine}] `.padEnd(11);
  for (const stream of [wtr.stdout, wtr.stderr])
    createInterface({ input: stream }).on('line', (line) => console.log(prefix + line));
  return new Promise((resolve) => {
    wtr.on('close', (status) => {
      const totals = existsSync(reportFile(engine))
        ? JSON.parse(readFileSync(reportFile(engine), 'utf8'))
        : { passed: 0, failed: 1, skipped: 0 }; // The runner did not finish: count it, never hide it.
      if (status !== 0 && totals.failed === 0) totals.failed += 1;
      resolve({ engine, ...totals, seconds: Math.round((Date.now() - runStarted) / 1000) });
    });
  });
}

/** The WordPress plugin's checks on a real WordPress; resolves with its counts. */
function runWordPress() {
  const runStarted = Date.now();
  const wordpressFile = 'reports/wordpress-tests.json';
  rmSync(wordpressFile, { force: true });
  const wordpress = spawnSync('node', ['test/wordpress/run.mjs'], { stdio: 'inherit' });
  const counts = existsSync(wordpressFile)
    ? JSON.parse(readFileSync(wordpressFile, 'utf8'))
    : { passed: 0, failed: 1 }; // The run did not finish: count it, never hide it.
  if (wordpress.status !== 0 && counts.failed === 0) counts.failed += 1;
  return {
    engine: 'wordpress',
    skipped: 0,
    ...counts,
    seconds: Math.round((Date.now() - runStarted) / 1000),
  };
}

const results = [];
if (canRunBrowserTests) {
  console.log(`\n── browser tests: ${engines.join(', ')} ──`);
  // One engine at a time: side by side, three browsers on two cores made timing-sensitive tests slow
  // enough to time out, and a timed-out keyboard test left WebKitWebDriver stuck ("a previous
  // interaction is still underway") until the runner's 15 minutes per file ran out.
  // (The test runner cannot pick its own port: `--port 0` does not work.)
  for (const engine of engines) results.push(await runEngine(engine, await freePort()));
  // Only without `--` arguments (a run of chosen browser-test files is not a full run).
  if (passThrough.length === 0) {
    console.log('\n── WordPress ──');
    results.push(runWordPress());
  }
  console.log('');
  for (const { engine, passed, failed, skipped, seconds } of results)
    console.log(
      `${engine}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''} (${seconds} s)`,
    );
}

const passed = results.reduce((sum, result) => sum + result.passed, 0);
const skipped = results.reduce((sum, result) => sum + result.skipped, 0);
const failed = results.reduce((sum, result) => sum + result.failed, 0) + failedChecks;
console.log(`all checks: ${Math.round((Date.now() - started) / 1000)} s`);
// Named again here: CI shows only the end of a long log.
if (failedNames.length) console.log(`failed checks: ${failedNames.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
