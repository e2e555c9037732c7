// npm run size: raw, gzip and brotli bytes of dist/stat-widgets.js, of the same bundle before the
// phone-number data, of the marginal bytes of the elements size-budget.json names (the bundle rebuilt
// with and without the element), of the shared foundation and of each element's own code, checked
// against size-budget.json. Exits 1 when anything is over budget or has no budget. Run after
// `npm run build`.
//
// Marginal bytes: what an element adds to a bundle that has Lit and the foundation already (Lit is
// the shared runtime). An element embedded by another (`<quick-exit>` in `<help-banner>`) is measured
// against the bundle of the elements that do not embed it.
//
// Phone data: the files listed in size-budget.json `phoneData.files` (the compiled libphonenumber
// table). The bundle is rebuilt with each of their exports emptied, and the difference is their bytes.
// The bundle "before the phone data" is the one the 30.0 KB target speaks of: it also leaves out the
// elements listed in `bundleBeforePhoneData.without` (added after the target was set; each has its own
// row and budget).
//
// The rows add up the way a page pays for them: the bundle once; the foundation (StatElement, the
// host styles and events, the localize controller with every element's English and Spanish strings,
// safe-url, warn, the version) once, however many elements a page uses; then each element's own code,
// which is its define module minified with Lit and the foundation left out (the phone table counts
// inside the rows of the elements that dial numbers). Sources are transformed as in the embed build. An element's own libraries
// (src/lib, src/data, another element it embeds) count for it, even when another element shares them.
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import ts from 'typescript';
import { build as viteBuild } from 'vite';
import { embedBuild, embedPlugins } from './embed-build.mjs';
import { embedTransform } from './embed-transforms.mjs';

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

/** Our sources as the embed build sees them (scripts/embed-transforms.mjs). */
const asEmbedded = {
  name: 'embed-transforms',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, ({ path }) => ({
      contents: embedTransform(readFileSync(path, 'utf8'), path),
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
    plugins: [...(options.plugins ?? []), asEmbedded],
  });
  return Buffer.from(result.outputFiles[0].contents);
}

