import { html, nothing, type PropertyValues } from 'lit';
import { registeredTags, StatElement } from '../../base/stat-element.js';
import { hostStyles } from '../../base/styles.js';
import { claimBar, inNextFrame, releaseBar, topInset, type Bar } from '../../base/bars.js';
import {
  exitNow,
  hasExited,
  holdHistoryCollapse,
  resolveDecoyUrl,
  resolveExitDestination,
  toTopLayer,
  type ExitTrigger,
} from '../../lib/exit.js';
import {
  registerExitShortcut,
  SHIFT_TIMEOUT_MS,
  type ExitShortcutClient,
  type ShortcutKind,
} from '../../lib/exit-shortcut.js';
import { urlFromAttribute } from '../../lib/safe-url.js';
import { quote } from '../../lib/warn.js';
import { quickExitStyles } from './quick-exit.styles.js';

export type QuickExitPosition = QuickExit['position'];
export type QuickExitHistory = QuickExit['history'];
export type QuickExitShortcut = QuickExit['shortcut'];
// The event this element fires, for typings generated from the manifest.
export { StatExitEvent } from '../../lib/exit.js';

const POSITIONS: readonly QuickExitPosition[] = ['bottom-end', 'top', 'inline'];
const SHORTCUTS: readonly ShortcutKind[] = ['shift', 'escape', 'none'];
const HISTORIES: readonly QuickExitHistory[] = ['replace', 'collapse'];
/** How long the "expired" announcement stays before it is cleared (as GOV.UK). */
const EXPIRED_CLEAR_MS = 5000;
/** px between a raised floating button and the top bars (as its usual distance from the bottom edge). */
const RAISED_GAP = 16;
/** What another widget offers to click or type in. */
const CONTROLS = 'a[href], button, input:not([type="hidden"]), select, textarea';
/** A page's form fields, which the safety hint must never hide. */
const FORM_FIELDS = 'input:not([type="hidden"]), textarea, select, button';

type Box = Pick<DOMRect, 'left' | 'right' | 'top' | 'bottom'>;
const overlaps = (a: Box, b: Box) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0 &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0;

/**
 * @summary A safety exit: one click, three taps of Shift (or two of Esc) cover the page at once and
 * replace it with a neutral site, with no Referer, no storage and no trace in Back.
 *
 * @tagname quick-exit
 *
 * @attr url - Where to go: an absolute http(s) URL without credentials. Anything else warns and falls
 *   back to the fallback link's href, then to https://www.google.com/webhp.
 * @attr shortcut - `shift` (default: three clean Shift taps, at most `shortcut-timeout` ms apart),
 *   `escape` (two Esc within 1 s, ignored in fields, menus and open dialogs) or `none`.
 * @attr shortcut-timeout - Longest gap between Shift taps, in ms (default 5000).
 * @attr position - `bottom-end` (default: a floating corner button that steps aside from other widgets'
 *   controls), `top` (a bar across the top of the page, which pushes the page down) or `inline`.
 * @attr history - `replace` (default: the exited page is not one Back away) or `collapse` (while this
 *   element is on the page, same-site link clicks replace instead of push, so one Back after the exit
 *   leaves the site).
 * @attr decoy-url - Opt-in: on a click or tap (never a shortcut) this neutral page opens first in a new
 *   tab (`noopener`). Same rules as `url`: anything else warns and no decoy tab opens.
 * @attr safety-url - A link to your "cover your tracks" page, shown in a hint that says the button
 *   does not erase browsing history.
 * @attr label - The button text (default "Exit this page").
 * @attr emergency-text - Read after the label by screen readers (default "(emergency exit)").
 * @attr hint - The hint text shown with `safety-url`.
 * @attr safety-link-text - The text of the `safety-url` link.
 * @attr loading-text - Announced when the exit starts (default "Loading.").
 * @attr progress-text - Shortcut progress, with `{key}` and `{count}` (default "{key}, press {count}
 *   more times to exit.").
 * @attr expired-text - Announced when a shortcut sequence runs out.
 *
 * @slot - A fallback link, `<a href="https://..." rel="noreferrer nofollow">Exit this page</a>`: it
 *   works before the script loads (or without JavaScript) and its href is the destination when `url`
 *   is absent. Hidden once the element is running.
 *
 * @csspart base - The wrapper.
 * @csspart dock - The floating box or bar holding the button (and the hint).
 * @csspart control - The exit button (a link).
 * @csspart hint - The safety hint paragraph.
 *
 * @cssproperty --stat-color-urgent - Button background (default #b91c1c).
 * @cssproperty --stat-color-accent-text - Button text (default #ffffff).
 * @cssproperty --stat-color-background - Bar and hint background (default #ffffff).
 * @cssproperty --stat-color-border - Bar and hint border (default #6b7280).
 * @cssproperty --stat-color-accent - Hint link colour (default #1d4ed8).
 * @cssproperty --stat-focus-ring - Focus outline colour (default #1d4ed8).
 * @cssproperty --stat-radius - Corner radius (default 6px).
 * @cssproperty --stat-font-family - Font (default system-ui).
 * @cssproperty --stat-font-size - Font size (default 16px).
 *
 * @event {StatExitEvent} stat-exit - Fired after the page is covered and the navigation requested; bubbling, composed,
 *   not cancelable (`event.destination`, `event.trigger`: `pointer` or `keyboard`).
 */
