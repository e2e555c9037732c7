import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { StatElement } from '../../base/stat-element.js';
import { claimBar, placeNewBars, releaseBar, type Bar } from '../../base/bars.js';
import { StatContactEvent, type ContactChannel } from '../../base/events.js';
import { aboutHotline } from '../../base/hotline-parts.js';
import { regionName } from '../../i18n/names.js';
import type { TranslationKey } from '../../i18n/en.js';
import {
  browserStorage,
  dismissalKey,
  isDismissed,
  parseRemember,
  recordDismissal,
  type RememberMode,
  type StorageAccess,
} from '../../lib/dismissal.js';
import { toTopLayer } from '../../lib/exit.js';
import { quote } from '../../lib/warn.js';
import { urlFromAttribute } from '../../lib/safe-url.js';
import { smsPlatform } from '../../lib/phone.js';
import type { ContactNumber, TextLine } from '../../lib/hotline.js';
import { DEFAULT_PRESET, matchesPathList, resolveBanner, type BannerView } from './banner-model.js';
import { styles } from './help-banner.styles.js';

export type HelpBannerPosition = HelpBanner['position'];
export type HelpBannerTone = HelpBanner['tone'];

/** Fired when the visitor hides the banner. Bubbles out of shadow roots; carries no data. */
export class StatDismissEvent extends Event {
  constructor() {
    super('stat-dismiss', { bubbles: true, composed: true });
  }
}

const POSITIONS = ['inline', 'top', 'bottom'] as const;
const TONES = ['calm', 'urgent'] as const;
type Position = HelpBanner['position'];

/** A sticky banner taller than this share of the viewport stays in the flow instead (see below). */
const MAX_STICKY_SHARE = 0.4;
/** px: how much shorter than the limit a too-tall banner must get before it sticks again. */
const STICKY_HYSTERESIS = 48;
/** px: the room the exit control takes when it sits inside the banner (a 44 px row and a gap). */
const EXIT_ROW_ALLOWANCE = 56;

/** Landmarks focus may move to after a dismiss (the next one after the banner in document order). */
const LANDMARKS = [
  'main',
  'nav',
  'aside',
  'header',
  'footer',
  'form[aria-label]',
  'form[aria-labelledby]',
  'section[aria-label]',
  'section[aria-labelledby]',
  '[role="main"]',
  '[role="navigation"]',
  '[role="complementary"]',
  '[role="banner"]',
  '[role="contentinfo"]',
  '[role="region"]',
  '[role="search"]',
].join(',');

