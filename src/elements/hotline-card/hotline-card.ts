import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ChangeTimer } from '../../base/change-timer.js';
import { headingLevel } from '../../base/heading.js';
import { StatElement } from '../../base/stat-element.js';
import { en, type TranslationKey } from '../../i18n/en.js';
import { baseLanguage } from '../../i18n/localize.js';
import { languageName, listOfNames, regionName } from '../../i18n/names.js';
import { formatSchedule, formatWallTime, hoursStatus, zoneLabel } from '../../lib/hours.js';
import { resolveHotline, type ContactNumber, type HotlineModel } from '../../lib/hotline.js';
import { smsPlatform } from '../../lib/phone.js';
import { quote } from '../../lib/warn.js';
import { styles } from './hotline-card.styles.js';
import { StatContactEvent, type ContactChannel } from '../../base/events.js';

// The event this element fires, for typings generated from the manifest.
export { StatContactEvent };
import { aboutHotline } from '../../base/hotline-parts.js';

export type HotlineCardVariant = HotlineCard['variant'];

const HOTLINE_KEYS = new Set(
  Object.keys(en).filter((key) => key.startsWith('hotline') || ['copy', 'copied', 'newTab'].includes(key)),
);

/** Splits `Call {number}` around its placeholders so parts can be links or hidden text. */
function pieces(template: string, parts: Record<string, unknown>): unknown[] {
  return template.split(/(\{\w+\})/).map((piece) => {
    const name = /^\{(\w+)\}$/.exec(piece)?.[1];
    return name !== undefined && name in parts ? parts[name] : piece;
  });
}

/**
 * @summary A hotline with numbers that always dial correctly, a copy button beside each, the text
 * keyword as visible text, and honest "open now" hours in the hotline's own time zone. Private by
 * design: no request, cookie or storage write, ever.
 *
 * @tagname hotline-card
 *
 * @attr preset - A built-in, sourced hotline: `us-trafficking`, `us-988`, `us-ncmec`, `mx-trafficking`,
 *   `ca-trafficking`, `uk-modern-slavery`. Every other attribute overrides one of its fields.
 * @attr name - The hotline's name (also part of every action's accessible name).
 * @attr phone - Number(s) as the organisation writes them: `1-800-THE-LOST`, `(619) 521-2250 x3804`,
 *   `+52 800 5533 000`, `988`; several separated by `;` or ` or `. A number that would not dial exactly
 *   as written stays text, with a console warning saying what to write instead.
 * @attr country - ISO region for national numbers and for where short numbers dial (default: the
 *   preset's country, else `US`).
 * @attr sms - Number or short code to text.
 * @attr sms-keyword - Word to text (always shown; prefilled as the message where phones allow).
 * @attr hours - `24/7`, or a weekly schedule like `Mo-Fr 08:00-17:00; Sa 10:00-14:00` (spans past
 *   midnight and date overrides such as `2026-12-25 off` allowed).
 * @attr timezone - IANA zone of the hours, e.g. `America/Los_Angeles`.
 * @attr languages - BCP 47 tags the line answers in, e.g. `en es`.
 * @attr description - One plain-text sentence about the service.
 * @attr website - The service's website (http/https; opens in a new tab without referrer).
 * @attr chat-url - Chat page(s); several as `en=https://… fr=https://…` (paired: both or neither).
 * @attr emergency - Emergency number shown first (default: the country's, e.g. 911 or 999); `none` hides it.
 * @attr variant - `full` (default) or `compact` (emergency, name, status, numbers and text only).
 * @attr heading-level - Heading level of the name, 2–6 (default 3; any other value warns and uses 3).
 * @attr emit-events - When present, actions fire `stat-contact` events for the host to count.
 * @attr labels - JSON object replacing any text, by key without the `hotline` prefix, e.g.
 *   `{"call":"Dial {number}","copied":"Copied!"}` (keys: "Your own words" on its documentation page).
 *
 * @slot - Fallback shown only when JavaScript does not run (e.g. a plain `<a href="tel:…">`).
 *
 * @csspart base - The card.
 * @csspart emergency - The "In immediate danger?" line.
 * @csspart name - The hotline name.
 * @csspart description - The description.
 * @csspart status - The open/closed line.
 * @csspart numbers - The list of numbers.
 * @csspart action - Every call/text link and copy button.
 * @csspart call - Each call link.
 * @csspart copy - Each copy button.
 * @csspart text - The text (SMS) link.
 * @csspart details - Hours, languages and links (full variant).
 *
 * @cssproperty --stat-font-family - Font stack.
 * @cssproperty --stat-font-size - Base font size (default 16px).
 * @cssproperty --stat-line-height - Line height (default 1.5).
 * @cssproperty --stat-color-text - Text colour.
 * @cssproperty --stat-color-background - Card background.
 * @cssproperty --stat-color-accent - Action background.
 * @cssproperty --stat-color-accent-text - Action text.
 * @cssproperty --stat-color-border - Card and copy-button border.
 * @cssproperty --stat-color-urgent - Accent of the emergency line.
 * @cssproperty --stat-radius - Corner radius.
 * @cssproperty --stat-space - Spacing unit.
 * @cssproperty --stat-focus-ring - Focus outline colour.
 *
 * @event {StatContactEvent} stat-contact - With `emit-events` only: `detail` is `{hotline, channel}`, nothing else.
 */
