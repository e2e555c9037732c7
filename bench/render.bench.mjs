// Time from our script starting to every element painted, and long tasks, for pages that embed the
// bundle with the recommended snippet: the bundle alone, one of every element, 100 hotline cards.
import {
  elementMarkup,
  filler,
  manifestTags,
  repeat,
  testFixtures,
  unitless,
  writePage,
} from './lib/pages.mjs';

const LONG_TASK_MS = 50;

export default async function renderBench(ctx) {
  const { sampleAttributes } = await testFixtures();
  const tags = manifestTags();
  const cases = [
    ['the bundle alone, no elements', ''],
    [
      `one of every element (${tags.length})`,
      tags.map((tag) => elementMarkup(tag, sampleAttributes[tag])).join('\n'),
    ],
  ];
  if (tags.includes('hotline-card')) {
    const card = elementMarkup('hotline-card', sampleAttributes['hotline-card']);
    cases.push(['100 `<hotline-card>`s', Array.from({ length: 100 }, () => card).join('\n')]);
  }

  const rows = [];
  for (const [name, markup] of cases) {
    const url = writePage(ctx.baseUrl, name, `${markup}\n${filler}`);
    const results = await repeat(ctx.browser, url, ctx.runs);
    const longTasks = results.map((r) => r.longTasks.filter((d) => d > LONG_TASK_MS));
    const longest = Math.max(0, ...longTasks.flat());
    rows.push([
      name,
      results[0].rendered,
      ctx.format(ctx.stats(results.map((r) => r.render))),
      `${longTasks.filter((list) => list.length > 0).length} of ${results.length} loads` +
        (longest ? ` (longest ${longest.toFixed(0)} ms)` : ''),
      unitless(ctx.stats(results.map((r) => r.cls)), 3),
    ]);
  }
  return {
    title: 'Rendering (script start → every element painted)',
    columns: [
      'page',
      'elements',
      'script start → all painted',
      `loads with a long task > ${LONG_TASK_MS} ms`,
      'CLS',
    ],
    rows,
    notes: [
      'Each load in a fresh browser context at 1280×800, no throttling; the page embeds `<script src="dist/stat-widgets.js" defer>` in `<head>`, as the README tells webmasters.',
      '"Script start" is a deferred script placed right before ours; "painted" is the first animation frame after every element\'s `updateComplete`.',
      'The elements are bare tags with the bundle tests\' attributes (no fallback content, no reserve CSS), so their CLS is the worst case; see "Layout shift per position" for the README snippet.',
      'First renders run in slices of about 25 ms (src/base/render-slices.ts): the first element of a task always renders at once, the rest in later tasks, so the browser can paint and take input in between.',
      'Targets: no long task over 50 ms.',
    ],
  };
}