/** Leaves every foundation module out of an element's bundle (as it leaves Lit out). */
const foundationExternal = {
  name: 'foundation-external',
  setup(builder) {
    builder.onResolve({ filter: /^\./ }, ({ path, resolveDir }) => {
      const file = resolve(resolveDir, path.replace(/\.js$/, '.ts'));
      // Named relative to the project: an absolute path in the output would make the bytes depend
      // on where the project is checked out.
      return isFoundation(file) ? { path: relative(root, file), external: true } : undefined;
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

/** The element tags, from src/elements/, in the order src/index.ts registers them. */
export function elementTags() {
  const index = readFileSync(resolve(root, 'src/index.ts'), 'utf8');
  return [...index.matchAll(/\.\/elements\/([a-z-]+)\/define\.js/g)].map((match) => match[1]);
}

/** Tags whose define module imports `tag`'s (they embed it). */
function embeddersOf(tag) {
  return elementTags().filter(
    (other) =>
      other !== tag &&
      readFileSync(resolve(root, `src/elements/${other}/define.ts`), 'utf8').includes(`../${tag}/define.js`),
  );
}

/** The module with the value of each exported constant emptied: what it is without its data. */
function emptied(code, path) {
  const source = ts.createSourceFile(path, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const values = source.statements
    .filter(
      (statement) =>
        ts.isVariableStatement(statement) &&
        statement.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword),
    )
    .flatMap((statement) =>
      statement.declarationList.declarations.map((declaration) => declaration.initializer),
    )
    .filter(Boolean);
  let result = code;
  for (const value of values.reverse())
    result = `${result.slice(0, value.getStart(source))}(undefined as any)${result.slice(value.end)}`;
  return result;
}

/**
 * The embed bundle as `vite build` makes it (the real configuration and transforms), in memory:
 * with only `tags` registered (all when omitted, from src/stat-widgets.ts), with the `empty` files'
 * exports emptied, and `withoutLit` (Lit left out, as if the page had it). Returns its bytes.
 */
export async function embedBundle({ tags, empty = [], withoutLit = false } = {}) {
  const folder = mkdtempSync(join(tmpdir(), 'stat-widgets-size-'));
  let entry = resolve(root, 'src/stat-widgets.ts');
  if (tags) {
    entry = join(folder, 'entry.ts');
    const source = (path) => JSON.stringify(resolve(root, 'src', path));
    // The styles first, as the real entry places them (src/stat-widgets.ts).
    const entrySource = readFileSync(resolve(root, 'src/stat-widgets.ts'), 'utf8');
    const styles = [...entrySource.matchAll(/^import '\.\/(elements\/([a-z-]+)\/[a-z-]+\.styles)\.js';$/gm)]
      .filter((match) => tags.includes(match[2]))
      .map((match) => `import ${source(`${match[1]}.ts`)};`);
    writeFileSync(
      entry,
      [
        ...styles,
        `import { registeredTags } from ${source('base/stat-element.ts')};`,
        `import { VERSION } from ${source('version.ts')};`,
        ...tags.map((tag) => `import ${source(`elements/${tag}/define.ts`)};`),
        'globalThis.StatWidgets = Object.freeze({ version: VERSION, elements: Object.freeze([...registeredTags]) });',
      ].join('\n'),
    );
  }
  const emptiedFiles = new Set(empty.map((file) => resolve(root, file)));
  try {
    const output = await viteBuild({
      configFile: false,
      root,
      logLevel: 'silent',
      plugins: [
        {
          name: 'size:empty-data',
          enforce: 'pre',
          load: (id) => (emptiedFiles.has(id) ? emptied(readFileSync(id, 'utf8'), id) : null),
        },
        ...embedPlugins(),
      ],
      build: withoutLit ? litLeftOut(embedBuild(entry)) : { ...embedBuild(entry), write: false },
    });
    const [result] = Array.isArray(output) ? output : [output];
    return Buffer.from(result.output[0].code);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Build options with Lit external (an IIFE reads it from a global; only its bytes matter here). */
function litLeftOut(options) {
  const isLit = (id) => LIT.some((pattern) => id === pattern || id.startsWith(pattern.replace(/\*$/, '')));
  return {
    ...options,
    write: false,
    rolldownOptions: {
      ...options.rolldownOptions,
      external: isLit,
      output: { ...options.rolldownOptions.output, globals: () => 'Lit' },
    },
  };
}

/** Marginal bytes already measured in this process (the budget rows and the bench both ask). */
const marginals = new Map();

/** gzip bytes `tag` adds to the bundle of every element that does not embed it. */
export function marginalGzip(tag) {
  if (!marginals.has(tag)) marginals.set(tag, measureMarginal(tag));
  return marginals.get(tag);
}

async function measureMarginal(tag) {
  const others = elementTags().filter((other) => other !== tag && !embeddersOf(tag).includes(other));
  const [without, withIt] = await Promise.all([
    embedBundle({ tags: others }),
    embedBundle({ tags: elementTags().filter((other) => other === tag || others.includes(other)) }),
  ]);
  return { gzip: measure(withIt).gzip - measure(without).gzip, base: others };
}

/**
 * Every row of the size table: `{ label, key, size, gzipBudget }`, in the order printed. `key` is the
 * row's place in size-budget.json (`bundle`, `bundleBeforePhoneData`, `phoneData`, `marginal.<tag>`,
 * `foundation`, `elements.<tag>`). A marginal row has only a gzip figure.
 */
export async function sizeRows() {
  const budget = JSON.parse(readFileSync(resolve(root, 'size-budget.json'), 'utf8'));
  const names = readdirSync(resolve(root, 'src/elements')).sort();
  const bundle = measure(readFileSync(resolve(root, 'dist/stat-widgets.js')));
  const phoneFiles = (budget.phoneData?.files ?? []).filter((file) => existsSync(resolve(root, file)));
  const withoutPhoneData = phoneFiles.length ? measure(await embedBundle({ empty: phoneFiles })) : bundle;
  // The byte target's bundle leaves out the elements that came after it (their own rows budget them).
  const later = budget.bundleBeforePhoneData?.without ?? [];
  const targetTags = elementTags().filter((tag) => !later.includes(tag));
  const beforePhoneData = later.length
    ? measure(await embedBundle({ empty: phoneFiles, tags: targetTags }))
    : withoutPhoneData;
  const rows = [
    {
      label: 'dist/stat-widgets.js (everything, Lit included)',
      key: 'bundle',
      size: bundle,
      gzipBudget: budget.bundle?.gzip,
    },
    {
      label: [
        'dist/stat-widgets.js before the phone data',
        phoneFiles.length ? ` (${phoneFiles.join(', ')} emptied)` : ' (there is none yet)',
        later.length ? `, without ${later.map((tag) => `<${tag}>`).join(', ')}` : '',
      ].join(''),
      key: 'bundleBeforePhoneData',
      size: beforePhoneData,
      gzipBudget: budget.bundleBeforePhoneData?.gzip,
    },
  ];
  if (phoneFiles.length)
    rows.push({
      label: 'the phone data (bundle minus bundle with it emptied)',
      key: 'phoneData',
      size: {
        raw: bundle.raw - withoutPhoneData.raw,
        gzip: bundle.gzip - withoutPhoneData.gzip,
        brotli: NaN,
      },
      gzipBudget: budget.phoneData?.gzip,
    });
  for (const tag of Object.keys(budget.marginal ?? {})) {
    const { gzip, base } = await marginalGzip(tag);
    rows.push({
      label: `<${tag}> marginal bytes (added to a bundle of ${base.map((t) => `<${t}>`).join(', ')})`,
      key: `marginal.${tag}`,
      size: { raw: NaN, gzip, brotli: NaN },
      gzipBudget: budget.marginal[tag].gzip,
    });
  }
  rows.push({
    label: 'shared foundation (base, i18n en+es, safe-url, warn; Lit excluded)',
    key: 'foundation',
    size: measure(await foundationCode()),
    gzipBudget: budget.foundation?.gzip,
  });
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

export const kb = (n) => (Number.isNaN(n) ? '—' : `${(n / 1024).toFixed(2)} KB`);

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