export class HotlineCard extends StatElement {
  static override styles = styles;

  static override properties = {
    preset: { type: String },
    name: { type: String },
    phone: { type: String },
    country: { type: String },
    sms: { type: String },
    smsKeyword: { type: String, attribute: 'sms-keyword' },
    hours: { type: String },
    timezone: { type: String },
    languages: { type: Array },
    description: { type: String },
    website: { type: String },
    chatUrl: { type: String, attribute: 'chat-url' },
    emergency: { type: String },
    variant: { type: String, reflect: true, fallback: 'full' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    emitEvents: { type: Boolean, attribute: 'emit-events' },
    labels: { type: String },
    announcement: { state: true },
    copiedIndex: { state: true },
  };

  declare preset: string | undefined;
  declare name: string | undefined;
  declare phone: string | undefined;
  declare country: string | undefined;
  declare sms: string | undefined;
  declare smsKeyword: string | undefined;
  declare hours: string | undefined;
  declare timezone: string | undefined;
  declare languages: string[];
  declare description: string | undefined;
  declare website: string | undefined;
  declare chatUrl: string | undefined;
  declare emergency: string | undefined;
  declare variant: 'full' | 'compact';
  declare headingLevel: number | undefined;
  declare emitEvents: boolean;
  declare labels: string | undefined;
  declare protected announcement: string;
  declare protected copiedIndex: number | undefined;

  /** The resolved hotline (recomputed when an attribute changes). */
  protected model: HotlineModel | undefined;
  private overrides: Record<string, string> = {};
  /** One timer to the next open/closed change. */
  private readonly changes = new ChangeTimer(this);
  private clearTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.announcement = '';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.clearTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const inputs = [
      'preset',
      'name',
      'phone',
      'country',
      'sms',
      'smsKeyword',
      'hours',
      'timezone',
      'languages',
      'website',
      'chatUrl',
      'emergency',
      'description',
    ] as const;
    if (!this.model || inputs.some((key) => changed.has(key))) {
      const platform = smsPlatform(navigator.userAgent, navigator.maxTouchPoints);
      const { model, warnings } = resolveHotline(this, platform);
      for (const warning of warnings) this.warn(warning);
      this.model = model;
    }
    if (changed.has('labels')) this.overrides = this.parseLabels();
    if (changed.has('variant') && this.variant !== 'full' && this.variant !== 'compact') {
      this.warn(`variant ${quote(this.variant)} is not "full" or "compact"; using "full".`);
    }
  }

