/**
 * Layout shift in every engine (see test/layout-shift-probe.js, which pages load first in <head>):
 * a box measure that works in Chromium, Firefox and WebKit, plus Chromium's Layout Instability API
 * where the engine has it. A budget holds only when every available measure stays within it.
 */
export interface Shifts {
  boxes: { total: number; moves: number };
  api: { supported: boolean; total: number; entries: number };
}

/** Every measure this engine has: the box measure always, the Layout Instability API's where supported. */
export function shiftScores(shifts: Shifts): number[] {
  return shifts.api.supported ? [shifts.boxes.total, shifts.api.total] : [shifts.boxes.total];
}

/** Starts the box measure for `win`'s document (a test's own page); its `total` grows as things move. */
export async function trackShifts(win: Window): Promise<Shifts['boxes']> {
  await import(new URL('./layout-shift-probe.js', import.meta.url).href);
  return (win as Window & { __trackShifts: (w: Window) => Shifts['boxes'] }).__trackShifts(win);
}