/**
 * @summary A strip that tells every visitor where to get help now: the emergency number first, then
 * the hotline with call, text and copy actions. Private by design: no request, no cookie, and no
 * storage write unless the visitor hides it.
 *
 * @tagname help-banner
 *
 * @attr preset - Which hotline to show (the same ids as `<hotline-card>`). Default `us-trafficking`.
 * @attr message - Replaces the sentence (plain text). The call/text/copy actions stay.
 * @attr emergency-number - Overrides the preset country's emergency number (e.g. `112`); `none` leaves
 *   the line out. A number that does not parse warns and keeps the preset's.
 * @attr position - `inline` (default, in the page flow), `top` (a bar across the top of the page,
 *   wherever the tag sits: the page is pushed down, so it covers nothing) or `bottom` (sticky, in
 *   flow, taking its own space). A top or bottom banner taller than 40% of the viewport does not stay
 *   on screen while scrolling (the element then carries an unstuck attribute), and its exit floats.
 * @attr dismissible - On by default; `dismissible="false"` removes the hide button.
 * @attr remember - How long a dismissal lasts: `session` (default, sessionStorage), `none` (nothing
 *   is stored) or a number of days (localStorage, 1–365).
 * @attr emergency - No hide button, and any stored dismissal is ignored.
 * @attr emergency-paths - Pages where the banner acts as `emergency`: paths separated by spaces,
 *   `*` matching anything (e.g. `/report /get-help/*`), compared with the page's `location.pathname`.
 * @attr exit - Adds a quick-exit control that behaves exactly like `<quick-exit>`.
 * @attr exit-url - Where the quick exit goes (same rules and default as `<quick-exit url>`).
 * @attr safety-url - Your safety-tips page: the exit then shows a hint that it does not erase history
 *   or protect a monitored device, with a link here (as `<quick-exit safety-url>`).
 * @attr exit-hint - Replaces that hint's text.
 * @attr safety-link-text - Replaces the text of the safety-tips link.
 * @attr emit-events - When present, call/text/copy/emergency actions fire `stat-contact` events.
 * @attr tone - `calm` (default) or `urgent`.
 * @attr label - The region's accessible name (default "Where to get help").
 * @attr emergency-label - Replaces "In immediate danger?".
 * @attr dismiss-label - Replaces the hide button's text.
 *
 * @slot - Fully custom message content; replaces the sentence (the actions stay).
 * @slot fallback - Content shown only when JavaScript does not run (e.g. a plain `tel:` link).
 *   Replaced by the banner when it upgrades, in the same space.
 *
 * @csspart base - The banner region.
 * @csspart emergency - The emergency line.
 * @csspart message - The sentence (or the slotted message).
 * @csspart actions - The row of call, text and copy actions.
 * @csspart action - Each call/text link and the copy button.
 * @csspart dismiss - The hide button.
 * @csspart exit - The embedded `<quick-exit>` (with `exit`).
 * @csspart exit-control - The quick-exit button itself.
 *
 * @cssproperty --stat-font-family - Font stack.
 * @cssproperty --stat-font-size - Base font size (default 16px).
 * @cssproperty --stat-color-text - Text colour.
 * @cssproperty --stat-color-background - Banner background (calm tone).
 * @cssproperty --stat-color-accent - Action background.
 * @cssproperty --stat-color-accent-text - Action text.
 * @cssproperty --stat-color-border - Border colour.
 * @cssproperty --stat-color-urgent - Emergency call and urgent-tone border (default #b91c1c, as `<quick-exit>`).
 * @cssproperty --stat-color-urgent-background - Banner background in the urgent tone (default #fdecec).
 * @cssproperty --stat-radius - Corner radius of the actions.
 * @cssproperty --stat-space - Padding unit.
 * @cssproperty --stat-focus-ring - Focus outline colour.
 * @cssproperty --stat-z-index - Stacking order of sticky banners (default 2147483647).
 *
 * @event {StatDismissEvent} stat-dismiss - The visitor hid the banner (no detail).
 * @event {StatContactEvent} stat-contact - With `emit-events` only: `detail` is `{hotline, channel}`, nothing else.
 */
export class HelpBanner extends StatElement {
  static override styles = styles;

  static override properties = {
    preset: { type: String, fallback: DEFAULT_PRESET },
    message: { type: String },
    emergencyNumber: { type: String, attribute: 'emergency-number' },
    position: { type: String, reflect: true, fallback: 'inline' },
    // On unless it says otherwise (`dismissible="false"`): absent means on.
    dismissible: { type: Boolean, fallback: true },
    remember: { type: String, fallback: 'session' },
    emergency: { type: Boolean },
    emergencyPaths: { type: String, attribute: 'emergency-paths' },
    exit: { type: Boolean },
    exitUrl: { type: String, attribute: 'exit-url' },
    safetyUrl: { type: String, attribute: 'safety-url' },
    exitHint: { type: String, attribute: 'exit-hint' },
    safetyLinkText: { type: String, attribute: 'safety-link-text' },
    emitEvents: { type: Boolean, attribute: 'emit-events' },
    tone: { type: String, reflect: true, fallback: 'calm' },
    label: { type: String },
    emergencyLabel: { type: String, attribute: 'emergency-label' },
    dismissLabel: { type: String, attribute: 'dismiss-label' },
    dismissed: { state: true },
    announcement: { state: true },
    hasCustomMessage: { state: true },
    tooTall: { state: true },
  };

  declare preset: string;
  declare message: string | undefined;
  declare emergencyNumber: string | undefined;
  declare position: 'inline' | 'top' | 'bottom';
  declare dismissible: boolean;
  declare remember: string;
  declare emergency: boolean;
  declare emergencyPaths: string | undefined;
  declare exit: boolean;
  declare exitUrl: string | undefined;
  declare safetyUrl: string | undefined;
  declare exitHint: string | undefined;
  declare safetyLinkText: string | undefined;
  declare emitEvents: boolean;
  declare tone: 'calm' | 'urgent';
  declare label: string | undefined;
  declare emergencyLabel: string | undefined;
  declare dismissLabel: string | undefined;
  declare protected dismissed: boolean;
  declare protected announcement: string;
  declare protected hasCustomMessage: boolean;
  /** A sticky banner too tall for the viewport: it stays in the flow (see `stick`). */
  declare protected tooTall: boolean;

