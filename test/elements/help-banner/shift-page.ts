/**
 * Layout-shift pages shared by the banner and card tests: an ordinary partner page (pages/cls.html)
 * with the element and its no-JS fallback pasted in, loading the bundle in <head> or late, in an
 * iframe. Layout shift is measured in every engine (test/layout-shift-probe.js, test/layout-shift.ts).
 */
import type { Shifts } from '../../layout-shift.js';

export interface ShiftWindow extends Window {
  __shifts: Shifts;
  __ready: Promise<void>;
  __frames: (n: number) => Promise<void>;
  __fallbackHeight?: number;
}

const frames: HTMLIFrameElement[] = [];

/** Opens pages/cls.html with `query` (`position=…&load=head|late[&reserve=1][&tag=hotline-card]`). */
export async function openShiftPage(query: string, size = { width: 800, height: 600 }): Promise<ShiftWindow> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${size.width}px;height:${size.height}px;border:0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = new URL(`./pages/cls.html?${query}`, import.meta.url).href;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const win = frame.contentWindow as ShiftWindow;
  await win.__ready;
  return win;
}

export function closeShiftPages(): void {
  for (const frame of frames.splice(0)) frame.remove();
}