export class QuickExit extends StatElement {
  static override styles = [hostStyles, quickExitStyles];
  /** The exit is wired and drawn at once, never behind other elements' renders (see StatElement). */
  static override readonly critical = true;

  static override properties = {
    url: { type: String },
    shortcut: { type: String, reflect: true, fallback: 'shift' },
    shortcutTimeout: { type: Number, attribute: 'shortcut-timeout' },
    position: { type: String, reflect: true, fallback: 'bottom-end' },
    history: { type: String, fallback: 'replace' },
    decoyUrl: { type: String, attribute: 'decoy-url' },
    safetyUrl: { type: String, attribute: 'safety-url' },
    label: { type: String },
    emergencyText: { type: String, attribute: 'emergency-text' },
    hint: { type: String },
    safetyLinkText: { type: String, attribute: 'safety-link-text' },
    loadingText: { type: String, attribute: 'loading-text' },
    progressText: { type: String, attribute: 'progress-text' },
    expiredText: { type: String, attribute: 'expired-text' },
    status: { state: true },
  };

  declare url: string | undefined;
  declare shortcut: 'shift' | 'escape' | 'none';
  declare shortcutTimeout: number | undefined;
  declare position: 'bottom-end' | 'top' | 'inline';
  declare history: 'replace' | 'collapse';
  declare decoyUrl: string | undefined;
  declare safetyUrl: string | undefined;
  declare label: string | undefined;
  declare emergencyText: string | undefined;
  declare hint: string | undefined;
  declare safetyLinkText: string | undefined;
  declare loadingText: string | undefined;
  declare progressText: string | undefined;
  declare expiredText: string | undefined;
  /** The polite live-region text (shortcut progress). */
  declare status: string;

  /** The bar at the top of the page (`position="top"`), while it is claimed (see bars.ts). */
  private bar?: Bar;
  private layoutObserver?: ResizeObserver;
  /** Why the floating button stepped to the top edge: focus under it, or another widget's control. */
  private raisedForFocus = false;
  private raisedForWidget = false;
  private releaseShortcut?: () => void;
  private releaseCollapse?: () => void;
  private clearStatusTimer?: number;
  private wiredFor = '';

  constructor() {
    super();
    this.status = '';
  }

  /** One of `allowed`, or the default with a warning. */
  private choice<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T {
    const normalised = (value ?? '').trim().toLowerCase();
    if ((allowed as readonly string[]).includes(normalised)) return normalised as T;
    if (value !== undefined && normalised !== '')
      this.warn(`${name} ${quote(value)} is not one of ${allowed.join(', ')}; using "${allowed[0]}".`);
    return allowed[0]!;
  }

