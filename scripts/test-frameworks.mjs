// npm test, after the build: the package as a developer gets it. `npm pack`, then, against that
// tarball (unpacked where the apps resolve `stat-widgets`, as `npm install <tarball>` would put it):
// - each framework app's strict type check passes, and rejects every line of its `wrong` file;
// - each app builds with Vite (the browser suite then loads it: test/frameworks/frameworks.test.ts);
// - every entry imports in Node (no DOM) and exits by itself within 5 s;
// - React and Vue render the elements on the server with real attributes only;
// - publint and @arethetypeswrong/cli find nothing wrong with the ESM entries.
// Everything it needs was installed by `npm install` (devDependencies); it uses no network.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');
const apps = resolve(root, 'test/frameworks/apps');
const installed = resolve(apps, 'node_modules/stat-widgets');
const manifest = JSON.parse(readFileSync(resolve(root, 'custom-elements.json'), 'utf8'));
const problems = [];
const fail = (message) => problems.push(message);

/** Runs a command; resolves with its exit code, output and whether the time limit killed it. */
function run(command, args, { cwd = root, timeout = 180_000 } = {}) {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, FORCE_COLOR: '0' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, timeout);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, output, killed });
    });
  });
}

const bin = (name) => resolve(root, 'node_modules/.bin', name);

// ── the tarball ──────────────────────────────────────────────────────────────────────────────
const packDir = mkdtempSync(join(tmpdir(), 'stat-widgets-pack-'));
const packed = await run('npm', ['pack', '--json', '--pack-destination', packDir]);
if (packed.code !== 0) throw new Error(`npm pack failed:\n${packed.output}`);
const tarball = join(packDir, JSON.parse(packed.output.slice(packed.output.indexOf('[')))[0].filename);
rmSync(installed, { recursive: true, force: true });
mkdirSync(installed, { recursive: true });
const unpacked = await run('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
if (unpacked.code !== 0) throw new Error(`could not unpack ${tarball}:\n${unpacked.output}`);
console.log(`frameworks: ${tarball} unpacked for the apps.`);

// ── type checks: the app passes, every `wrong:` line fails ─────────────────────────────────────
/** Errors as [file relative to the app, line]; each checker prints them its own way. */
const parsers = {
  tsc: (output) =>
    [...output.matchAll(/^(\S[^(\n]*)\((\d+),\d+\): error /gm)].map((m) => [m[1], Number(m[2])]),
  svelte: (output) => [...output.matchAll(/ ERROR "([^"]+)" (\d+):\d+ /g)].map((m) => [m[1], Number(m[2])]),
};
const checks = [
  {
    app: 'react',
    wrong: 'src/wrong.tsx',
    command: bin('tsc'),
    args: ['-p', 'tsconfig.json', '--pretty', 'false'],
    parse: parsers.tsc,
  },
  {
    app: 'vue',
    wrong: 'src/Wrong.vue',
    command: bin('vue-tsc'),
    args: ['-p', 'tsconfig.json', '--pretty', 'false'],
    parse: parsers.tsc,
  },
  {
    app: 'svelte',
    wrong: 'src/Wrong.svelte',
    command: bin('svelte-check'),
    args: ['--tsconfig', './tsconfig.json', '--output', 'machine', '--fail-on-warnings'],
    parse: parsers.svelte,
  },
];
await Promise.all(
  checks.map(async ({ app, wrong, command, args, parse }) => {
    const cwd = resolve(apps, app);
    const { output } = await run(command, args, { cwd });
    const errors = parse(output);
    const wrongLines = readFileSync(resolve(cwd, wrong), 'utf8')
      .split('\n')
      .flatMap((line, index) => (/wrong: /.test(line) ? [index + 1] : []));
    const elsewhere = errors.filter(([file, line]) => file !== wrong || !wrongLines.includes(line));
    const accepted = wrongLines.filter((line) => !errors.some(([file, at]) => file === wrong && at === line));
    if (elsewhere.length) fail(`${app}: the type check failed where it must pass:\n${output}`);
    if (accepted.length)
      fail(`${app}: ${wrong} lines ${accepted.join(', ')} passed the type check with a wrong value`);
    if (!wrongLines.length) fail(`${app}: ${wrong} has no lines marked "wrong:"`);
    console.log(
      `frameworks: ${app} type check passes; ${wrongLines.length - accepted.length} of ${wrongLines.length} wrong values rejected.`,
    );
  }),
);

// ── builds ───────────────────────────────────────────────────────────────────────────────────
for (const app of ['react', 'vue', 'svelte']) {
  const appRoot = resolve(apps, app);
  try {
    await build({ root: appRoot, configFile: resolve(appRoot, 'vite.config.ts'), logLevel: 'error' });
    console.log(`frameworks: ${app} app built (test/frameworks/apps/${app}/dist).`);
  } catch (error) {
    fail(`${app}: vite build failed: ${error}`);
  }
}

// ── Node: every entry imports and exits by itself ──────────────────────────────────────────────
const entries = [
  'stat-widgets',
  ...manifest.modules
    .filter((module) => module.exports?.some((e) => e.kind === 'custom-element-definition'))
    .map((module) => `stat-widgets/elements/${module.path.split('/').at(-2)}.js`),
];
for (const entry of entries) {
  const { code, output, killed } = await run('node', ['--input-type=module', '-e', `import '${entry}';`], {
    cwd: apps,
    timeout: 20_000, // generous for a loaded machine: a process kept alive never exits at all
  });
  if (killed) fail(`node: importing ${entry} kept the process alive for 20 s`);
  else if (code !== 0) fail(`node: importing ${entry} failed:\n${output}`);
}
console.log(`frameworks: ${entries.length} entries import in Node and exit by themselves.`);

// ── server rendering: only the elements' real attributes reach the HTML ────────────────────────
const { code: ssrCode, output: ssrOutput } = await run('node', [resolve(apps, 'shared/server-render.mjs')], {
  cwd: apps,
  timeout: 30_000,
});
if (ssrCode !== 0) fail(`server rendering:\n${ssrOutput}`);
else console.log(ssrOutput.trim());

// ── publint and arethetypeswrong ─────────────────────────────────────────────────────────────
const publint = await run(bin('publint'), ['run', installed, '--strict']);
if (publint.code !== 0 || /\b(error|warning|suggestion)/i.test(publint.output))
  fail(`publint:\n${publint.output}`);
else console.log('frameworks: publint finds nothing.');
// ESM only, by design (`"type": "module"`, no CommonJS build); the one-script-tag bundle and the
// JSON files are not ESM entries.
const attw = await run(bin('attw'), [
  tarball,
  '--profile',
  'esm-only',
  '--format',
  'ascii',
  '--exclude-entrypoints',
  'stat-widgets.js',
  'custom-elements.json',
  'vscode.html-custom-data.json',
  'vscode.css-custom-data.json',
  'web-types.json',
  'package.json',
]);
if (attw.code !== 0) fail(`attw:\n${attw.output}`);
else console.log('frameworks: @arethetypeswrong/cli finds no problem with the ESM entries.');

rmSync(packDir, { recursive: true, force: true });
if (problems.length) {
  console.error(problems.map((problem) => `✗ ${problem}`).join('\n'));
  process.exit(1);
}
