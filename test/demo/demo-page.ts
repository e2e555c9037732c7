/**
 * Loads a page of the built static demo site (`dist/demo/`, written by `npm run build`) in an iframe,
 * the way a club that hosts the demo would serve it, and gives tests a few helpers: wait for a
 * condition, fill a field as typing would, run axe-core inside the page, and measure reflow at 320 px.
 */
import { elementsOf, type ElementInfo, type RawManifest } from '../../demo/lib/manifest.js';

export interface DemoPage {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
}

const openFrames: HTMLIFrameElement[] = [];

export async function loadDemoPage(
  path: string,
  options: { width?: number; height?: number } = {},
): Promise<DemoPage> {
  const frame = document.createElement('iframe');
  // At the top left of the test page's 800×600 viewport, so mouse clicks can reach what it shows.
  frame.style.cssText = `position: fixed; top: 0; left: 0; border: 0; background: #fff;`;
  frame.style.width = `${options.width ?? 780}px`;
  frame.style.height = `${options.height ?? 580}px`;
  frame.title = path;
  const loaded = new Promise<void>((resolve) =>
    frame.addEventListener('load', () => resolve(), { once: true }),
  );
  frame.src = `/dist/demo/${path}`;
  document.body.append(frame);
  openFrames.push(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  return { frame, win, doc: win.document };
}

export function closeDemoPages(): void {
  for (const frame of openFrames.splice(0)) frame.remove();
}

/** Resolves when `check()` returns a truthy value (polled once per frame; the test timeout bounds it). */
export async function waitFor<T>(check: () => T | null | undefined | false, what: string): Promise<T> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    const value = check();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 16));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

/** The elements in the manifest, as the demo reads them. */
export async function manifestElements(): Promise<ElementInfo[]> {
  return elementsOf((await (await fetch('/custom-elements.json')).json()) as RawManifest);
}

/** Sets a form control's value and fires the events a user's input would. */
export function fill(control: HTMLInputElement | HTMLSelectElement, value: string | boolean): void {
  // Elements of the demo page come from another window: check by name, not `instanceof`.
  if (control.localName === 'input' && control.type === 'checkbox')
    (control as HTMLInputElement).checked = Boolean(value);
  else control.value = String(value);
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

interface AxeResult {
  violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
}

/** Runs axe-core inside the page (whole document, default rules) and returns its violations as text. */
export async function axeViolations(page: DemoPage): Promise<string[]> {
  const win = page.win as unknown as { axe?: { run(context: Document): Promise<AxeResult> } };
  if (!win.axe) {
    const script = page.doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve, { once: true });
      script.addEventListener('error', reject, { once: true });
    });
    page.doc.head.append(script);
    await loaded;
  }
  const result = await win.axe!.run(page.doc);
  return result.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/**
 * What does not fit a 320 px wide window: horizontal page scrolling, and visible controls that
 * stick out of the viewport or are smaller than the 24 px WCAG 2.2 target minimum.
 */
export function reflowProblems(page: DemoPage): string[] {
  const problems: string[] = [];
  const width = page.win.innerWidth;
  if (page.doc.documentElement.scrollWidth > width)
    problems.push(`page scrolls sideways: ${page.doc.documentElement.scrollWidth}px > ${width}px`);
  for (const control of Array.from(page.doc.querySelectorAll('input, select, textarea, button, a[href]'))) {
    const rect = control.getBoundingClientRect();
    // Not rendered, or visually hidden on purpose (a 1 px spam trap, a screen-reader-only control).
    if (rect.width <= 1 || rect.height <= 1) continue;
    if (control.closest('.table-scroll')) continue; // scrolls inside its own region
    const name = `${control.localName}${control.id ? `#${control.id}` : ''} "${(control.textContent ?? '').trim().slice(0, 30)}"`;
    if (rect.left < -1 || rect.right > width + 1)
      problems.push(`${name} sticks out (${rect.left}–${rect.right})`);
    if (control.localName !== 'a' && (rect.height < 24 || rect.width < 24))
      problems.push(`${name} is ${rect.width}×${rect.height}px`);
  }
  return problems;
}
