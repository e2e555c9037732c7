// Cumulative Layout Shift caused by our elements appearing, per `<help-banner>` position (and per
// `<quick-exit>` position), on a page of ordinary content with the banner at the top of <body>.
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

export default async function clsBench(ctx) {
  const { sampleAttributes, profileOf } = await testFixtures();
  const tags = manifestTags();
  const rows = [];
  for (const tag of ['help-banner', 'quick-exit'].filter((t) => tags.includes(t))) {
    const positions = profileOf(tag).enums?.position ?? [undefined];
    for (const position of positions) {
      const attributes = { ...sampleAttributes[tag], ...(position ? { position } : {}) };
      const url = writePage(
        ctx.baseUrl,
        `${tag} ${position}`,
        `${elementMarkup(tag, attributes)}\n${filler}`,
      );
      const results = await repeat(ctx.browser, url, ctx.runs);
      const stats = ctx.stats(results.map((r) => r.cls));
      rows.push([
        `\`<${tag}>\``,
        position ? `\`${position}\`` : 'default',
        unitless(stats, 4),
        stats.max < TARGET ? 'yes' : 'no',
      ]);
    }
  }
  return {
    title: 'Layout shift per position',
    columns: ['element', 'position', 'CLS', `every run < ${TARGET}`],
    rows,
    notes: [
      'The element is the first child of <body>, before twelve paragraphs; the bundle is deferred, so the browser may paint the page before our elements render: that is the shift measured.',
      `Target: CLS < ${TARGET} (hotline-banner.md check 17).`,
    ],
  };
}
