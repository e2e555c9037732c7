import { urlFromAttribute } from './safe-url.js';

/**
 * THE exit sequence: what happens when someone activates a quick-exit control (`<quick-exit>`, the
 * exit control of `<help-banner>`, or anything else built on this module).
 *
 * The person using the control may be watched by the person exploiting them. So the sequence is
 * synchronous (it finishes inside the click or key handler, before the browser can paint or run
 * anything else), it never depends on the navigation succeeding, and nothing a host page does — a
 * throwing listener, hostile CSS, a cookie banner with a huge z-index — can stop or delay it.
 *
 * Steps (each explained where it is done, in `exitNow`):
 *   1. decoy tab (opt-in, pointer activation only)
 *   2. cover the page (top layer, system `Canvas` colours), hide and `inert` the rest, neutral title,
 *      the page's favicon links removed
 *   3. suppress the referrer
 *   4. `location.replace()` (or `assign()` when a caller asks for push)
 *   (3, 4 and 2 run in that order, in one task: nothing can paint or commit in between, so the first
 *   frame is blank either way, and the request is not held up by covering a large page.)
 *   5. only then the non-cancelable `stat-exit` event, after the cover is painted
 *   6. a watchdog re-issues the navigation if the page is still here (navigation stopped)
 *   7. bfcache: a page restored by Back after an exit LEAVES AGAIN (step 7 below)
 */

/**
 * The default destination: Google's plain search home page.
 *
 * Why: it shows nothing that relates to this visit or to the person (no news, no location-based
 * headlines, no feed), it is the most ordinary page there is in anyone's history, it loads fast on
 * slow phones everywhere (our users are not only in one country, which rules out BBC Weather, GOV.UK's
 * default), and `/webhp` is a page, not an app link, so phones do not hand it to an app and leave this
 * tab open (a failure seen with BBC links). NSW's design system chose the same URL after user research.
 */
export const DEFAULT_EXIT_URL = 'https://www.google.com/webhp';

export type ExitTrigger = 'pointer' | 'keyboard';

/**
 * Fired on the exit control after the page is covered and the navigation requested: bubbling,
 * composed, NOT cancelable. Host pages may listen (to count exits, say); they can neither stop nor
 * delay the exit.
 */
export class StatExitEvent extends Event {
  constructor(
    readonly destination: string,
    readonly trigger: ExitTrigger,
  ) {
    super('stat-exit', { bubbles: true, composed: true, cancelable: false });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'stat-exit': StatExitEvent;
  }
}

/**
 * Where the exit goes: the `url` attribute, else the fallback link's `href`, else the default. Each
 * candidate passes `checkUrl` (absolute http(s), no credentials) or is refused with one warning:
 * `javascript:`, `data:`, `blob:`, `file:`, `//host`, relative paths and `user:pw@` never become the
 * destination. (A refused `url` falls to the fallback link, the webmaster's other explicit choice,
 * before the default.)
 */
export function resolveExitDestination(
  urlAttribute: string | null | undefined,
  fallbackLinkHref: string | null | undefined,
  warn: (message: string) => void,
): string {
  const candidates: [string, string | null | undefined][] = [
    ['url', urlAttribute],
    ['the fallback link href', fallbackLinkHref],
  ];
  for (const [name, value] of candidates) {
    const url = urlFromAttribute(name, value, 'it is not used as the exit destination', warn);
    if (url !== null) return url;
  }
  return DEFAULT_EXIT_URL;
}

/** The decoy page, validated the same way; `null` (no decoy) when absent or refused. */
export function resolveDecoyUrl(
  value: string | null | undefined,
  warn: (message: string) => void,
): string | null {
  return urlFromAttribute('decoy-url', value, 'no decoy tab will be opened', warn);
}

