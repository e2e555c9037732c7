// npm run size: raw, gzip and brotli bytes of dist/stat-widgets.js, of the shared foundation and of
// each element's own code, checked against size-budget.json. Exits 1 when anything is over budget or
// has no budget. Run after `npm run build`.
//
// The rows add up the way a page pays for them: the bundle once; the foundation (StatElement, the
// host styles and events, the localize controller with every element's English and Spanish strings,
// safe-url, warn, the version) once, however many elements a page uses; then each element's own code,
// which is its define module minified with Lit and the foundation left out. Templates are minified as
// in the embed build. An element's own libraries
// (src/lib, src/data, another element it embeds) count for it, even when another element shares them.
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { minifyTemplates } from './minify-templates.mjs';
import { resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');

/** The shared foundation: folders (ending in a separator) and files under src/. */
export const FOUNDATION = ['base/', 'i18n/', 'lib/safe-url.ts', 'lib/warn.ts', 'version.ts'];
const foundationPaths = FOUNDATION.map(
  (entry) => resolve(root, 'src', entry) + (entry.endsWith('/') ? sep : ''),
);
const isFoundation = (path) =>
  foundationPaths.some((entry) => (entry.endsWith(sep) ? path.startsWith(entry) : path === entry));

const LIT = ['lit', 'lit/*', '@lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*'];

export function measure(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Our sources as the embed build sees them: Lit templates minified (scripts/minify-templates.mjs). */
const templatesMinified = {
  name: 'minify-templates',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, ({ path }) => ({
      contents: minifyTemplates(readFileSync(path, 'utf8'), path),
      loader: 'ts',
    }));
  },
};

async function minified(options) {
  const result = await build({
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2021',
    write: false,
    external: LIT,
    tsconfig: resolve(root, 'tsconfig.json'),
    absWorkingDir: root,
    logLevel: 'silent',
    ...options,
    plugins: [...(options.plugins ?? []), templatesMinified],
  });
  return Buffer.from(result.outputFiles[0].contents);
}

/** Leaves every foundation module out of an element's bundle (as it leaves Lit out). */
const foundationExternal = {
  name: 'foundation-external',
  setup(builder) {
    builder.onResolve({ filter: /^\./ }, ({ path, resolveDir }) => {
      const file = resolve(resolveDir, path.replace(/\.js$/, '.ts'));
      return isFoundation(file) ? { path: file, external: true } : undefined;
    });
  },
};

/** An element's own code: its define module, minified, without Lit and without the foundation. */
export function elementCode(name) {
  return minified({ entryPoints: [`src/elements/${name}/define.ts`], plugins: [foundationExternal] });
}

/** The foundation once: every export of every foundation module, minified, without Lit. */
export function foundationCode() {
  const files = FOUNDATION.flatMap((entry) =>
    entry.endsWith('/')
      ? readdirSync(resolve(root, 'src', entry))
          .filter((file) => file.endsWith('.ts'))
          .map((file) => `src/${entry}${file}`)
      : [`src/${entry}`],
  );
  return minified({
    stdin: {
      contents: files.map((file) => `export * from './${file.replace(/\.ts$/, '.js')}';`).join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
  });
}

/**
 * Every row of the size table: `{ label, key, size, gzipBudget }`, in the order printed. `key` is the
 * row's place in size-budget.json (`bundle`, `foundation`, `elements.<tag>`).
 */
export async function sizeRows() {
  const budget = JSON.parse(readFileSync(resolve(root, 'size-budget.json'), 'utf8'));
  const names = readdirSync(resolve(root, 'src/elements')).sort();
  const rows = [
    {
      label: 'dist/stat-widgets.js (everything, Lit included)',
      key: 'bundle',
      size: measure(readFileSync(resolve(root, 'dist/stat-widgets.js'))),
      gzipBudget: budget.bundle?.gzip,
    },
    {
      label: 'shared foundation (base, i18n en+es, safe-url, warn; Lit excluded)',
      key: 'foundation',
      size: measure(await foundationCode()),
      gzipBudget: budget.foundation?.gzip,
    },
  ];
  for (const name of names) {
    rows.push({
      label: `<${name}> own code (Lit and foundation excluded)`,
      key: `elements.${name}`,
      size: measure(await elementCode(name)),
      gzipBudget: budget.elements?.[name]?.gzip,
    });
  }
  return rows;
}

export const kb = (n) => `${(n / 1024).toFixed(2)} KB`;

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  if (!existsSync(resolve(root, 'dist/stat-widgets.js'))) {
    console.error('size: dist/stat-widgets.js is missing; run `npm run build` first.');
    process.exit(1);
  }
  const failures = [];
  console.log('| file | raw | gzip | brotli | gzip budget |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const { label, key, size, gzipBudget } of await sizeRows()) {
    if (gzipBudget === undefined) failures.push(`${label} has no budget (${key}) in size-budget.json`);
    else if (size.gzip > gzipBudget)
      failures.push(`${label}: ${kb(size.gzip)} gzip is over its ${kb(gzipBudget)} budget (${key})`);
    console.log(
      `| ${label} | ${kb(size.raw)} | ${kb(size.gzip)} | ${kb(size.brotli)} | ${gzipBudget === undefined ? '—' : kb(gzipBudget)} |`,
    );
  }
  if (failures.length) {
    console.error(failures.map((f) => `size: ${f}`).join('\n'));
    process.exit(1);
  }
  console.log('size: every file is within its budget.');
}
