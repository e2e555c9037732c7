/**
 * Test pages for <quick-exit> that navigate: each runs in its own iframe (a navigation of the test
 * page itself would end the run). The frames are sandboxed WITHOUT allow-top-navigation, so the exit
 * navigates the frame, never the test page (see `exitWindow`).
 */
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { QuickExit } from '../../../src/elements/quick-exit/quick-exit.js';
import type { Probe } from '../../bundle/bundle-page.js';

export interface ExitPage {
  frame: HTMLIFrameElement;
  win: Window & { __statProbe?: Probe };
  doc: Document;
}

const frames: HTMLIFrameElement[] = [];
let names = 0;
export const SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-forms';

export function pageUrl(name: string): string {
  return new URL(`./pages/${name}`, import.meta.url).href;
}

let ids = 0;
/** A fresh neutral destination on the test server (records Referer; `delay` holds the answer). */
export function landingUrl(delay = 0): { id: string; url: string } {
  const id = `t${Date.now()}-${(ids += 1)}`;
  return { id, url: `${location.origin}/__quick-exit/landing?id=${id}${delay ? `&delay=${delay}` : ''}` };
}

export async function landingLog(id: string): Promise<{ hits: number; referers: (string | null)[] }> {
  return (await fetch(`/__quick-exit/log?id=${id}`)).json();
}

export function nextLoad(frame: HTMLIFrameElement): Promise<void> {
  return new Promise((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
}

export const nextFrame = (win: Window = window) =>
  new Promise<void>((resolve) => win.requestAnimationFrame(() => resolve()));

export async function openPage(
  name = 'host.html',
  options: { width?: number; height?: number; sandbox?: string; src?: string; scripted?: boolean } = {},
): Promise<ExitPage> {
  const frame = document.createElement('iframe');
  frame.style.width = `${options.width ?? 800}px`;
  frame.style.height = `${options.height ?? 600}px`;
  frame.style.border = '0';
  frame.setAttribute('sandbox', options.sandbox ?? SANDBOX);
  // A name, so the browser-level commands (test/server/quick-exit-plugin.mjs) can find this frame.
  frame.name = `quick-exit-page-${(names += 1)}`;
  const loaded = nextLoad(frame);
  frame.src = options.src ?? pageUrl(name);
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const win = frame.contentWindow as ExitPage['win'];
  if (options.scripted ?? true) await win.customElements.whenDefined('quick-exit');
  // A cross-origin page (the "other site" of the history test) has no readable document.
  return { frame, win, doc: frame.contentDocument as Document };
}

/** Adds a <quick-exit> with `attributes` to the page and waits for it to render. */
export async function addExit(page: ExitPage, attributes: Record<string, string> = {}): Promise<QuickExit> {
  await page.win.customElements.whenDefined('quick-exit');
  const element = page.doc.createElement('quick-exit') as QuickExit;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  page.doc.body.prepend(element);
  await element.updateComplete;
  await nextFrame(page.win);
  return element;
}

export function control(element: QuickExit): HTMLAnchorElement {
  return element.shadowRoot!.querySelector('.control') as HTMLAnchorElement;
}

/** The cover the exit puts over the page, if any. */
export function cover(doc: Document): HTMLElement | null {
  return doc.querySelector(':root > [role="alert"]');
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether `doc` is the test server's neutral landing page (the exit arrived). */
export const landed = (doc: Document | null) => doc !== null && doc.getElementById('landed') !== null;

/** Puts keyboard focus inside the frame without clicking (a click is pointer input). */
export async function focusFrame(frame: HTMLIFrameElement): Promise<void> {
  frame.focus();
  await nextFrame();
}

/**
 * Two hostile `stat-exit` listeners written in the page itself (so their throw is the page's error,
 * as on a real site): one throws, one spins for 200 ms. The page's error reports are silenced.
 */
export function addHostileExitListeners(page: ExitPage): void {
  const HostFunction = (page.win as unknown as { Function: FunctionConstructor }).Function;
  page.doc.addEventListener(
    'stat-exit',
    new HostFunction('throw new Error("host listener fails")') as EventListener,
  );
  page.doc.addEventListener(
    'stat-exit',
    new HostFunction(
      'const until = performance.now() + 200; while (performance.now() < until) {}',
    ) as EventListener,
  );
  page.win.addEventListener('error', (event) => event.preventDefault());
}

export function closePages(): void {
  for (const frame of frames.splice(0)) frame.remove();
}

/** A real mouse click (with user activation) at the centre of `element` inside `frame`. */
export async function clickIn(frame: HTMLIFrameElement, element: Element): Promise<void> {
  const frameBox = frame.getBoundingClientRect();
  const box = element.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [
      Math.round(frameBox.left + box.left + box.width / 2),
      Math.round(frameBox.top + box.top + box.height / 2),
    ],
  });
}

/**
 * A <quick-exit> for `url` (with a safety link) used the way a visitor might before leaving: hovered,
 * a Shift tap left to expire, the control focused. Resolves with the element, ready to be clicked.
 */
export async function addExitAndInteract(page: ExitPage, url: string): Promise<QuickExit> {
  const element = await addExit(page, {
    url,
    'safety-url': 'https://club.example/safety',
    'shortcut-timeout': '500',
  });
  const box = control(element).getBoundingClientRect();
  const frameBox = page.frame.getBoundingClientRect();
  await sendMouse({
    type: 'move',
    position: [Math.round(frameBox.left + box.left + 5), Math.round(frameBox.top + box.top + 5)],
  });
  await focusFrame(page.frame);
  await sendKeys({ press: 'Shift' });
  await sleep(700);
  control(element).focus();
  return element;
}
