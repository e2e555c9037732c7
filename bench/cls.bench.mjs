// Cumulative Layout Shift caused by our elements appearing, per `<help-banner>` position (and per
// `<quick-exit>` position), on a page of ordinary content with the element at the top of <body>.
// Two cases each: the snippet as the docs document it for a deferred script (the no-JS fallback
// inside the tag, and the docs' CSS that reserves the element's space before it upgrades), and
// the bare tag with neither, which shows what the docs' advice is for.
import { readFileSync } from 'node:fs';
import {
  elementMarkup,
  filler,
  manifestTags,
  repeat,
  testFixtures,
  unitless,
  writePage,
} from './lib/pages.mjs';

const TARGET = 0.01;

/** The docs' fallback content and reserve CSS for each element (see its "No jump" paragraphs). */
const documented = {
  'help-banner': {
    fallback:
      '<p slot="fallback">In immediate danger? Call <a href="tel:911">911</a>. Forced to work or sell sex? ' +
      'Call <a href="tel:+18883737888">1-888-373-7888</a> or text HELP to 233733.</p>',
    css: 'help-banner:not(:defined) { display: flow-root; min-height: 11em; }',
  },
  'quick-exit': {
    fallback: '<a href="https://www.example.org/" rel="noreferrer nofollow">Exit this page</a>',
    // The docs' quick-exit CSS, as the element tests use it (one copy).
    css: readFileSync('test/elements/quick-exit/pages/reserve.css', 'utf8'),
  },
};

export default async function clsBench(ctx) {
  const { sampleAttributes, profileOf } = await testFixtures();
  const tags = manifestTags();
  const rows = [];
  for (const tag of ['help-banner', 'quick-exit'].filter((t) => tags.includes(t))) {
    const positions = profileOf(tag).enums?.position ?? [undefined];
    for (const snippet of ['documented', 'bare']) {
      for (const position of positions) {
        const attributes = { ...sampleAttributes[tag], ...(position ? { position } : {}) };
        let markup = elementMarkup(tag, attributes);
        if (snippet === 'documented') {
          const { fallback, css } = documented[tag];
          markup = `<style>${css}</style>\n${markup.replace(`></${tag}>`, `>${fallback}</${tag}>`)}`;
        }
        const url = writePage(ctx.baseUrl, `${tag} ${position} ${snippet}`, `${markup}\n${filler}`);
        const results = await repeat(ctx.browser, url, ctx.runs);
        const stats = ctx.stats(results.map((r) => r.cls));
        rows.push([
          `\`<${tag}>\``,
          position ? `\`${position}\`` : 'default',
          snippet === 'documented'
            ? 'docs snippet: fallback inside + reserve CSS'
            : 'bare tag, no fallback, no CSS',
          unitless(stats, 4),
          stats.max < TARGET ? 'yes' : 'no',
        ]);
      }
    }
  }
  return {
    title: 'Layout shift per position',
    columns: ['element', 'position', 'snippet', 'CLS', `every run < ${TARGET}`],
    rows,
    notes: [
      'The element is the first child of <body>, before twelve paragraphs, with the attributes the bundle tests use (`sampleAttributes`); the bundle is deferred, so the browser may paint the page before our elements render: that is the shift measured.',
      '"docs snippet": the no-JS fallback inside the tag and the docs\' reserve CSS for a deferred script (`help-banner:not(:defined) { display: flow-root; min-height: 11em }`; for `<quick-exit>` the README\'s `quick-exit:not(:defined)` rules, `test/elements/quick-exit/pages/reserve.css`). "Bare tag": neither, the case the docs warn about.',
      "With the script in `<head>` without `defer` (the docs' first advice) the elements render before the first paint; the element tests (test/elements/help-banner/layout-shift.test.ts) measure that case below 0.01.",
      `Target: CLS < ${TARGET} (hotline-banner.md check 17).`,
    ],
  };
}
