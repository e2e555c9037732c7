// npm run size: raw, gzip and brotli bytes of dist/stat-widgets.js and of each element's own code
// (its define module bundled and minified with Lit left out, shared base code included), checked
// against size-budget.json. Exits 1 when anything is over budget. Run after `npm run build`.
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const budget = JSON.parse(readFileSync('size-budget.json', 'utf8'));

export function measure(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

export async function elementCode(name) {
  const result = await build({
    entryPoints: [`src/elements/${name}/define.ts`],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2021',
    write: false,
    external: ['lit', 'lit/*', '@lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*'],
    tsconfig: 'tsconfig.json',
    logLevel: 'silent',
  });
  return Buffer.from(result.outputFiles[0].contents);
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  if (!existsSync('dist/stat-widgets.js')) {
    console.error('size: dist/stat-widgets.js is missing; run `npm run build` first.');
    process.exit(1);
  }
  const rows = [
    ['dist/stat-widgets.js (Lit included)', measure(readFileSync('dist/stat-widgets.js')), budget.bundle],
  ];
  const names = existsSync('src/elements') ? readdirSync('src/elements').sort() : [];
  for (const name of names) {
    rows.push([
      `<${name}> own code (Lit excluded)`,
      measure(await elementCode(name)),
      budget.elements?.[name],
    ]);
  }
  const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
  const failures = [];
  console.log('| file | raw | gzip | brotli | gzip budget |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const [label, size, limit] of rows) {
    const gzipLimit = limit?.gzip;
    if (gzipLimit === undefined) failures.push(`${label} has no budget in size-budget.json`);
    else if (size.gzip > gzipLimit)
      failures.push(`${label}: ${kb(size.gzip)} gzip is over its ${kb(gzipLimit)} budget`);
    console.log(
      `| ${label} | ${kb(size.raw)} | ${kb(size.gzip)} | ${kb(size.brotli)} | ${gzipLimit === undefined ? '—' : kb(gzipLimit)} |`,
    );
  }
  if (failures.length) {
    console.error(failures.map((f) => `size: ${f}`).join('\n'));
    process.exit(1);
  }
  console.log('size: every file is within its budget.');
}