/**
 * The window the exit navigates: the top window when this page is framed by its own site and is
 * allowed to navigate it, else this window.
 *
 * - A cross-origin parent is never navigated: we could not cover it, and without a user activation
 *   the browser blocks (and throws on) a frame navigating a foreign top window.
 * - A `sandbox` without `allow-top-navigation` anywhere up the chain forbids navigating the top
 *   (sandbox flags are inherited), so the frame leaves on its own.
 */
export function exitWindow(view: Window): Window {
  let current = view;
  try {
    while (current.parent !== current) {
      const frame = current.frameElement;
      if (!frame) return view; // cross-origin parent (frameElement is null across origins)
      const sandbox = frame.getAttribute('sandbox');
      if (sandbox !== null && !sandbox.split(/\s+/).includes('allow-top-navigation')) return view;
      void current.parent.document; // throws when the parent is cross-origin
      current = current.parent;
    }
  } catch {
    return view;
  }
  return current;
}

export interface ExitRequest {
  /** Validated destination (use `resolveExitDestination`). */
  destination: string;
  trigger: ExitTrigger;
  /** Validated decoy page (use `resolveDecoyUrl`); opened on pointer activation only. */
  decoyUrl?: string | null;
  /** `replace` (default): the exited page is not one Back away. `push` leaves it in history. */
  history?: 'replace' | 'push';
  /** Announced assertively from the cover ("Loading."), in `lang`. */
  announcement?: string;
  lang?: string;
  /** The title shown in the tab while leaving. Default: a zero-width space (an empty-looking tab). */
  title?: string;
  /** Receives `stat-exit` (normally the exit control). */
  source?: EventTarget | null;
  /** The window the control lives in; default: the global window. */
  view?: Window;
}

/** One exit per page: a second trigger (another instance, a double click) changes nothing. */
const exited = new WeakSet<Window>();

/** True once an exit has started in `view` (this page will not come back without a reload). */
export function hasExited(view: Window = window): boolean {
  return exited.has(view);
}

/** The watchdog's wait after a sign that the exit navigation was stopped. */
const WATCHDOG_RETRY_MS = 500;
/** Its first wait with no sign at all (doubling after each try). */
const WATCHDOG_SILENT_MS = 15000;

/**
 * Runs the exit sequence synchronously. Returns false (and does nothing) when an exit already started
 * on this page.
 */
