/**
 * Bars along the edges of the viewport (`<help-banner position="top|bottom">`, `<quick-exit
 * position="top">`), and the one place where our elements read sizes.
 *
 * A top bar spans the viewport at the top of the page wherever its tag sits (first in <body>, or
 * pasted into a post's narrow content column) and takes its own space there, so it never covers the
 * site's header, menu or content at rest: a tag that sits at the top of <body> keeps the space at its
 * own place (so nothing moves when it upgrades, not even <body>'s margin); a tag anywhere else pushes
 * the page down by the bar's height (padding on <html>). Top bars stack in document order, below any
 * strip the page itself reserves with a margin on <html> (WordPress's toolbar does). A bottom bar
 * sticks in the page flow, so it takes its own space already. While bars stay on screen, <html> gets
 * a matching scroll-padding on their edge, so keyboard focus and in-page links land clear of them
 * (WCAG 2.4.11), unless the page sets its own. The last bar to go gives everything back.
 *
 * Sizes are never read while the page is being built (in a render, `connectedCallback` or `updated`):
 * each read there makes the browser lay out a page that is about to change again, which on a phone
 * cost a sixth of a page's script time. Instead:
 * - a top bar is measured once (its height, and whether its tag is at the top of <body>) at the start
 *   of the next animation frame, where the browser is about to lay the page out anyway (every read of
 *   that frame comes first, then every write), and takes its space in that frame, so its first paint
 *   never moves. A ResizeObserver report would come too late for that: Chromium has by then recorded
 *   the frame's layout, and the push counts as a layout shift;
 * - after that, a ResizeObserver reports every change of a bar's height, after the browser's own
 *   layout, and the bars are placed again from it at the start of the next frame (writes only; a size
 *   changed inside the observer's report would be a "ResizeObserver loop" error on the page);
 * - other reads (the floating quick exit's check of what is under it) go in the same place:
 *   `inNextFrame`.
 * One exception, where a read wins: a banner upgrading over a no-JS fallback the visitor already sees
 * measures it, and its bar, at once (see help-banner's `holdFallbackHeight`).
 */

export interface Bar {
  /** The element: its place in the document (bars stack in document order). */
  readonly host: HTMLElement;
  /** The box whose height is the bar's. */
  readonly box: HTMLElement;
  readonly edge: 'top' | 'bottom';
  /**
   * Told its height and the viewport's (px), the bar moves to `offset` px from the top of the page
   * (a top bar) and says whether it stays on screen while the page scrolls.
   */
  place(offset: number, height: number, viewport: number): boolean;
}

/** What the bars write on <html>; the page's own values come back when the last bar goes. */
const PROPERTIES = ['padding-top', 'scroll-padding-top', 'scroll-padding-bottom'];

interface Page {
  bars: Bar[];
  /** The page's inline values of PROPERTIES, its padding-top, and which scroll paddings it leaves to us. */
  own?: { inline: string[]; padding: number; scrollPadding: boolean[] };
  /** px at the top of the viewport that the page's strip and the top bars on screen take. */
  inset: number;
  layOut: () => void;
}

const pages = new Map<Document, Page>();
const heights = new WeakMap<Bar, number>();
/** Top bars whose tag sits at the top of <body>, with the space each keeps there (px, as applied). */
const reserved = new WeakMap<Bar, number>();
const barOfBox = new WeakMap<Element, Bar>();
let observer: ResizeObserver | undefined;

/** Top bars to measure, and checks to run, at the start of the next animation frame. */
const unmeasured = new Set<Bar>();
const checks = new Set<() => unknown>();
let frame = 0;

/** Runs `check` at the start of the next animation frame. */
export function inNextFrame(check: () => void): void {
  checks.add(check);
  frame ||= requestAnimationFrame(nextFrame);
}

function nextFrame(): void {
  frame = 0;
  const due = [...checks];
  checks.clear();
  placeNewBars();
  due.forEach((check) => check());
}

/** Adds `bar`, or has it measured and placed again (its height, or whether it stays, may change). */
export function claimBar(bar: Bar): void {
  const page = pageOf(bar.host.ownerDocument);
  if (!page.bars.includes(bar)) page.bars.push(bar);
  barOfBox.set(bar.box, bar);
  (observer ??= new ResizeObserver(onResize)).observe(bar.box);
  if (bar.edge === 'top' && !heights.has(bar)) unmeasured.add(bar);
  inNextFrame(page.layOut);
}