  /** Where dismissals are remembered: the page's own session/local storage, looked up lazily. */
  private readonly storage: StorageAccess = browserStorage;

  /** Height the no-JS fallback took before the upgrade: held so the upgrade does not move the page. */
  private reservedHeight: number | undefined;
  /**
   * `exit-url` and `safety-url`, checked here (the webmaster typed them on this tag, so the warning
   * names it); the embedded `<quick-exit>` only ever receives a valid URL, or none (its default).
   */
  private validExitUrl: string | null = null;
  private validSafetyUrl: string | null = null;
  /** The page's path is in `emergency-paths`: the banner acts as `emergency`. */
  private onEmergencyPath = false;
  /** The banner's bar while it sticks to an edge of the viewport (see bars.ts). */
  private bar: Bar | undefined;
  private releaseReserve = () => {
    this.reservedHeight = undefined;
    this.requestUpdate();
  };

  constructor() {
    super();
    this.dismissed = false;
    this.announcement = '';
    this.hasCustomMessage = false;
    this.tooTall = false;
  }

  override connectedCallback(): void {
    this.holdFallbackHeight();
    super.connectedCallback();
    this.hasCustomMessage = this.hasLightContent('default');
  }

  /**
   * The light-DOM fallback's height is held, so an upgrade never pulls the page up: only when the page
   * has been painted with it (an upgrade before the first paint has nothing to preserve).
   *
   * The one size read made while the page is built (see bars.ts), on purpose: a no-shift first paint
   * wins over the no-forced-layout rule. The page's reserve CSS (`help-banner:not(:defined)`, README)
   * stops applying in the very task that defines the element, so the banner must take the fallback's
   * place in that task (read it, render at once, place its bar): measured in the next frame instead,
   * every task until then saw the page collapse under a bare fallback and jump back. One read per
   * late-upgrading banner.
   */
  private holdFallbackHeight(): void {
    if (
      this.hasUpdated ||
      this.reservedHeight !== undefined ||
      !this.hasLightContent('fallback') ||
      performance.getEntriesByType('paint').length === 0
    )
      return;
    this.reservedHeight = this.getBoundingClientRect().height;
    // A new viewport width means a new layout anyway: stop holding the old height.
    window.addEventListener('resize', this.releaseReserve, { once: true });
  }

  /**
   * A banner that replaces its painted fallback connects and renders in the frame that measured it,
   * never in a later slice: the frame in between would be drawn with neither (the shadow root hides
   * the fallback), and the page under it would jump up and back down.
   */
  protected override rendersAtOnce(): boolean {
    return this.reservedHeight !== undefined || super.rendersAtOnce();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('resize', this.releaseReserve);
    this.releaseBar();
  }

  /** Whether the light DOM holds content for the default slot or for `slot="fallback"`. */
  private hasLightContent(which: 'default' | 'fallback'): boolean {
    for (const node of Array.from(this.childNodes)) {
      if (node instanceof Element) {
        const slot = node.getAttribute('slot');
        if (which === 'fallback' ? slot === 'fallback' : slot === null) return true;
      } else if (which === 'default' && node.nodeType === Node.TEXT_NODE && node.textContent?.trim()) {
        return true;
      }
    }
    return false;
  }

  // ── resolve: attributes → what to show ──────────────────────────────────────────────────────

  private get resolvedPosition(): Position {
    return (POSITIONS as readonly string[]).includes(this.position) ? (this.position as Position) : 'inline';
  }

  private get rememberMode(): RememberMode {
    return parseRemember(this.remember).mode;
  }

  /**
   * The resolved banner. Recomputed in `willUpdate` only when `preset` or `emergency-number` change,
   * and its warnings logged then (once each).
   */
  private view!: BannerView;

  private resolveView(): void {
    // iOS and the rest disagree on the sms: body separator; the keyword is visible text either way.
    const platform = smsPlatform(navigator.userAgent, navigator.maxTouchPoints);
    const { view, warnings } = resolveBanner(
      this.preset,
      this.emergencyNumber?.trim() || undefined,
      platform,
    );
    this.view = view;
    for (const warning of warnings) this.warn(warning);
  }

  /** `emergency`, or a page listed in `emergency-paths`. */
  private get isEmergency(): boolean {
    return this.emergency || this.onEmergencyPath;
  }