  private parseLabels(): Record<string, string> {
    if (!this.labels?.trim()) return {};
    let parsed: unknown;
    try {
      parsed = JSON.parse(this.labels);
    } catch {
      // Not JSON: refused below, with the same warning as JSON that is not an object.
    }
    const result: Record<string, string> = {};
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
      this.warn(
        `labels ${quote(this.labels)} is not a JSON object (e.g. {"call":"Dial {number}"}); the built-in text is used.`,
      );
      return result;
    }
    for (const [key, value] of Object.entries(parsed)) {
      const full = HOTLINE_KEYS.has(key) ? key : `hotline${key.charAt(0).toUpperCase()}${key.slice(1)}`;
      if (typeof value === 'string' && value.trim() && HOTLINE_KEYS.has(full)) result[full] = value;
      else
        this.warn(
          `labels: ${quote(key)} is not a text key of this card, or its value is empty; the built-in text is used.`,
        );
    }
    return result;
  }

  /** A string: the page's override if any, else the translation. Never empty. */
  private t(key: TranslationKey, params: Record<string, string> = {}): string {
    const override = this.overrides[key];
    if (override) return override.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
    return this.localize.term(key, params);
  }

  protected override updated(): void {
    const hours = this.model?.hours;
    this.changes.arm(
      hours?.parsed && hours.timeZone
        ? hoursStatus(hours.parsed, Date.now(), hours.timeZone).next?.at.getTime()
        : null,
    );
  }

  private contact(channel: ContactChannel): void {
    if (this.emitEvents && this.model) this.emit(new StatContactEvent(this.model.id, channel));
  }

  /**
   * Copies inside the click itself: iOS Safari only allows clipboard writes synchronously within the
   * user's gesture. Announces the result through the polite live region.
   */
  private copyNumber(index: number, contact: ContactNumber): void {
    this.contact('copy');
    const done = (ok: boolean) => {
      this.copiedIndex = ok ? index : undefined;
      this.announce(
        ok ? this.t('hotlineNumberCopied') : this.t('hotlineCopyFailed', { number: contact.copyText }),
      );
    };
    if (navigator.clipboard?.writeText) {
      navigator.clipboard.writeText(contact.copyText).then(
        () => done(true),
        () => done(false),
      );
    } else {
      done(false);
    }
  }

  private announce(message: string): void {
    // Clear first so the same message twice is announced twice.
    this.announcement = '';
    void this.updateComplete.then(() => {
      this.announcement = message;
      clearTimeout(this.clearTimer);
      this.clearTimer = setTimeout(() => {
        this.announcement = '';
        this.copiedIndex = undefined;
      }, 5000);
    });
  }

  override render() {
    const model = this.model;
    if (!model) return nothing;
    const lang = this.localize.lang();
    const compact = this.variant === 'compact';
    const level = headingLevel(this.headingLevel, 3, (message) => this.warn(message));
    const nameLang = model.nameLang && baseLanguage(model.nameLang) !== lang ? model.nameLang : undefined;
    return html`
      <article
        class="base ${compact ? 'compact' : 'full'}"
        part="base"
        lang=${lang}
        dir=${this.localize.dir()}
        aria-labelledby="name"
      >
        ${this.renderEmergency(model)}
        <div
          class="name"
          part="name"
          id="name"
          role="heading"
          aria-level=${level}
          lang=${ifDefined(nameLang)}
        >
          ${model.name}
        </div>
        ${
          !compact && model.description
            ? html`<p class="description" part="description">${model.description}</p>`
            : nothing
        }
        ${this.renderStatus(model)} ${this.renderSpanishLine(model, lang)}
        ${
          model.numbers.length
            ? html`<ul class="numbers" part="numbers">
                ${model.numbers.map((contact, index) => this.renderNumber(model, contact, index))}
              </ul>`
            : nothing
        }
        ${this.renderText(model)} ${compact ? nothing : this.renderDetails(model)}
        <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
          ${this.announcement}
        </p>
      </article>
    `;
  }

  private renderEmergency(model: HotlineModel) {
    const emergency = model.emergency;
    if (!emergency) return nothing;
    const number = emergency.href
      ? html`<a class="emergency-link" href=${emergency.href} @click=${() => this.contact('emergency')}
          >${emergency.display}</a
        >`
      : emergency.display;
    return html`<p class="emergency" part="emergency">
      <strong>${this.t('hotlineEmergencyPrompt')}</strong>
      ${pieces(this.rawTemplate('hotlineCall'), { number })}
    </p>`;
  }

  /** The template of a key with its placeholders intact (for splitting around links). */
  private rawTemplate(key: TranslationKey): string {
    return this.overrides[key] ?? this.localize.term(key);
  }

  private renderNumber(model: HotlineModel, contact: ContactNumber, index: number): TemplateResult {
    const name = model.name;
    let call: unknown;
    if (contact.href && contact.number?.short) {
      // Short numbers: only the digits are the link, so its name is exactly "988" / "711".
      const link = html`<a
        class="action call short accent"
        part="action call"
        href=${contact.href}
        @click=${() => this.contact('call')}
        >${contact.display}</a
      >`;
      call = html`<span class="call-line"
        >${pieces(this.rawTemplate('hotlineCall'), { number: link })}</span
      >`;
    } else if (contact.href) {
      // Named "Call 1-888-373-7888 (National Human Trafficking Hotline)": visible text first, see aboutHotline.
      call = html`<a
        class="action call accent"
        part="action call"
        href=${contact.href}
        @click=${() => this.contact('call')}
        >${this.t('hotlineCall', { number: contact.display })}${aboutHotline(name)}</a
      >`;
    } else {
      call = this.numberAsText(contact);
    }
    const copied = this.copiedIndex === index;
    return html`<li class="number row">
      ${call}
      <button
        type="button"
        class="action copy quiet"
        part="action copy"
        @click=${() => this.copyNumber(index, contact)}
      >
        ${copied ? this.t('copied') : this.t('copy')}${aboutHotline(name, contact.display)}
      </button>
    </li>`;
  }

  /** A number that is not a link: its text, and where it works when it is a short number from elsewhere. */
  private numberAsText(contact: ContactNumber) {
    const note = contact.onlyIn
      ? html` <span class="note"
          >(${this.t('hotlineOnlyIn', { region: regionName(contact.onlyIn, this.localize.locale()) })})</span
        >`
      : nothing;
    return html`<span class="number-text">${contact.display}</span>${note}`;
  }

  private renderText(model: HotlineModel) {
    const text = model.text;
    if (!text) return nothing;
    const label = text.keyword
      ? this.t('hotlineText', { keyword: text.keyword, number: text.display })
      : this.t('hotlineTextNumber', { number: text.display });
    const hint = text.shortCodeRegion
      ? html`<span class="note"
          >${this.t('hotlineShortCodeHint', { region: regionName(text.shortCodeRegion, this.localize.locale()) })}</span
        >`
      : nothing;
    return html`<p class="text-line row">
      ${
        text.smsHref
          ? html`<a
              class="action text accent"
              part="action text"
              href=${text.smsHref}
              @click=${() => this.contact('text')}
              >${label}${aboutHotline(model.name)}</a
            >`
          : html`<span class="text-label">${label}</span>`
      }
      ${hint}
    </p>`;
  }

  private renderStatus(model: HotlineModel) {
    const hours = model.hours;
    if (!hours) return nothing;
    const locale = this.localize.locale();
    let text: string;
    let state = 'unknown';
    if (!hours.parsed) {
      text = this.t('hotlineHoursAsGiven', { hours: hours.text });
    } else if (hours.parsed.kind === 'always') {
      text = this.t('hotlineOpen24');
      state = 'open';
    } else {
      const zone = hours.timeZone ?? 'UTC';
      const now = Date.now();
      const status = hoursStatus(hours.parsed, now, zone);
      state = status.open ? 'open' : 'closed';
      const params = status.next
        ? {
            time: formatWallTime(status.next.weekday, status.next.minute, locale),
            zone: zoneLabel(zone, locale, now),
          }
        : undefined;
      if (status.open) text = params ? this.t('hotlineOpenUntil', params) : this.t('hotlineOpenNow');
      else text = params ? this.t('hotlineClosedUntil', params) : this.t('hotlineClosed');
    }
    return html`<p class="status ${state}" part="status">${text}</p>`;
  }

  /** A Spanish line inside a card in another language, marked `lang="es"` (WCAG 3.1.2). */
  private renderSpanishLine(model: HotlineModel, lang: string) {
    if (lang === 'es' || !model.languages.some((tag) => baseLanguage(tag) === 'es')) return nothing;
    return html`<p class="spoken" lang="es">${this.localize.termIn('es', 'hotlineSpanishSpoken')}</p>`;
  }

  private renderDetails(model: HotlineModel) {
    const locale = this.localize.locale();
    const hours = model.hours;
    const schedule =
      hours?.parsed?.kind === 'weekly' && hours.timeZone
        ? formatSchedule(hours.parsed, locale, this.t('hotlineClosedDay'))
        : [];
    const tty = model.tty;
    const newTab = html`<span class="visually-hidden"> ${this.t('newTab')}</span>`;
    const languages = model.languages.map((tag) => languageName(tag, locale));
    return html`<div class="details" part="details">
      ${
        schedule.length && hours?.timeZone
          ? html`<div class="schedule">
              <span>${this.t('hotlineHours', { zone: zoneLabel(hours.timeZone, locale) })}</span>
              <ul>
                ${schedule.map((line) => html`<li>${line}</li>`)}
              </ul>
            </div>`
          : nothing
      }
      ${
        tty
          ? html`<p class="tty">
              ${pieces(this.rawTemplate('hotlineTty'), {
                number: tty.href
                  ? html`<a
                      class="action call short accent"
                      part="action call"
                      href=${tty.href}
                      @click=${() => this.contact('tty')}
                      >${tty.display}</a
                    >`
                  : this.numberAsText(tty),
              })}
            </p>`
          : nothing
      }
      ${
        languages.length
          ? html`<p class="languages">
              ${this.t('hotlineLanguages', { languages: listOfNames(languages, locale) })}
            </p>`
          : nothing
      }
      ${
        model.website || model.chats.length
          ? html`<p class="links">
              ${
                model.website
                  ? html`<a
                      href=${model.website}
                      target="_blank"
                      rel="noopener noreferrer"
                      referrerpolicy="no-referrer"
                      @click=${() => this.contact('website')}
                      >${this.t('hotlineWebsite')}${aboutHotline(model.name)}${newTab}</a
                    >`
                  : nothing
              }
              ${model.chats.map(
                (chat) =>
                  html`<a
                    href=${chat.url}
                    target="_blank"
                    rel="noopener noreferrer"
                    referrerpolicy="no-referrer"
                    hreflang=${ifDefined(chat.lang)}
                    @click=${() => this.contact('chat')}
                    >${
                      chat.lang
                        ? this.t('hotlineChatIn', { language: languageName(chat.lang, locale) })
                        : this.t('hotlineChat')
                    }${aboutHotline(model.name)}${newTab}</a
                  >`,
              )}
            </p>`
          : nothing
      }
    </div>`;
  }
}
