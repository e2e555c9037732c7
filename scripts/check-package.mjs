// After a build: every file package.json points npm users at exists, for the main entry and for each
// element, and the bundle is not imported by any npm entry (it is for script tags only). Then the
// tarball `npm pack` would make: only what a consumer needs (no demo site, no WordPress plugin), a LICENSE, every entry
// point inside it, and source maps that resolve within it. `--publish` (npm's prepublishOnly) also
// requires the `repository` field, which is left out until the project has a public repository.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const problems = [];
const targets = [pkg.main, pkg.types, pkg.customElements, pkg.unpkg];
for (const [key, value] of Object.entries(pkg.exports)) {
  const entries = typeof value === 'string' ? [value] : Object.values(value);
  for (const target of entries) {
    if (!key.includes('*')) targets.push(target);
    else for (const name of readdirSync('src/elements')) targets.push(target.replaceAll('*', name));
  }
}
for (const target of targets)
  if (!existsSync(target)) problems.push(`package.json points at ${target}, which the build did not produce`);
for (const name of readdirSync('src/elements')) {
  // Vite reads sideEffects for our own sources too: without the source define modules listed, the
  // embed bundle tree-shakes every element away.
  if (!pkg.sideEffects.includes('./src/elements/*/define.ts'))
    problems.push('sideEffects must list ./src/elements/*/define.ts');
  if (!pkg.sideEffects.some((pattern) => pattern === './dist/elements/*/define.js'))
    problems.push('sideEffects must list the define modules');
  if (readFileSync(`dist/elements/${name}/define.js`, 'utf8').includes('stat-widgets.js'))
    problems.push(`${name}/define.js imports the bundle`);
}

const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { encoding: 'utf8' }));
const shipped = new Set(packed.files.map((file) => file.path));
for (const path of shipped) {
  if (/^dist\/(demo|wordpress)\//.test(path))
    problems.push(`the tarball ships the demo site or plugin (${path})`);
  if (path.endsWith('.map')) {
    const map = JSON.parse(readFileSync(path, 'utf8'));
    map.sources.forEach((source, index) => {
      const target = normalize(join(dirname(path), map.sourceRoot ?? '', source));
      if (!shipped.has(target) && typeof map.sourcesContent?.[index] !== 'string')
        problems.push(`${path} points at ${source}, which is neither shipped nor in the map`);
    });
  }
}
for (const file of ['LICENSE', 'README.md', 'package.json', pkg['web-types'].replace(/^\.\//, '')])
  if (!shipped.has(file)) problems.push(`the tarball has no ${file}`);
for (const target of targets)
  if (!shipped.has(target.replace(/^\.\//, ''))) problems.push(`the tarball has no ${target}`);
if (!pkg.homepage) problems.push('package.json has no homepage');
if (process.argv.includes('--publish') && !pkg.repository)
  problems.push('package.json has no repository: add the public repository before publishing');

if (problems.length) {
  console.error(problems.map((p) => `package: ${p}`).join('\n'));
  process.exit(1);
}
console.log(
  `package: all ${targets.length} entry points exist; the tarball has ${shipped.size} files, no demo, a LICENSE and source maps that resolve.`,
);