  private get resolvedPosition(): QuickExitPosition {
    return this.choice('position', this.position, POSITIONS);
  }
  private get resolvedShortcut(): ShortcutKind {
    return this.choice('shortcut', this.shortcut, SHORTCUTS);
  }
  private get resolvedHistory(): QuickExitHistory {
    return this.choice('history', this.history, HISTORIES);
  }
  private get resolvedTimeout(): number {
    const value = this.shortcutTimeout;
    if (value === undefined) return SHIFT_TIMEOUT_MS;
    if (value >= 500 && value <= 60000) return value;
    this.warn(
      `shortcut-timeout ${quote(String(value))} is not a number of ms from 500 to 60000; using 5000.`,
    );
    return SHIFT_TIMEOUT_MS;
  }

  /** The validated destination (url → fallback link → default). */
  get destination(): string {
    const link = this.querySelector('a[href]');
    return resolveExitDestination(this.url, link?.getAttribute('href'), (message) => this.warn(message));
  }

  private get view(): Window {
    return this.ownerDocument.defaultView ?? window;
  }

  private get control(): HTMLAnchorElement | null {
    return this.renderRoot.querySelector<HTMLAnchorElement>('.control');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.ownerDocument.addEventListener('focusin', this.keepFocusVisible, true);
    this.wiredFor = '';
    this.wire();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ownerDocument.removeEventListener('focusin', this.keepFocusVisible, true);
    this.releaseBar();
    this.watchScrolling(false);
    this.unwire();
    this.wiredFor = '';
    this.view.clearTimeout(this.clearStatusTimer);
  }

  /** (Re)registers the page-wide keyboard hub and the history collapse when their settings change. */
  private wire(): void {
    const key = `${this.resolvedShortcut}|${this.resolvedTimeout}|${this.resolvedHistory}`;
    if (!this.isConnected || key === this.wiredFor) return;
    this.unwire();
    this.wiredFor = key;
    const shortcut = this.resolvedShortcut;
    if (shortcut !== 'none')
      this.releaseShortcut = registerExitShortcut(this.view, this.shortcutClient(shortcut));
    if (this.resolvedHistory === 'collapse') this.releaseCollapse = holdHistoryCollapse(this.view);
  }

  private unwire(): void {
    this.releaseShortcut?.();
    this.releaseCollapse?.();
    this.releaseShortcut = this.releaseCollapse = undefined;
  }

  private shortcutClient(shortcut: ShortcutKind): ExitShortcutClient {
    return {
      shortcut,
      shortcutTimeout: this.resolvedTimeout,
      progress: (kind, remaining) => {
        this.view.clearTimeout(this.clearStatusTimer);
        const key = this.localize.term(kind === 'escape' ? 'quickExitKeyEscape' : 'quickExitKeyShift');
        this.status = this.progressText
          ? this.progressText.replace(/\{key\}/g, key).replace(/\{count\}/g, String(remaining))
          : remaining === 1
            ? this.localize.term('quickExitProgressOne', { key })
            : this.localize.term('quickExitProgress', { key, count: remaining });
      },
      expired: () => {
        this.status = this.expiredText ?? this.localize.term('quickExitExpired');
        this.view.clearTimeout(this.clearStatusTimer);
        this.clearStatusTimer = this.view.setTimeout(() => (this.status = ''), EXPIRED_CLEAR_MS);
      },
      trigger: () => this.exit('keyboard'),
      focusTarget: () => this.control,
    };
  }

  /**
   * Runs the exit now (as the button does). `pointer` means the person activated the control itself
   * (a click, a tap or Enter: a user activation, so the opt-in decoy tab may open); `keyboard` means a
   * shortcut, which never opens a tab.
   */
  exit(trigger: ExitTrigger = 'pointer'): boolean {
    if (hasExited(this.view)) return false;
    this.view.clearTimeout(this.clearStatusTimer);
    // No stale "press 1 more time" in a live region on a page that is leaving. (Hidden directly: a
    // re-render now would only delay the first blank frame; after the exit we never render again.)
    this.renderRoot.querySelector('[role="status"]')?.setAttribute('hidden', '');
    return exitNow({
      destination: this.resolvedDestination ?? this.destination,
      trigger,
      decoyUrl: resolveDecoyUrl(this.decoyUrl, (message) => this.warn(message)),
      history: 'replace',
      announcement: this.loadingText ?? this.localize.term('quickExitLoading'),
      lang: this.localize.lang(),
      source: this,
      view: this.view,
    });
  }