export function exitNow(request: ExitRequest): boolean {
  const view = request.view ?? window;
  if (exited.has(view)) return false;
  exited.add(view);
  const { destination, trigger } = request;
  const target = exitWindow(view);

  // 1. Decoy tab, FIRST and only for pointer activation: a popup is only allowed with a fresh user
  //    activation, and keyboard shortcuts (Shift keyups, Esc) never give one, so trying would only
  //    log a blocked popup. `noopener` leaves the new tab no handle on this page; `noreferrer` sends
  //    it no Referer. A blocked or throwing `open` must not stop the exit.
  if (trigger === 'pointer' && request.decoyUrl) {
    try {
      view.open(request.decoyUrl, '_blank', 'noopener,noreferrer');
    } catch {
      /* popup blocked: carry on */
    }
  }

  const documents = target === view ? [view.document] : [target.document, view.document];

  // 3. No Referer: once script takes over a click, `rel="noreferrer"` no longer applies, and
  //    `location.replace` would send this page's address to the destination. The last referrer meta
  //    inserted sets the document's policy, so it goes in BEFORE the navigation starts.
  for (const doc of documents) {
    try {
      const referrer = doc.createElement('meta');
      referrer.name = 'referrer';
      referrer.content = 'no-referrer';
      (doc.head ?? doc.documentElement).append(referrer);
    } catch {
      /* an unusual document must never stop the navigation */
    }
  }

  // 4. Leave. `replace` swaps this page's history entry for the destination, so Back does not
  //    return here. Returns false when the browser refused to even start the navigation.
  const navigate = (): boolean => {
    try {
      if (request.history === 'push') target.location.assign(destination);
      else target.location.replace(destination);
      return true;
    } catch {
      // The top window refused after all: leave from our own frame instead.
      try {
        if (request.history === 'push') view.location.assign(destination);
        else view.location.replace(destination);
        return true;
      } catch {
        return false; // nothing left to try now; the cover still goes on and the watchdog tries again
      }
    }
  };
  const started = navigate();

  // 2. Cover every document we are leaving (ours, and the top one when we navigate it). This runs in
  //    the same task as the navigation request: a cross-document navigation can never commit, and
  //    the browser can never paint, before the task ends, so the first frame after the trigger is
  //    already blank whichever of the two comes first. Requesting the navigation first means that
  //    covering a huge page cannot delay the request; covering does not depend on it succeeding.
  const reinforcements: (() => void)[] = [];
  for (const doc of documents) {
    try {
      reinforcements.push(coverDocument(doc, request, doc === view.document));
    } catch {
      /* a hostile or unusual document must never stop the exit */
    }
  }

  // 6. Watchdog: a navigation can be stopped (Esc, the browser's Stop button, `window.stop()`) or
  //    dropped (a 204 answer) and leave the person on a blank cover with nothing happening. The cover
  //    stays on throughout; the navigation is issued again:
  //    - half a second after any sign that it was stopped: `navigateerror` (Navigation API; Chromium
  //      reports every abort this way, Firefox none), an Esc keydown the page did not take (Esc stops
  //      loading in the major browsers), a call of this window's `stop()`;
  //    - with no sign at all, 15 s after the last request, then 30 s, 60 s, … No engine says whether
  //      a navigation is still under way (WebKit has no Navigation API; Firefox fires `navigate` but
  //      nothing when it is stopped), and re-issuing one restarts a destination that is merely slow,
  //      which on a poor connection may then never arrive: so only a destination slower than 15 s
  //      is ever requested twice.
  let gone = false;
  let silentDelay = WATCHDOG_SILENT_MS;
  let timer = 0;
  const arm = (ms: number) => {
    target.clearTimeout(timer);
    timer = target.setTimeout(leaveAgain, ms);
  };
  /** After each request: the next try soon when the browser refused it, else after the silent wait. */
  const afterRequest = (requested: boolean) => {
    if (!requested) return arm(WATCHDOG_RETRY_MS);
    arm(silentDelay);
    silentDelay *= 2;
  };
  function leaveAgain() {
    if (!gone) afterRequest(navigate());
  }
  const stopped = () => {
    if (!gone) arm(WATCHDOG_RETRY_MS);
  };
  afterRequest(started);
  (target as Window & { navigation?: EventTarget }).navigation?.addEventListener('navigateerror', stopped);
  for (const win of new Set([target, view])) {
    // Bubble phase on the window, the last stop of the event: an Esc that the page (or our own Esc
    // shortcut, which triggered this exit) took with `preventDefault()` stopped nothing.
    win.addEventListener('keydown', (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) stopped();
    });
  }
  try {
    // `stop` is an own property of the window: wrapped so a script that stops loading sets the
    // retry off at once. It still stops what it stopped before.
    const stopLoading = target.stop;
    target.stop = function stop(this: Window) {
      stopLoading.call(target);
      stopped();
    };
  } catch {
    /* a frozen window: the silent timer still retries */
  }

  // 5. `stat-exit`, after the cover has been painted (next frame, then a task) or at `pagehide`,
  //    whichever comes first: a listener that throws or spins can neither stop the exit (already
  //    requested) nor delay the cover (already on screen). `dispatchEvent` reports a listener's
  //    exception to the console without throwing, and it is wrapped anyway.
  let announced = false;
  const fire = () => {
    if (announced) return;
    announced = true;
    try {
      request.source?.dispatchEvent(new StatExitEvent(destination, trigger));
    } catch {
      /* never let host code interfere */
    }
  };
  //    The cover's reinforcements (top layer, `inert`) go on at the same moment: each costs a
  //    full style pass, and the first frame is already blank without them.
  view.requestAnimationFrame(() =>
    view.setTimeout(() => {
      for (const reinforce of reinforcements) reinforce();
      fire();
    }),
  );
  target.addEventListener('pagehide', () => {
    gone = true;
    target.clearTimeout(timer);
    fire();
  });

  // 7. bfcache policy: LEAVE AGAIN. If this page comes back from the back-forward cache (someone
  //    pressed Back after a push-mode exit), it is still covered and immediately leaves again for the
  //    same destination; the watchdog restarts. It never shows the content it was hiding, and it is
  //    never a dead blank page, because it is on its way out. (Restoring the page instead, as GOV.UK
  //    does, would show whoever pressed Back exactly what the person fled from.)
  target.addEventListener('pageshow', (event: PageTransitionEvent) => {
    if (!event.persisted) return;
    gone = false;
    silentDelay = WATCHDOG_SILENT_MS;
    leaveAgain();
  });
  return true;
}

