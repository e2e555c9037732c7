// Reads a Chromium performance trace (puppeteer `page.tracing`) for what the page's main thread did:
// every task with its wall time and its CPU time, and the layouts that script forced.
//
// CPU time (the trace's thread time, `tdur`) is what a task cost the processor; wall time also holds
// the time the thread waited while other programs ran. On a shared machine only the CPU time says
// what our code costs, so the bench counts long tasks by CPU time and prints the wall time beside it.

/** Trace categories for `page.tracing.start`: top-level tasks with thread time, layouts, scripts. */
export const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'];

/** Events during which a layout is one that script asked for (a forced, synchronous layout). */
const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'FunctionCall',
  'v8.callFunction',
  'RunMicrotasks',
  'BlinkScheduler_PerformMicrotaskCheckpoint',
  'TimerFire',
  'FireAnimationFrame',
  'EventDispatch',
]);

/**
 * The main thread of the renderer that parsed `url`, its top-level tasks (`{ start, wall, cpu, ts }`,
 * ms, `start` relative to the first task that parsed the page, `ts` the trace's own clock in µs)
 * and `forcedLayouts` (layouts inside a script event, with their wall time, and `inFrame`: at the
 * start of a frame, in an animation-frame callback, where the browser lays the page out anyway). `trace` is the bytes
 * puppeteer returns, or a trace object (Lighthouse's).
 */
export function mainThreadTasks(trace, url) {
  const parsed = trace instanceof Uint8Array ? JSON.parse(Buffer.from(trace).toString('utf8')) : trace;
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url);
  if (!parse) throw new Error(`the trace has no ParseHTML of ${url}`);
  const onThread = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X');
  const runTasks = onThread.filter((e) => e.name === 'RunTask').sort((a, b) => a.ts - b.ts);
  const first = runTasks.find((task) => task.ts <= parse.ts && parse.ts <= task.ts + task.dur) ?? parse;
  const tasks = runTasks
    .filter((task) => task.ts >= first.ts)
    .map((task) => ({
      ts: task.ts,
      start: (task.ts - first.ts) / 1000,
      wall: task.dur / 1000,
      cpu: (task.tdur ?? task.dur) / 1000,
    }));
  const scripts = onThread.filter((e) => SCRIPT_EVENTS.has(e.name) && e.ts >= first.ts);
  const frames = onThread.filter((e) => e.name === 'FireAnimationFrame' && e.ts >= first.ts);
  const forcedLayouts = onThread
    .filter((e) => e.name === 'Layout' && e.ts >= first.ts)
    .filter((layout) => scripts.some((s) => s.ts <= layout.ts && layout.ts + layout.dur <= s.ts + s.dur))
    .map((layout) => {
      const task = runTasks.find((t) => t.ts <= layout.ts && layout.ts <= t.ts + t.dur);
      // At the start of a frame: in an animation-frame callback (or the microtasks right after it, in
      // the same task), before the browser lays that frame out anyway.
      const inFrame = frames.some((f) => f.ts <= layout.ts && (!task || f.ts >= task.ts));
      return { start: (layout.ts - first.ts) / 1000, wall: layout.dur / 1000, inFrame };
    });
  return { tasks, forcedLayouts };
}