export function releaseBar(bar: Bar): void {
  const doc = bar.host.ownerDocument;
  const page = pages.get(doc);
  observer?.unobserve(bar.box);
  unmeasured.delete(bar);
  heights.delete(bar);
  reserve(bar, 0);
  reserved.delete(bar);
  if (!page) return;
  page.bars = page.bars.filter((other) => other !== bar);
  if (page.bars.length) return page.layOut();
  PROPERTIES.forEach((property, i) => restore(doc.documentElement, property, page.own?.inline[i]));
  doc.defaultView?.removeEventListener('resize', page.layOut);
  pages.delete(doc);
}

/** px from the top of the viewport that the page's own strip and the top bars on screen take. */
export function topInset(doc: Document): number {
  return pages.get(doc)?.inset ?? (parseFloat(getComputedStyle(doc.documentElement).marginTop) || 0);
}

function pageOf(doc: Document): Page {
  let page = pages.get(doc);
  if (!page) {
    const layOutPage = () => layOut(doc, page!);
    pages.set(doc, (page = { bars: [], inset: 0, layOut: layOutPage }));
    // A new viewport height may make a banner too tall to stay on screen, or short enough again.
    doc.defaultView?.addEventListener('resize', layOutPage);
  }
  return page;
}

function onResize(entries: ResizeObserverEntry[]): void {
  for (const { target, borderBoxSize, contentRect } of entries) {
    const bar = barOfBox.get(target)!;
    heights.set(bar, borderBoxSize?.[0]?.blockSize ?? contentRect.height);
    inNextFrame(pageOf(bar.host.ownerDocument).layOut);
  }
}

/**
 * Measures the top bars claimed since the last frame: each one's height, and whether its tag is at
 * the top of <body> (its own top, or right below the space of a bar kept there). Every read first,
 * then the pages' layout (writes). Called at the start of a frame; a banner that replaces its painted
 * fallback calls it at once (see help-banner's holdFallbackHeight).
 */
export function placeNewBars(): void {
  const docs = new Set([...unmeasured].map((bar) => bar.host.ownerDocument));
  unmeasured.clear();
  for (const doc of docs) {
    const style = getComputedStyle(doc.body);
    let top =
      doc.body.getBoundingClientRect().top + parseFloat(style.paddingTop) + parseFloat(style.borderTopWidth);
    for (const bar of sorted(pageOf(doc))) {
      if (bar.edge !== 'top') continue;
      if (!heights.has(bar)) {
        heights.set(bar, bar.box.getBoundingClientRect().height);
        if (Math.abs(bar.host.getBoundingClientRect().top - top) < 1) reserved.set(bar, 0);
      }
      top += reserved.get(bar) ?? 0;
    }
  }
  for (const doc of docs) pageOf(doc).layOut();
}

function sorted(page: Page): Bar[] {
  return page.bars.sort((a, b) =>
    a.host.compareDocumentPosition(b.host) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
  );
}

function layOut(doc: Document, page: Page): void {
  const root = doc.documentElement;
  // Style and the viewport only, read before anything is written.
  const style = getComputedStyle(root);
  const viewport = doc.defaultView?.innerHeight ?? 0;
  const own = (page.own ??= {
    inline: PROPERTIES.map((property) => root.style.getPropertyValue(property)),
    padding: parseFloat(style.paddingTop) || 0,
    scrollPadding: [style.scrollPaddingTop === 'auto', style.scrollPaddingBottom === 'auto'],
  });
  const strip = parseFloat(style.marginTop) || 0;
  let offset = strip;
  let pushed = 0;
  const onScreen = [strip, 0];
  for (const bar of sorted(page)) {
    const height = heights.get(bar);
    if (height === undefined) continue; // not measured yet: placed when it is
    const top = bar.edge === 'top';
    if (bar.place(offset, height, viewport)) onScreen[top ? 0 : 1]! += height;
    if (!top) continue;
    offset += height;
    if (reserved.has(bar)) reserve(bar, height);
    else pushed += height;
  }
  page.inset = onScreen[0]!;
  [
    pushed && own.padding + pushed,
    own.scrollPadding[0] && onScreen[0]! > strip && onScreen[0]!,
    own.scrollPadding[1] && onScreen[1]!,
  ].forEach((value, i) => {
    if (value) root.style.setProperty(PROPERTIES[i]!, `${Math.ceil(value)}px`);
    else restore(root, PROPERTIES[i]!, own.inline[i]);
  });
}

/** Keeps `height` px of page flow at the bar's own tag (0: none). */
function reserve(bar: Bar, height: number): void {
  if (!reserved.has(bar) || reserved.get(bar) === height) return;
  reserved.set(bar, height);
  if (height > 0) bar.host.style.setProperty('min-height', `${Math.ceil(height)}px`);
  else bar.host.style.removeProperty('min-height');
}

function restore(root: HTMLElement, property: string, inline = ''): void {
  if (inline) root.style.setProperty(property, inline);
  else root.style.removeProperty(property);
}