/**
 * Inline `!important` declarations (`property:value;…`) on an element: they beat any stylesheet, and
 * CSSOM writes pass a strict CSP.
 */
function force(element: HTMLElement, declarations: string): void {
  for (const declaration of declarations.split(';')) {
    const [property, value] = declaration.split(':') as [string, string];
    element.style.setProperty(property, value, 'important');
  }
}

const COVER_STYLES =
  'display:block;position:fixed;inset:0;width:100vw;height:100vh;max-width:none;max-height:none;margin:0;' +
  'padding:0;border:0;outline:0;opacity:1;visibility:visible;transform:none;filter:none;background:Canvas;' +
  'color:CanvasText;z-index:2147483647;overflow:hidden';

/** Visually hidden, still read: the cover is one uniform colour but announces "Loading.". */
const HIDDEN_TEXT_STYLES =
  'position:absolute;width:1px;height:1px;margin:-1px;padding:0;border:0;overflow:hidden;' +
  'clip:rect(0 0 0 0);white-space:nowrap;display:block';

/**
 * Covers `doc` now; returns the reinforcements to apply once the first blank frame is painted.
 * `takeFocus`: the document the person is in, whose cover takes the keyboard focus then.
 */
function coverDocument(doc: Document, request: ExitRequest, takeFocus: boolean): () => void {
  const root = doc.documentElement;

  // Hide everything else: `display:none` (inline, `!important`, so no stylesheet can undo it) takes
  // the content off the screen, out of screen readers, find-in-page and the Tab order. Children of
  // <html> other than <body> (banners some scripts append there) go too.
  const hidden = [...root.children].filter((child) => child.localName !== 'head') as HTMLElement[];
  for (const element of hidden) force(element, 'display:none');

  // The cover: the last child of <html>, fixed over the viewport at the highest z-index, in system
  // colours (`Canvas`: a plain page in dark mode and in forced-colours mode too).
  const cover = doc.createElement('div');
  cover.setAttribute('role', 'alert');
  cover.setAttribute('popover', 'manual');
  cover.tabIndex = -1;
  if (request.lang) cover.setAttribute('lang', request.lang);
  force(cover, COVER_STYLES);
  root.append(cover);

  // Announce "Loading." AFTER the live region is in the page: screen readers announce inserted
  // text more reliably than a region that arrives already filled.
  const text = doc.createElement('span');
  force(text, HIDDEN_TEXT_STYLES);
  cover.append(text);
  text.textContent = request.announcement ?? 'Loading.';

  // A neutral tab: a zero-width-space title (the tab looks empty, without falling back to the URL).
  // The favicon: the page's icon links are REMOVED and no icon is added. Measured in Chromium under
  // the strict CSP (`img-src 'self'` via `default-src`): every blank icon is refused with a CSP
  // report (`data:,`, `about:blank`, a `blob:`), and a report can itself be a request (`report-uri`)
  // carrying this page's address; the only icons such a CSP allows are same-origin URLs, which the
  // browser fetches (`#` fetches the page again). Removing the links gives no report and no request
  // on any page. Chromium then keeps the old icon on the tab until the page is gone, but the tab is
  // in its loading state (spinner) from the moment the navigation above starts. (A `data:,` icon
  // would blank the tab only where the page's CSP allows `data:` images, and a script cannot learn
  // the page's CSP without breaking it.)
  doc.title = request.title ?? '\u200B';
  for (const icon of doc.querySelectorAll('link[rel~="icon" i]')) icon.remove();

  return () => {
    // Reinforcements, once the blank frame is on screen: the top layer (so nothing the page opens
    // later, a modal dialog or popover, can rise above the cover) and `inert` (no focus or click
    // reaches the page even if a script undid the styles).
    toTopLayer(cover);
    for (const element of hidden) element.inert = true;
    // Keys then reach the page through the cover (its outline is off): Firefox delivers no key event
    // to a hidden <body>, and the watchdog listens for the Esc that stops the navigation.
    if (takeFocus) cover.focus({ preventScroll: true });
  };
}

