// Bytes of the embed bundle, the shared foundation and each element's own code (the rows of
// `npm run size`), beside GOV.UK Frontend's "Exit this page" JavaScript and the recorded size of
// Mailchimp's embed.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { elementTags, embedBundle, kb, marginalGzip, measure, sizeRows } from '../scripts/size.mjs';

const GOVUK = 'node_modules/govuk-frontend/dist/govuk/components/exit-this-page/exit-this-page.bundle.js';
/** mc-validate.js (jQuery 1.9 and two plugins included), as recorded in mailing-list.md [S1]. */
const MAILCHIMP_RECORDED_BYTES = 143 * 1024;

export default async function sizeBench() {
  const rows = (await sizeRows()).map(({ label, size, gzipBudget }) => [
    `\`${label}\``,
    kb(size.raw),
    kb(size.gzip),
    kb(size.brotli),
    gzipBudget === undefined ? '—' : kb(gzipBudget),
  ]);

  // Marginal bytes by rebuild: what each element, and Lit, adds to the bundle.
  const all = measure(await embedBundle()).gzip;
  const lit = all - measure(await embedBundle({ withoutLit: true })).gzip;
  rows.push([
    `Lit (the shared runtime): marginal bytes, the bundle with vs without it`,
    '—',
    kb(lit),
    '—',
    '—',
  ]);
  for (const tag of elementTags()) {
    const { gzip, base } = await marginalGzip(tag);
    rows.push([
      `\`<${tag}>\`: marginal bytes, added to a bundle of ${base.map((t) => `\`<${t}>\``).join(', ')}`,
      '—',
      kb(gzip),
      '—',
      '—',
    ]);
  }

  const govukVersion = JSON.parse(readFileSync('node_modules/govuk-frontend/package.json', 'utf8')).version;
  const govukShipped = readFileSync(GOVUK);
  const shipped = measure(govukShipped);
  rows.push([
    `GOV.UK Frontend ${govukVersion} Exit this page JS, as shipped (\`exit-this-page.bundle.js\`)`,
    kb(shipped.raw),
    kb(shipped.gzip),
    kb(shipped.brotli),
    '—',
  ]);
  const minified = await build({
    stdin: { contents: govukShipped.toString('utf8'), loader: 'js' },
    minify: true,
    target: 'es2021',
    write: false,
    logLevel: 'silent',
  });
  const govukMin = measure(Buffer.from(minified.outputFiles[0].contents));
  rows.push([
    `GOV.UK Frontend ${govukVersion} Exit this page JS, minified like ours (esbuild)`,
    kb(govukMin.raw),
    kb(govukMin.gzip),
    kb(govukMin.brotli),
    '—',
  ]);
  rows.push([
    'Mailchimp embed `mc-validate.js` (jQuery included; recorded, not fetched)',
    kb(MAILCHIMP_RECORDED_BYTES),
    '—',
    '—',
    '—',
  ]);
  return {
    title: 'Size',
    columns: ['file', 'raw', 'gzip', 'brotli', 'gzip budget'],
    rows,
    notes: [
      "Marginal bytes: the bundle rebuilt (the real `vite build` configuration, in memory) with and without the element, so Lit and the shared foundation are not counted again; an element that another embeds (`<quick-exit>` in `<help-banner>`) is added to the bundle of the elements that do not embed it. Lit's row: the whole bundle with and without Lit.",
      "gzip level 9, brotli quality 11. The foundation row is the shared base code (Lit excluded) counted once; an element's row is its own code without Lit or the foundation, as `npm run size` measures it.",
      "GOV.UK's file is its component plus the shared GOV.UK Frontend code it needs (the UMD bundle in the `govuk-frontend` dev dependency); its CSS is not counted (ours is inside our JS).",
      'Mailchimp: ~143 KB raw, the size of mc-validate.js copies recorded in shared/reference/mailing-list.md; no compressed figure was recorded.',
    ],
  };
}
