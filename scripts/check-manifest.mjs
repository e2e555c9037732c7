// Fails when custom-elements.json is stale (differs from a fresh analysis of src/) or when an
// element lacks a summary, or when an element folder has no element in the manifest.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';

const fresh = '.cem-check';
rmSync(fresh, { recursive: true, force: true });
execFileSync(
  'npx',
  ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', fresh],
  {
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);
const problems = [];
const committed = existsSync('custom-elements.json') ? readFileSync('custom-elements.json', 'utf8') : '';
const generated = readFileSync(`${fresh}/custom-elements.json`, 'utf8');
rmSync(fresh, { recursive: true, force: true });
if (committed.trim() !== generated.trim()) {
  problems.push('custom-elements.json is stale: run `npm run manifest` and commit the result.');
}

const manifest = JSON.parse(generated);
// Every custom element class in an element folder (the base class, StatElement, has no tag of its own).
const elements = manifest.modules
  .filter((m) => m.path.includes('/elements/'))
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement);
for (const element of elements) {
  if (!element.tagName) problems.push(`${element.name} has no tag name (@tagname).`);
  if (!element.summary?.trim()) problems.push(`<${element.tagName ?? element.name}> has no @summary.`);
}
const folders = existsSync('src/elements') ? readdirSync('src/elements') : [];
for (const folder of folders) {
  if (!elements.some((e) => e.tagName === folder))
    problems.push(`src/elements/${folder} has no element <${folder}> in the manifest.`);
}

if (problems.length) {
  console.error(problems.map((p) => `manifest: ${p}`).join('\n'));
  process.exit(1);
}
console.log(`manifest: custom-elements.json is current (${elements.length} elements, all with a summary).`);