  private readonly onClick = (event: MouseEvent) => {
    // Middle and modified clicks keep the link's own behaviour (a new tab with the destination).
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    // Let go of the focus the click gave the button before the page is hidden under it: otherwise
    // the browser has to move focus out of a hidden element while drawing the first blank frame.
    (event.currentTarget as HTMLElement).blur();
    this.exit('pointer');
  };

  /**
   * WCAG 2.4.11 Focus Not Obscured: when keyboard focus lands on something under the floating button
   * or bar, scroll it clear; if the page cannot scroll that far, the control steps to the opposite
   * edge until focus moves on.
   */
  private readonly keepFocusVisible = (event: FocusEvent) => {
    const dock = this.renderRoot.querySelector<HTMLElement>('.dock');
    const focused = event.composedPath()[0];
    if (!dock || this.resolvedPosition === 'inline' || !(focused instanceof Element)) return;
    if (focused === this || this.renderRoot.contains(focused)) return;
    this.raisedForFocus = false;
    this.applyRaised(dock);
    const covered = () => overlaps(focused.getBoundingClientRect(), dock.getBoundingClientRect());
    // In the next frame, before it is painted (bars.ts): WebKit scrolls the focused element into view
    // only after `focusin`, which would undo a scroll made now.
    inNextFrame(() => {
      if (!covered()) return;
      const a = focused.getBoundingClientRect();
      const b = dock.getBoundingClientRect();
      const top = this.resolvedPosition === 'top';
      this.view.scrollBy({ top: top ? a.top - b.bottom - 8 : a.bottom - b.top + 8, behavior: 'instant' });
      if (covered()) {
        this.raisedForFocus = true;
        this.applyRaised(dock);
      }
    });
  };

  private applyRaised(dock: HTMLElement): void {
    const raised = this.raisedForFocus || this.raisedForWidget;
    // A raised floating button sits below the top bars (a `top` banner or exit bar), never on them.
    if (raised) dock.style.setProperty('--_top-inset', `${topInset(this.ownerDocument)}px`);
    dock.classList.toggle('raised', raised);
  }

  /**
   * The floating button never covers another widget's control (a banner's Hide button, a card's Copy
   * button, a sign-up field): when one is under it, the button steps to the top edge, if nothing is
   * there. Its safety hint never covers a form field of the page: it is left out while one is under
   * it. Checked once per frame while the page scrolls, resizes or changes its layout, at the start of
   * the frame (bars.ts), measured where the button rests, in one synchronous pass (nothing flickers).
   */
  private readonly avoidWidgets = (): void => {
    const dock = this.renderRoot.querySelector<HTMLElement>('.dock');
    const control = this.control;
    if (!dock || !control || this.resolvedPosition !== 'bottom-end' || hasExited(this.view)) return;
    dock.classList.remove('raised', 'hint-hidden');
    const hint = dock.querySelector('.hint')?.getBoundingClientRect();
    const fields = Array.from(this.ownerDocument.querySelectorAll(FORM_FIELDS), (field) =>
      field.getBoundingClientRect(),
    );
    const hideHint = hint !== undefined && fields.some((field) => overlaps(hint, field));
    dock.classList.toggle('hint-hidden', hideHint);
    const rest = control.getBoundingClientRect();
    const controls = this.otherWidgetControls();
    const covered = (box: Box) => controls.some((other) => overlaps(box, other));
    this.raisedForWidget = false;
    if (covered(rest)) {
      const top = topInset(this.ownerDocument) + RAISED_GAP;
      const raised = { left: rest.left, right: rest.right, top, bottom: top + rest.height };
      this.raisedForWidget = !covered(raised);
    }
    // Raised, the hint would hang down over the page: the button goes alone.
    if (this.raisedForWidget) dock.classList.add('hint-hidden');
    this.applyRaised(dock);
  };

