// npm test: every check CI runs, in order, then one plain line `N passed, N failed`.
// Checks: lint (ESLint + Prettier), type-check, manifest freshness, build, size budget, then the
// browser tests (unit and built-bundle) in headless Chromium. A failed check counts as one failure.
// Pass browser-test arguments after `--`, e.g. `npm test -- --files test/lib/safe-url.test.ts`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const passThrough = process.argv.includes('--') ? process.argv.slice(process.argv.indexOf('--') + 1) : [];
const steps = [
  ['lint', 'npx', ['eslint', '.']],
  ['format', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']],
  ['type-check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  // Before the build, which rewrites custom-elements.json: this checks the committed file.
  ['manifest', 'node', ['scripts/check-manifest.mjs']],
  ['build', 'node', ['scripts/build.mjs']],
  ['package', 'node', ['scripts/check-package.mjs']],
  ['size', 'node', ['scripts/size.mjs']],
  ['browser', 'node', ['scripts/ensure-browser.mjs']],
];

let failedChecks = 0;
let canRunBrowserTests = true;
for (const [name, command, args] of steps) {
  console.log(`\n── ${name} ──`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`✗ ${name} failed`);
    failedChecks += 1;
    // Nothing after a failed build or a missing browser can run meaningfully.
    if (name === 'build' || name === 'browser') {
      canRunBrowserTests = false;
      break;
    }
  }
}

const summaryFile = 'reports/browser-tests.json';
rmSync(summaryFile, { force: true });
let totals = { passed: 0, failed: 0, skipped: 0 };
if (canRunBrowserTests) {
  console.log('\n── browser tests ──');
  const wtr = spawnSync('npx', ['wtr', ...passThrough], {
    stdio: 'inherit',
    env: { ...process.env, CI: 'true' },
  });
  if (existsSync(summaryFile)) totals = JSON.parse(readFileSync(summaryFile, 'utf8'));
  else totals.failed += 1; // The runner did not finish: count it, never hide it.
  if (wtr.status !== 0 && totals.failed === 0) totals.failed += 1;
}

const failed = totals.failed + failedChecks;
console.log(
  `\n${totals.passed} passed, ${failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`,
);
process.exit(failed === 0 && totals.passed > 0 ? 0 : 1);
