/**
 * The live preview of one widget, shared by the snippet builder and the WordPress block editor: the
 * widget is rendered on a fresh page inside a sandboxed frame, by the same script a site loads, so what
 * a webmaster sees is what their page will show, the widget's own console warnings included.
 */

/** The preview frame's document: constant markup, no user value ever goes into it as HTML. */
const PREVIEW_DOCUMENT =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Preview</title></head><body></body></html>';

/**
 * The frame's sandbox: scripts (the widget) and same-origin access (to read what it rendered), but no
 * navigating the page around it, no popups and no form posts (a quick exit, a signup).
 */
export const PREVIEW_SANDBOX = 'allow-scripts allow-same-origin';

export interface PreviewRequest {
  tagName: string;
  /** Attribute name → value, as they will be written (an empty value is a bare boolean attribute). */
  attributes: [string, string][];
  /** `--stat-*` custom properties. */
  theme?: [string, string][];
  /** The script that defines the elements: the page's own script tag, or the bundle's address. */
  script: { src: string; type?: string };
  /** The page language of the preview (default `en`). */
  lang?: string;
  /** The widget's own content, one paragraph each (`<did-you-know>`'s facts), as text. */
  content?: string[];
}

export interface RenderedPreview {
  element: HTMLElement;
  /** The widget's own `[stat-widgets]` console warnings on this fresh page. */
  warnings: string[];
}

/**
 * Renders `request` on a fresh page in `frame`. Resolves once the widget has rendered, or with null when
 * `stillWanted()` turns false on the way (a newer change started another preview).
 */
export async function renderPreview(
  frame: HTMLIFrameElement,
  request: PreviewRequest,
  stillWanted: () => boolean = () => true,
): Promise<RenderedPreview | null> {
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = PREVIEW_DOCUMENT;
  await loaded;
  if (!stillWanted()) return null;
  const win = frame.contentWindow as (Window & typeof globalThis) | null;
  if (!win) return null;
  const doc = win.document;
  if (request.lang) doc.documentElement.lang = request.lang;
  doc.body.style.setProperty('margin', '8px');
  doc.body.style.setProperty('font-family', 'system-ui, sans-serif');

  // The element's own warnings are the authoritative validation: collect them from a fresh page.
  const warnings: string[] = [];
  const original = win.console.warn.bind(win.console);
  win.console.warn = (...args: unknown[]) => {
    const line = args.map(String).join(' ');
    // Only the widget's own warnings (not, say, Lit's development-mode notice under `npm start`).
    if (line.startsWith('[stat-widgets]')) warnings.push(line);
    original(...args);
  };

  const element = doc.createElement(request.tagName);
  for (const [name, value] of request.attributes) element.setAttribute(name, value);
  // Custom properties through the CSSOM: the same result as the snippet's <style> rule.
  for (const [name, value] of request.theme ?? []) element.style.setProperty(name, value);
  for (const line of request.content ?? [])
    element.append(Object.assign(doc.createElement('p'), { textContent: line }));
  doc.body.append(element);

  const script = doc.createElement('script');
  if (request.script.type) script.type = request.script.type;
  script.src = request.script.src;
  const ran = new Promise((resolve) => {
    script.addEventListener('load', resolve, { once: true });
    script.addEventListener('error', resolve, { once: true });
  });
  doc.head.append(script);
  await ran;
  await Promise.race([
    win.customElements.whenDefined(request.tagName),
    new Promise((resolve) => setTimeout(resolve, 3000)),
  ]);
  await (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  // Two frames of the page holding the preview, not of the preview's own: WebKit runs no animation
  // frames in a frame that is scrolled out of view, and the preview may well be below the fold.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return stillWanted() ? { element, warnings } : null;
}

/** Keeps `frame` as tall as its page, at least `minHeight` px. */
export function fitFrame(frame: HTMLIFrameElement, minHeight = 160): void {
  const doc = frame.contentDocument;
  if (!doc) return;
  const fit = (): void => {
    frame.style.height = `${Math.max(minHeight, doc.documentElement.scrollHeight + 4)}px`;
  };
  fit();
  new (frame.contentWindow as Window & typeof globalThis).ResizeObserver(fit).observe(doc.body);
}