  /** The boxes of every control of the page's other widgets (not quick exits: they float too). */
  private otherWidgetControls(): DOMRect[] {
    const boxes: DOMRect[] = [];
    if (registeredTags.length === 0) return boxes;
    for (const host of Array.from(this.ownerDocument.querySelectorAll(registeredTags.join(',')))) {
      if (host === this || host.localName === 'quick-exit') continue;
      for (const root of [host.shadowRoot, host]) {
        for (const control of Array.from(root?.querySelectorAll(CONTROLS) ?? []))
          if (!control.closest('quick-exit')) boxes.push(control.getBoundingClientRect());
      }
    }
    return boxes;
  }

  private readonly scheduleAvoid = (): void => inNextFrame(this.avoidWidgets);

  /**
   * Checks again in the next frame when the page scrolls or resizes, or its layout changes (a banner
   * appears, a form opens); the first check is in the frame after the button is drawn.
   */
  private watchScrolling(on: boolean): void {
    const method = on ? 'addEventListener' : 'removeEventListener';
    this.view[method]('scroll', this.scheduleAvoid, { passive: true, capture: true });
    this.view[method]('resize', this.scheduleAvoid);
    if (on) {
      this.layoutObserver ??= new ResizeObserver(this.scheduleAvoid);
      this.layoutObserver.observe(this.ownerDocument.documentElement);
      this.scheduleAvoid();
    } else {
      this.layoutObserver?.disconnect();
      this.layoutObserver = undefined;
    }
  }

  private releaseBar(): void {
    if (this.bar) releaseBar(this.bar);
    this.bar = undefined;
  }

  /** The destination as of the last render (what the link shows is where the exit goes). */
  private resolvedDestination?: string;

  protected override shouldUpdate(): boolean {
    return !hasExited(this.view);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.resolvedDestination = this.destination;
    // `decoy-url` is read at exit time, but checked (and a bad value warned about, once) as soon as it
    // is set, like `url`: the decoy only opens on a real click, so nobody would see the warning else.
    if (changed.has('decoyUrl')) resolveDecoyUrl(this.decoyUrl, (message) => this.warn(message));
    if (changed.has('shortcut') || changed.has('shortcutTimeout') || changed.has('history')) this.wire();
  }

  protected override updated(): void {
    const dock = this.renderRoot.querySelector<HTMLElement>('.dock');
    if (!dock || hasExited(this.view)) return;
    // `position="top"`: the bar takes its own strip at the top of the page (see bars.ts).
    if (this.resolvedPosition === 'top') {
      this.bar ??= {
        host: this,
        box: dock,
        edge: 'top',
        place: (offset) => {
          dock.style.setProperty('--_top-offset', `${offset}px`);
          return true;
        },
      };
      claimBar(this.bar);
    } else this.releaseBar();
    this.watchScrolling(this.resolvedPosition === 'bottom-end');
    // The top layer: above any z-index, transform or cookie banner on the host page.
    if (dock.hasAttribute('popover')) toTopLayer(dock);
  }

  private renderHint() {
    const safetyUrl = urlFromAttribute(
      'safety-url',
      this.safetyUrl,
      'the safety hint is not shown',
      (message) => this.warn(message),
    );
    if (safetyUrl === null) return nothing;
    return html`<p class="hint" part="hint">
      ${this.hint ?? this.localize.term('quickExitHint')}
      <a href=${safetyUrl}>${this.safetyLinkText ?? this.localize.term('quickExitSafetyLink')}</a>
    </p>`;
  }

  override render() {
    const position = this.resolvedPosition;
    return html`<div class="base" part="base" lang=${this.localize.lang()} dir=${this.localize.dir()}>
      <div class="dock ${position}" part="dock" popover=${position === 'inline' ? nothing : 'manual'}>
        <a
          class="control"
          part="control"
          href=${this.resolvedDestination ?? this.destination}
          rel="noreferrer nofollow"
          draggable="false"
          @click=${this.onClick}
          >${this.label ?? this.localize.term('quickExitLabel')}<span class="visually-hidden">
            ${this.emergencyText ?? this.localize.term('quickExitEmergency')}</span
          ></a
        >
        ${this.renderHint()}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.status}</div>
    </div>`;
  }
}
