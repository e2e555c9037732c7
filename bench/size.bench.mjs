// Bytes of the embed bundle and of each element's own code (the same measure as `npm run size`).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { elementCode, measure } from '../scripts/size.mjs';

const kb = (n) => `${(n / 1024).toFixed(2)} KB`;

export default async function sizeBench() {
  const rows = [];
  const bundle = measure(readFileSync('dist/stat-widgets.js'));
  rows.push(['`dist/stat-widgets.js` (Lit included)', kb(bundle.raw), kb(bundle.gzip), kb(bundle.brotli)]);
  for (const name of existsSync('src/elements') ? readdirSync('src/elements').sort() : []) {
    const size = measure(await elementCode(name));
    rows.push([`\`<${name}>\` own code (Lit excluded)`, kb(size.raw), kb(size.gzip), kb(size.brotli)]);
  }
  return { title: 'Size', columns: ['file', 'raw', 'gzip', 'brotli'], rows };
}
