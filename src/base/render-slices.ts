/**
 * Upgrades and first renders in slices. A page with many of our elements (a directory of 100 hotline
 * cards) would otherwise connect and render them all in the task that defines them, blocking input
 * and paint: on a phone (a CPU four times slower than a laptop's) every millisecond here is four.
 * Once a slice has run for `SLICE_MS`, further connections and first renders wait for a new task
 * (the browser can handle input and paint in between), in the order they were asked for.
 *
 * `SLICE_MS` is small enough that a slice stays under 50 ms on such a phone, the length from which
 * a task counts as long (Lighthouse's total blocking time counts what goes beyond it).
 *
 * The first element of a slice never waits: a single element renders exactly when it did before
 * (before the first paint when the script is in <head>, so nothing moves). Later updates (a changed
 * attribute, a click) are never delayed.
 */
const SLICE_MS = 8;

/**
 * Runs `callback` in a task of its own. Through a MessageChannel, not `setTimeout`: a page (or a
 * test) may replace or fake the timers, and a slice that never ended would hold renders back.
 */
let channel: MessageChannel | undefined;
const queued: Array<() => void> = [];
function inNewTask(callback: () => void): void {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => queued.shift()?.();
  }
  queued.push(callback);
  channel.port2.postMessage(null);
}

/** The page's own timer as it was when this module loaded: fake timers installed later (a test's) never
 * see ours, and a page that replaced it before then still has the message above to end a slice. */
const startTimer: (callback: () => void) => void = globalThis.setTimeout.bind(globalThis);

let sliceStart: number | undefined;
/** The element that went first in the current slice: its connection and its first render both go. */
let firstOfSlice: object | undefined;
let waiting: Array<() => void> = [];

/**
 * Starts a slice unless one is running; it ends when the current task does: in the next task of
 * either kind, a message or a timer, whichever the browser runs first (WebKit may run a later timer
 * before an earlier message, and the element a timer adds is the first of its task).
 */
export function openSlice(): void {
  if (sliceStart !== undefined) return;
  const start = (sliceStart = performance.now());
  firstOfSlice = undefined;
  const end = () => {
    if (sliceStart === start) sliceStart = undefined;
  };
  inNewTask(end);
  startTimer(end);
}

/**
 * Whether `element`'s connection or first render, asked for now, must wait for the next slice. The
 * first element asked in a slice is remembered, and it never waits, for either (under load, connecting
 * alone may take longer than a slice, and a render left for a later task could follow a paint).
 */
export function mustWaitForSlice(element: object): boolean {
  openSlice();
  firstOfSlice ??= element;
  return element !== firstOfSlice && performance.now() - sliceStart! > SLICE_MS;
}

/** Resolves in a new task, at the start of a new slice (waiters in the order they asked). */
export function nextSlice(): Promise<void> {
  return new Promise((resolve) => {
    if (waiting.push(resolve) > 1) return;
    inNewTask(() => {
      const ready = waiting;
      waiting = [];
      sliceStart = undefined;
      openSlice();
      for (const go of ready) go();
    });
  });
}