  /** Whether a hide button is offered: never on emergency banners. */
  private get canDismiss(): boolean {
    return this.dismissible && !this.isEmergency;
  }

  /**
   * The text the dismissal key is derived from: everything that changes what the visitor reads, so a
   * new message shows again. Includes the language, since a visitor who hid the English text has not
   * seen the Spanish one.
   */
  private contentSignature(): string {
    const custom = this.hasCustomMessage
      ? Array.from(this.childNodes)
          .filter((node) => !(node instanceof Element && node.hasAttribute('slot')))
          .map((node) => node.textContent ?? '')
          .join(' ')
          .replace(/\s+/g, ' ')
          .trim()
      : '';
    return [
      this.view.id,
      this.localize.lang(),
      this.message ?? '',
      custom,
      this.view.emergency?.display ?? '',
    ].join('\u241e');
  }

  private get storageKey(): string {
    return dismissalKey(this.contentSignature());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('preset') || changed.has('emergencyNumber')) this.resolveView();
    if (changed.has('position') && this.position !== this.resolvedPosition) {
      this.warn(`position ${quote(this.position)} is not inline, top or bottom; using inline.`);
    }
    if (changed.has('tone') && !(TONES as readonly string[]).includes(this.tone)) {
      this.warn(`tone ${quote(this.tone)} is not calm or urgent; using calm.`);
    }
    if (changed.has('emergencyPaths')) {
      const { match, bad } = matchesPathList(
        this.emergencyPaths ?? '',
        globalThis.location?.pathname ?? '', // none under SSR
      );
      this.onEmergencyPath = match;
      if (bad.length)
        this.warn(`emergency-paths: ${bad.map(quote).join(', ')} are not paths (start with /).`);
    }
    // Checked here, so a bad value's one warning names the tag it was typed on.
    const warn = (message: string) => this.warn(message);
    if (changed.has('exitUrl'))
      this.validExitUrl = urlFromAttribute('exit-url', this.exitUrl, 'using the default exit', warn);
    if (changed.has('safetyUrl'))
      this.validSafetyUrl = urlFromAttribute('safety-url', this.safetyUrl, 'no safety note', warn);
    if (changed.has('remember')) {
      const { error } = parseRemember(this.remember);
      if (error) this.warn(`${error} Using "session".`);
    }
    // A stored dismissal is looked up once, before the first render, so a hidden banner never
    // flashes. Emergency banners and `remember="none"` never read storage at all.
    if (!this.hasUpdated && this.canDismiss) {
      this.dismissed = isDismissed(this.storageKey, this.rememberMode, this.storage, Date.now());
    }
    if (this.isEmergency) this.dismissed = false;
  }

  protected override updated(): void {
    // Hold the fallback's height (see connectedCallback). Through the CSSOM, in the same frame as the
    // render: a `style` attribute (or Lit's styleMap, whose first render writes one) breaks under a
    // strict CSP without 'unsafe-inline'.
    const base = this.renderRoot.querySelector<HTMLElement>('.base')!;
    if (this.reservedHeight && !this.dismissed)
      base.style.setProperty('min-height', `${this.reservedHeight}px`);
    else base.style.removeProperty('min-height');
    // A top bar lives in the top layer: above any z-index or transform of the page it sits in.
    if (base.hasAttribute('popover') && !this.dismissed) toTopLayer(base);
    this.toggleAttribute('unstuck', this.tooTall);
    // A sticky banner is a bar (bars.ts), measured and placed again after every update.
    const edge = this.resolvedPosition;
    const sticky = edge !== 'inline' && !this.dismissed;
    if (this.bar?.edge !== edge || !sticky) this.releaseBar();
    if (sticky) {
      this.bar ??= {
        host: this,
        // A top bar's own box (fixed: the host keeps no height in the page), or the sticky host.
        box: edge === 'top' ? base : this,
        edge,
        place: (offset, height, viewport) => {
          base.style.setProperty('--_top-offset', `${offset}px`);
          return this.stick(height, viewport);
        },
      };
      claimBar(this.bar);
      // Over a painted fallback, in this task too (see holdFallbackHeight): a top bar's box is fixed,
      // so until it is placed its tag would keep no space.
      if (this.reservedHeight !== undefined) placeNewBars();
    } else if (this.tooTall) this.tooTall = false;
  }

  // ── behaviour ───────────────────────────────────────────────────────────────────────────────

  private onDismiss(): void {
    const hadFocus = this.shadowRoot?.activeElement != null;
    // The only storage write this element ever makes, and only because the visitor asked.
    recordDismissal(this.storageKey, this.rememberMode, this.storage, Date.now());
    this.dismissed = true;
    this.reservedHeight = undefined;
    this.announcement = this.localize.term('bannerDismissed');
    this.emit(new StatDismissEvent());
    if (hadFocus) this.moveFocusAfterDismiss();
  }

  /**
   * Focus was on the hide button, which is gone: move it to the next landmark after the banner (or
   * the nearest one before it), so keyboard and screen-reader users continue where they were.
   */
  private moveFocusAfterDismiss(): void {
    const landmarks = Array.from(document.querySelectorAll<HTMLElement>(LANDMARKS)).filter(
      (el) => !el.contains(this) && !this.contains(el),
    );
    const following = landmarks.find(
      (el) => this.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
    const target = following ?? landmarks.reverse().find(() => true);
    if (!target) {
      (this.shadowRoot?.activeElement as HTMLElement | null)?.blur();
      return;
    }
    if (!target.hasAttribute('tabindex')) {
      // Temporary, and removed on blur: the page's markup is left as it was.
      target.setAttribute('tabindex', '-1');
      target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
    }
    target.focus({ preventScroll: true });
  }

  private contact(channel: ContactChannel): void {
    if (this.emitEvents) this.emit(new StatContactEvent(this.view.id, channel));
  }

  private onCopy(): void {
    const number = this.view.call?.copyText;
    if (!number) return;
    this.contact('copy');
    const announce = (message: string) => {
      // Cleared first, so a second copy is announced again.
      this.announcement = '';
      void this.updateComplete.then(() => (this.announcement = message));
    };
    const failed = () => announce(this.localize.term('hotlineCopyFailed', { number }));
    // Called synchronously inside the click: iOS refuses clipboard writes made later. Only a write
    // that succeeded is announced as done; otherwise the number is read out instead.
    if (!navigator.clipboard?.writeText) return failed();
    navigator.clipboard
      .writeText(number)
      .then(() => announce(this.localize.term('hotlineNumberCopied')), failed);
  }

  /**
   * Whether a sticky banner `height` px tall stays on screen. One taller than 40% of the viewport (a
   * phone, a zoomed page) would bury the page, so it stays in the flow instead (`unstuck`), and its
   * quick exit (if any) becomes the floating `<quick-exit>` button, so the exit is still always on
   * screen. Hysteresis keeps the two states from flickering.
   */
  private stick(height: number, viewport: number): boolean {
    // Compare like with like: the height the banner has with its exit inline.
    const limit = viewport * MAX_STICKY_SHARE;
    const tooTall = this.tooTall ? height + EXIT_ROW_ALLOWANCE > limit - STICKY_HYSTERESIS : height > limit;
    this.tooTall = tooTall;
    this.toggleAttribute('unstuck', tooTall);
    return !tooTall;
  }

  private releaseBar(): void {
    if (this.bar) releaseBar(this.bar);
    this.bar = undefined;
  }

  // ── render ──────────────────────────────────────────────────────────────────────────────────

  private renderMessage(hotline: BannerView): TemplateResult | string {
    if (this.message?.trim()) return this.message.trim();
    const term = this.localize;
    const facts = term.term(hotline.alwaysOpen ? 'bannerFactsAlwaysOpen' : 'bannerFacts');
    const text = hotline.text
      ? hotline.text.keyword
        ? term.term('bannerTextKeyword', { keyword: hotline.text.keyword, number: hotline.text.display })
        : term.term('bannerTextNumber', { number: hotline.text.display })
      : undefined;
    const key =
      hotline.topic === 'trafficking'
        ? text
          ? 'bannerMessage'
          : 'bannerMessageCallOnly'
        : text
          ? 'bannerMessageOther'
          : 'bannerMessageOtherCallOnly';
    // The hotline's name keeps its own language (a Spanish name in an English banner: WCAG 3.1.2).
    // Split on {name} so it can be wrapped; every piece is text, never HTML.
    const template = term.term(key, { call: hotline.call?.display ?? '', facts, ...(text ? { text } : {}) });
    const pieces = template.split('{name}');
    if (pieces.length === 1) return template;
    const name =
      hotline.nameLang === term.lang()
        ? hotline.name
        : html`<span lang=${hotline.nameLang}>${hotline.name}</span>`;
    return html`${pieces.map((piece, i) => (i === 0 ? piece : html`${name}${piece}`))}`;
  }

  /** "In immediate danger? Call 911": first in reading order, before the hotline. */
  private renderEmergency(emergency: ContactNumber): TemplateResult {
    // The card's words for the same line, so both elements say it the same way.
    const call = this.localize.term('hotlineCall', { number: emergency.display });
    return html`<p class="emergency" part="emergency">
      <span>${this.emergencyLabel?.trim() || this.localize.term('hotlineEmergencyPrompt')}</span>
      ${
        emergency.href
          ? html`<a
              class="action emergency-call"
              part="action"
              href=${emergency.href}
              @click=${() => this.contact('emergency')}
              >${call}</a
            >`
          : html`<strong>${call}</strong>`
      }
    </p>`;
  }

  /** "Text HELP to 233733", and for a carrier short code the card's "US mobile networks only". */
  private renderTextAction(text: TextLine, about: TemplateResult): TemplateResult {
    const term = this.localize;
    return html`<a class="action text" part="action" href=${text.smsHref} @click=${() => this.contact('text')}
      >${
        text.keyword
          ? term.term('hotlineText', { keyword: text.keyword, number: text.display })
          : term.term('hotlineTextNumber', { number: text.display })
      }${
        text.shortCodeRegion
          ? html`<span class="note"
              >${term.term('hotlineShortCodeHint', {
                region: regionName(text.shortCodeRegion, term.lang()),
              })}</span
            >`
          : nothing
      }${about}</a
    >`;
  }

  override render() {
    const hotline = this.view;
    const emergency = hotline.emergency;
    const term = (key: TranslationKey, params?: Record<string, string>) => this.localize.term(key, params);
    const dismissText = this.dismissLabel?.trim() || term('bannerDismiss');
    // Every hotline action is named with its visible text plus the hotline's name, as on the card.
    const about = (before?: string) => aboutHotline(hotline.name, before);
    return html`
      <section
        class="base"
        part="base"
        aria-label=${this.label?.trim() || term('bannerLabel')}
        lang=${this.localize.lang()}
        dir=${this.localize.dir()}
        popover=${this.resolvedPosition === 'top' ? 'manual' : nothing}
        ?hidden=${this.dismissed}
      >
        ${
          this.exit
            ? html`<quick-exit
                class="exit"
                part="exit"
                exportparts="control: exit-control"
                position=${this.tooTall ? 'bottom-end' : 'inline'}
                url=${ifDefined(this.validExitUrl ?? undefined)}
                safety-url=${ifDefined(this.validSafetyUrl ?? undefined)}
                hint=${this.exitHint?.trim() || term('bannerExitHint')}
                safety-link-text=${ifDefined(this.safetyLinkText?.trim() || undefined)}
              ></quick-exit>`
            : nothing
        }
        ${emergency ? this.renderEmergency(emergency) : nothing}
        <div class="message" part="message">
          <slot @slotchange=${() => (this.hasCustomMessage = this.hasLightContent('default'))}></slot>
          ${this.hasCustomMessage ? nothing : html`<p>${this.renderMessage(hotline)}</p>`}
        </div>
        <div class="actions" part="actions">
          ${
            hotline.call?.href
              ? html`<a
                  class="action"
                  part="action"
                  href=${hotline.call.href}
                  @click=${() => this.contact('call')}
                  >${term('hotlineCall', { number: hotline.call.display })}${about()}</a
                >`
              : nothing
          }
          ${hotline.text?.smsHref ? this.renderTextAction(hotline.text, about()) : nothing}
          <button class="action copy" part="action" type="button" @click=${this.onCopy}>
            ${term('bannerCopyNumber')}${about(hotline.call?.display)}
          </button>
        </div>
        ${
          this.canDismiss
            ? html`<button
                class="dismiss"
                part="dismiss"
                type="button"
                aria-label=${this.dismissLabel?.trim() ? dismissText : term('bannerDismissName')}
                @click=${this.onDismiss}
              >
                <span aria-hidden="true" class="dismiss-icon">×</span>
                <span>${dismissText}</span>
              </button>`
            : nothing
        }
      </section>
      <div class="visually-hidden" role="status">${this.announcement}</div>
    `;
  }
}
