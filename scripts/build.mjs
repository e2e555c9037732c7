// npm run build: the npm modules (tsc), the embed bundle (vite), the manifest (CEM analyzer) and the
// static demo site in dist/demo/ (gallery, snippet builder, API page; vite --mode demo), which a club
// can host as it is.
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
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('npx', ['vite', 'build', '--logLevel', 'warn']);
run('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs']);
run('npx', ['vite', 'build', '--mode', 'demo', '--logLevel', 'warn']);
console.log('build: dist/ (npm modules + .d.ts), dist/stat-widgets.js, custom-elements.json, dist/demo/');
