// Page loads that embed the bundle with the recommended snippet (the bundle alone, one of every
// element, 100 preset cards, 100 cards with their own hours): time from our script starting to every
// element painted, and from a trace of each load the CPU time of every main-thread task, so a long
// task is counted by what it cost the processor, not by how long a busy machine took to run it.
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

/** A club's own line with weekly hours: the card needs `Intl` for its zone, status and schedule. */
const CUSTOM_HOURS = {
  name: 'District Attorney victim witness line',
  phone: '(619) 531-4041',
  hours: 'Mo-Fr 08:00-17:00; Sa 10:00-14:00',
  timezone: 'America/Los_Angeles',
  emergency: 'none',
};

export default async function renderBench(ctx) {
  const { sampleAttributes } = await testFixtures();
  const tags = manifestTags();
  const hundred = (markup) => Array.from({ length: 100 }, () => markup).join('\n');
  const cases = [
    { name: 'the bundle alone, no elements', markup: '', allowed: 0 },
    {
      name: `one of every element (${tags.length})`,
      markup: tags.map((tag) => elementMarkup(tag, sampleAttributes[tag])).join('\n'),
      allowed: 0,
    },
    {
      name: '100 preset `<hotline-card>`s',
      markup: hundred(elementMarkup('hotline-card', sampleAttributes['hotline-card'])),
      allowed: 0,
    },
    {
      name: '100 `<hotline-card>`s with custom hours',
      markup: hundred(elementMarkup('hotline-card', CUSTOM_HOURS)),
      allowed: 1,
    },
  ];

  const rows = [];
  const verdicts = [];
  for (const { name, markup, allowed } of cases) {
    const url = writePage(ctx.baseUrl, name, `${markup}\n${filler}`);
    const results = await repeat(ctx.browser, url, ctx.runs);
    const long = results.map((r) => r.tasks.filter((task) => task.cpu > LONG_TASK_MS));
    const longest = results.map((r) => Math.max(0, ...r.tasks.map((task) => task.cpu)));
    const longestWall = results.map((r) => Math.max(0, ...r.tasks.map((task) => task.wall)));
    const forced = results.map((r) => r.forcedLayouts.filter((layout) => !layout.inFrame).length);
    const inFrame = results.map((r) => r.forcedLayouts.filter((layout) => layout.inFrame).length);
    const loadsOver = results.filter((_, i) => long[i].length > allowed).length;
    rows.push([
      name,
      results[0].rendered,
      ctx.format(ctx.stats(results.map((r) => r.render))),
      `${long.filter((list) => list.length > 0).length} of ${results.length} (most in one load: ${Math.max(...long.map((list) => list.length))})`,
      ctx.format(ctx.stats(longest)),
      ctx.format(ctx.stats(longestWall)),
      `${ctx.stats(forced).median} (${Math.min(...forced)}–${Math.max(...forced)})`,
      `${ctx.stats(inFrame).median} (${Math.min(...inFrame)}–${Math.max(...inFrame)})`,
      unitless(ctx.stats(results.map((r) => r.cls)), 3),
    ]);
    verdicts.push(
      `${name}: ${loadsOver === 0 ? 'meets' : 'misses'} the target (at most ${allowed} task${allowed === 1 ? '' : 's'} over ${LONG_TASK_MS} ms CPU in every load; ${results.length - loadsOver} of ${results.length} loads do).`,
    );
  }
  return {
    title: 'Rendering: tasks by CPU time (script start → every element painted)',
    columns: [
      'page',
      'elements',
      'script start → all painted (wall)',
      `loads with a task over ${LONG_TASK_MS} ms CPU`,
      'longest task, CPU',
      'longest task, wall',
      'layouts forced while the page is built',
      'layouts read at a frame start',
      'CLS',
    ],
    rows,
    notes: [
      'Each load in a fresh browser context at 1280×800, no throttling; the page embeds `<script src="dist/stat-widgets.js" defer>` in `<head>`, as the docs tell webmasters.',
      'Tasks: every top-level task of the page\'s main thread from the start of the HTML parse to 500 ms after the last element painted, read from a Chromium trace; "CPU" is the thread time of the task, "wall" includes time the thread waited for a shared CPU.',
      '"Layouts forced while the page is built": layouts that ran inside script (a script reading a size before the browser had laid the page out) outside animation frames: the target is none. "Read at a frame start": the same inside an animation-frame callback (src/base/bars.ts), where the browser is about to lay that frame out anyway (top bars measure themselves there once, so their first paint never moves).',
      '"Script start" is a deferred script placed right before ours; "painted" is the first animation frame after every element\'s `updateComplete`.',
      'The elements are bare tags (no fallback content, no reserve CSS), so their CLS is the worst case; see "Layout shift per position" for the docs snippet.',
      `Custom hours: ${Object.entries(CUSTOM_HOURS)
        .map(([attribute, value]) => `${attribute}="${value}"`)
        .join(' ')}.`,
      ...verdicts,
    ],
  };
}
