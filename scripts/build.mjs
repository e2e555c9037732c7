// npm run build: the phone table (scripts/phone-metadata.mjs) and the warning-code table
// (scripts/warning-codes.mjs), the npm modules (tsc), the embed bundle (vite), the manifest (CEM
// analyzer), the framework typings and editor data generated from it (scripts/framework-types.mjs),
// the static demo site in dist/demo/ (gallery, snippet builder with its preview copy of the bundle,
// the documentation written from docs/*.md by scripts/docs-site.mjs, API page; vite --mode demo,
// --mode builder-preview), which a club can host as it is (it is not in
// the npm package), and the
// WordPress plugin's zip (scripts/build-wordpress.mjs).
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const versionSource = readFileSync('src/version.ts', 'utf8');
if (!versionSource.includes(`'${pkg.version}'`)) {
  console.error(`src/version.ts does not match package.json version ${pkg.version}; update it.`);
  process.exit(1);
}

rmSync('dist', { recursive: true, force: true });
run('node', ['scripts/phone-metadata.mjs']);
run('node', ['scripts/warning-codes.mjs']);
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('npx', ['vite', 'build', '--logLevel', 'warn']);
// tsc's map was for the ESM source of the entry; the file is now the minified bundle (no map).
rmSync('dist/stat-widgets.js.map', { force: true });
run('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs']);
run('node', ['scripts/framework-types.mjs']);
run('npx', ['vite', 'build', '--mode', 'demo', '--logLevel', 'warn']);
run('npx', ['vite', 'build', '--mode', 'builder-preview', '--logLevel', 'warn']);
run('node', ['scripts/build-wordpress.mjs']);
console.log(
  'build: dist/ (npm modules + .d.ts, framework types, editor data), dist/stat-widgets.js, custom-elements.json, dist/demo/, dist/stat-widgets-wordpress.zip',
);