/**
 * Shows a `popover` element in the top layer: above any z-index, transform or modal of the page.
 * Where popovers are not supported, its fixed position and maximum z-index still apply.
 */
export function toTopLayer(element: HTMLElement): void {
  try {
    if (!element.matches(':popover-open')) element.showPopover();
  } catch {
    /* no popover support */
  }
}

// ── history collapse ─────────────────────────────────────────────────────────────────────────────

/**
 * For `history="collapse"`: the address a click should REPLACE the current entry with, or null to
 * leave the click alone. Only plain, same-origin, same-tab link navigations are collapsed; new-tab
 * and download links, modified or non-primary clicks, clicks another script already handled,
 * cross-origin links and in-page `#fragment` links keep their normal behaviour. Forms are never
 * touched (only link clicks reach this).
 */
export function collapsibleHref(event: MouseEvent, here: { href: string; origin: string }): string | null {
  if (event.defaultPrevented || event.button !== 0) return null;
  if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return null;
  const link = event
    .composedPath()
    .find((node): node is HTMLAnchorElement => (node as Element).localName === 'a' && 'href' in node);
  if (!link || !link.hasAttribute('href') || link.hasAttribute('download')) return null;
  const targetName = (link.getAttribute('target') ?? '').trim().toLowerCase();
  if (targetName !== '' && targetName !== '_self') return null;
  let url: URL;
  try {
    url = new URL(link.href);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.origin !== here.origin) return null;
  const current = new URL(here.href);
  if (url.hash !== '' && url.href.split('#')[0] === current.href.split('#')[0]) return null;
  return url.href;
}

const collapsing = new WeakMap<Window, { count: number; listener: (event: MouseEvent) => void }>();

/**
 * While at least one caller holds it, same-origin link navigations in `view` replace the current
 * history entry instead of pushing one, so the whole visit is one entry and one Back after an exit
 * leaves the site. Returns the release function. The listener runs in the bubble phase on the window,
 * so a router or script that handles the click first (and calls `preventDefault`) wins.
 */
export function holdHistoryCollapse(view: Window): () => void {
  let entry = collapsing.get(view);
  if (!entry) {
    const listener = (event: MouseEvent) => {
      const href = collapsibleHref(event, view.location);
      if (href === null) return;
      event.preventDefault();
      view.location.replace(href);
    };
    entry = { count: 0, listener };
    collapsing.set(view, entry);
    view.addEventListener('click', listener);
  }
  entry.count += 1;
  let released = false;
  return () => {
    if (released || !entry) return;
    released = true;
    entry.count -= 1;
    if (entry.count === 0) {
      view.removeEventListener('click', entry.listener);
      collapsing.delete(view);
    }
  };
}
