/**
 * First renders in slices. A page with many of our elements (a directory of 100 hotline cards) would
 * otherwise render them all in the task that upgrades them, blocking input and paint for hundreds of
 * milliseconds. Once a slice has run for `SLICE_MS`, further first renders wait for a new task (the
 * browser can handle input and paint in between), in the order they were asked for.
 *
 * The first render of a slice never waits: a single element renders exactly when it did before
 * (before the first paint when the script is in <head>, so nothing moves). Later updates (a changed
 * attribute, a click) are never delayed.
 */
const SLICE_MS = 25;

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

let sliceStart: number | undefined;
let renderedInSlice = 0;
let waiting: Array<() => void> = [];

/** Starts a slice unless one is running; it ends when the current task does. */
export function openSlice(): void {
  if (sliceStart !== undefined) return;
  const start = (sliceStart = performance.now());
  renderedInSlice = 0;
  inNewTask(() => {
    if (sliceStart === start) sliceStart = undefined;
  });
}

/** Whether a first render asked for now must wait for the next slice. Counts it when it may go. */
export function mustWaitForSlice(): boolean {
  openSlice();
  if (renderedInSlice > 0 && performance.now() - sliceStart! > SLICE_MS) return true;
  renderedInSlice += 1;
  return false;
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
