// Helpers for the page benchmarks: generated pages that embed dist/stat-widgets.js the way a site
// does (`<script src defer>`), the sample configuration of each element (shared with the tests), and
// one measured load per fresh browser context.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { mainThreadTasks, TRACE_CATEGORIES } from './trace.mjs';

const root = resolve(import.meta.dirname, '../..');

/** Tags in custom-elements.json, sorted. */
export function manifestTags() {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .map((declaration) => declaration.tagName)
    .sort();
}

let fixtures;
/** `sampleAttributes` and `profileOf` from test/bundle/ (TypeScript, bundled on the fly by esbuild). */
export async function testFixtures() {
  if (!fixtures) {
    const result = await build({
      stdin: {
        contents:
          "export { sampleAttributes } from './test/bundle/bundle-page.ts';\n" +
          "export { profileOf } from './test/bundle/element-profiles.ts';",
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      // Browser-only test helpers, imported lazily by the profiles and never run here.
      external: ['@web/test-runner-commands'],
      write: false,
      logLevel: 'silent',
    });
    const source = Buffer.from(result.outputFiles[0].contents).toString('base64');
    fixtures = await import(`data:text/javascript;base64,${source}`);
  }
  return fixtures;
}

const escapeAttribute = (value) =>
  String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** `<tag a="1">` markup for one element with the given attributes. */
export function elementMarkup(tag, attributes = {}) {
  const list = Object.entries(attributes)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  return `<${tag}${list}></${tag}>`;
}

/** Paragraphs of ordinary page content, so layout shifts have something to move. */
export const filler = Array.from(
  { length: 12 },
  (_, i) =>
    `<p>Paragraph ${i + 1}. Our club meets on Tuesdays; new members are welcome. ` +
    'This text is here so that anything inserted above it would visibly push it down.</p>',
).join('\n');

let pageCount = 0;
/** Writes a page that embeds the bundle with the recommended snippet; returns its URL. */
export function writePage(baseUrl, title, body) {
  const folder = join(root, 'reports/bench-pages');
  mkdirSync(folder, { recursive: true });
  pageCount += 1;
  const name = `page-${process.pid}-${pageCount}.html`;
  writeFileSync(
    join(folder, name),
    `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <script src="/bench/pages/observe.js"></script>
    <script src="/bench/pages/mark.js" defer></script>
    <script src="/dist/stat-widgets.js" defer></script>
    <script src="/bench/pages/done.js" defer></script>
  </head>
  <body>
${body}
  </body>
</html>
`,
  );
  return `${baseUrl}/reports/bench-pages/${name}`;
}

/**
 * Loads `url` in a fresh browser context at 1280×800 and returns what the page recorded: `render`
 * (ms from our script starting to every element painted), `cls`, `rendered`; and from a trace of the load, the main thread's
 * `tasks` (`{ start, wall, cpu }`) and `forcedLayouts` (see trace.mjs). Layout shifts are collected
 * until 500 ms after the elements rendered.
 */
export async function measureLoad(browser, url) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    await page.tracing.start({ categories: TRACE_CATEGORIES });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction('window.__bench && window.__bench.t1 !== null', { timeout: 30000 });
    await new Promise((done) => setTimeout(done, 500));
    const trace = mainThreadTasks(await page.tracing.stop(), url);
    // Runs in the page (a string, so this Node module needs no browser globals).
    const recorded = await page.evaluate(`(() => {
      const bench = window.__bench;
      return {
        render: bench.t1 - bench.t0,
        cls: bench.shifts.reduce((sum, value) => sum + value, 0),
        rendered: bench.rendered,
      };
    })()`);
    return { ...recorded, ...trace };
  } finally {
    await context.close();
  }
}

/** Runs `measureLoad` `runs` times. */
export async function repeat(browser, url, runs) {
  const results = [];
  for (let i = 0; i < runs; i += 1) results.push(await measureLoad(browser, url));
  return results;
}

/** A unitless figure (CLS) as "median (min–max)". */
export function unitless({ median, min, max }, digits) {
  return `${median.toFixed(digits)} (${min.toFixed(digits)}–${max.toFixed(digits)})`;
}
