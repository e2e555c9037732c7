// After a build: every file package.json points npm users at exists, for the main entry and for each
// element, and the bundle is not imported by any npm entry (it is for script tags only).
import { existsSync, readdirSync, readFileSync } from 'node:fs';

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
if (problems.length) {
  console.error(problems.map((p) => `package: ${p}`).join('\n'));
  process.exit(1);
}
console.log(`package: all ${targets.length} entry points exist.`);
