import { html, nothing, type PropertyValues } from 'lit';
import { adoptLightDomStyles } from '../../base/light-dom-styles.js';
import { StatElement } from '../../base/stat-element.js';
import type { TranslationKey } from '../../i18n/en.js';
import { isPlausibleEmail } from '../../lib/email.js';
import { safeUrl } from '../../lib/safe-url.js';
import { quote } from '../../lib/warn.js';
import { styles } from './mailing-list-form.styles.js';
import {
  detectProvider,
  providers,
  type Outcome,
  type ProviderName,
  type SubscribeState,
} from './providers/index.js';

/** The optional fields, in render order, with their label properties, label keys and autofill tokens. */
const FIELDS = ['email', 'first-name', 'last-name'];
const LABEL_PROPERTIES = ['emailLabel', 'firstNameLabel', 'lastNameLabel'] as const;
const LABELS: TranslationKey[] = ['mlfEmail', 'mlfFirstName', 'mlfLastName'];
const AUTOFILL = ['email', 'given-name', 'family-name'];

/**
 * A submit this soon after render asks for a confirming second click: bots are that fast, but so is
 * autofill + Enter, so it is never a silent drop.
 */
const TIME_TRAP_MS = 2000;
/** After a rate-limit answer, re-submits send nothing for this long (no retry loop against a provider). */
const COOL_DOWN_MS = 60_000;
/** Honeypots: ours, Mailchimp's `b_<u>_<id>`, Formspree's `_gotcha`, Brevo's `email_address_check`. */
const TRAPS = '.mlf-trap input,[name^="b_"],[name="_gotcha"],[name="email_address_check"]';

/** For each outcome, the property (and attribute) that overrides its message and the default message. */
const MESSAGES = {
  subscribed: ['successMessage', 'mlfSubscribed'],
  pending: ['pendingMessage', 'mlfPending'],
  already: ['alreadyMessage', 'mlfAlready'],
  opened: ['openedMessage', 'mlfOpened'],
  invalid: ['invalidMessage', 'mlfInvalid'],
  'rate-limited': ['rateLimitedMessage', 'mlfRateLimited'],
  failed: ['failedMessage', 'mlfFailed'],
} as const satisfies Record<SubscribeState, [keyof MailingListForm, TranslationKey]>;

let count = 0;

/** Compile-time only: the `provider` property's values are exactly the adapters' names. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
true satisfies Same<NonNullable<MailingListForm['provider']>, ProviderName>;

const ACTION_RULE = 'is refused (use a full https:// address without a password, or a path on this site)';
const UNSENT = 'nothing is sent, a submit shows the "could not reach" error';

/**
 * The one gate for a form action, or undefined when it is refused. `&amp;` pasted as text is undone.
 *
 * Safety: the form posts what the visitor typed, so its target must be exactly what the webmaster
 * meant. Allowed: an absolute http(s) URL without credentials (the `safeUrl()` rules), or a path
 * that resolves to this page's own origin (a club's own `/api/subscribe`). Refused: other schemes,
 * and anything relative that leaves this origin, above all a protocol-relative `//host/x` (or
 * `\\host`, which browsers read the same way) that quietly sends the address to another site. One
 * exception, reference check 11: Mailchimp's older embed code writes its action as
 * `//<account>.<dc>.list-manage.com/subscribe/post?…`; that host is Mailchimp's own and is read
 * as https.
 */
function checkAction(raw: string | undefined): string | null {
  const value = raw?.replace(/&amp;/g, '&');
  if (!value) return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return safeUrl(value);
  let resolved: URL;
  try {
    resolved = new URL(value, document.baseURI);
  } catch {
    return null;
  }
  if (resolved.origin === location.origin && !resolved.username && !resolved.password) return resolved.href;
  if (value.startsWith('//') && resolved.hostname.endsWith('.list-manage.com')) resolved.protocol = 'https:';
  else return null;
  return safeUrl(resolved.href);
}

/** What `stat-subscribe` and `stat-subscribe-error` carry: never the address. */
export interface SubscribeDetail {
  provider: ProviderName;
  state: SubscribeState;
}

/** Really POSTs `form` to `url` in a new tab (the provider's own page), then restores the form. */
function postInNewTab(form: HTMLFormElement, url: string): void {
  // Attributes and the prototype method, not `form.action`/`form.submit`: a pasted form may have
  // inputs named "action" or "submit" that shadow those properties.
  const saved = ['action', 'target', 'method'].map((name) => [name, form.getAttribute(name)] as const);
  form.setAttribute('action', url);
  form.setAttribute('target', '_blank');
  form.setAttribute('method', 'post');
  HTMLFormElement.prototype.submit.call(form);
  for (const [name, value] of saved) {
    if (value === null) form.removeAttribute(name);
    else form.setAttribute(name, value);
  }
}

/**
 * @summary A mailing-list signup that works with the club's provider (Mailchimp, Kit, Formspree,
 * MailerLite, a club's own endpoint, or any provider by a plain POST in a new tab), never claims a
 * success it cannot know, and never loses what was typed.
 *
 * @tagname mailing-list-form
 *
 * @attr provider - `mailchimp`, `kit`, `formspree`, `mailerlite`, `generic` (your own endpoint: see its documentation page) or
 *   `form-post` (Buttondown, Brevo, EmailOctopus, Google Forms: a real POST in a new tab). Detected from
 *   the action when absent; an unknown action is `form-post`.
 * @attr action - The endpoint URL (Mailchimp: the embed form's `…list-manage.com/subscribe/post?u=…&id=…`):
 *   an absolute http(s) URL without credentials, or a path on the page's own site. Defaults to the
 *   pasted form's `action`, which is also the fallback when this one is refused (with a warning);
 *   with no usable action a submit sends nothing and shows the "could not reach" error.
 * @attr fields - Fields of the element's own form: `email` (always), `first-name`, `last-name`.
 * @attr consent - Text of a required consent checkbox (own form only).
 * @attr heading - Heading of the own form (default "Join our mailing list"; empty hides it).
 * @attr description - Sentence under the heading (empty hides it).
 * @attr button-label - The submit button's text.
 * @attr email-label - Label of the email field (own form only).
 * @attr first-name-label - Label of the first-name field (own form, with `fields="… first-name"`).
 * @attr last-name-label - Label of the last-name field (own form, with `fields="… last-name"`).
 * @attr success-message - Shown after a confirmed signup.
 * @attr pending-message - Shown when the provider asks the visitor to confirm by email (double opt-in).
 * @attr already-message - Shown when the address is already on the list.
 * @attr opened-message - Shown when the provider's page was opened in a new tab.
 * @attr invalid-message - Shown on the email field when it cannot be an address.
 * @attr rate-limited-message - Shown when the provider says "too many attempts".
 * @attr failed-message - Shown when the provider could not be reached (a "Try again" button follows).
 * @attr retry-label - Text of the "Try again" button.
 * @attr profile-label - Text of the "Update your profile" link (Mailchimp, already subscribed).
 * @attr timeout - Seconds before an unanswered request counts as failed: up to 60 (default 10; any
 *   other value, such as 0, warns and uses 10).
 *
 * @slot - Optional: the provider's own embed `<form>`; it keeps working without JavaScript and is
 *   enhanced when the element upgrades. Without it, the element renders its own form.
 *
 * @cssproperty --stat-color-accent - Button background (default #1d4ed8).
 * @cssproperty --stat-color-accent-text - Button text (default #fff).
 * @cssproperty --stat-color-urgent - Error text and invalid borders (default #b3261e).
 * @cssproperty --stat-color-text - Input text (default #1a1a1a).
 * @cssproperty --stat-color-background - Input background (default #fff).
 * @cssproperty --stat-color-border - Input border (default #595959).
 * @cssproperty --stat-focus-ring - Focus outline colour (default #1d4ed8).
 * @cssproperty --stat-radius - Corner radius (default 4px).
 * @cssproperty --stat-space - Gap between fields (default 12px).
 * @cssproperty --stat-font-family - Font (default: the page's).
 *
 * @event {CustomEvent<SubscribeDetail>} stat-subscribe - After `subscribed`, `pending`, `already` or `opened`. `detail: {provider, state}`
 *   (never the address). Bubbles, composed.
 * @event {CustomEvent<SubscribeDetail>} stat-subscribe-error - After `invalid`, `rate-limited` or `failed`. Same detail.
 */
export class MailingListForm extends StatElement {
  static override properties = {
    provider: {},
    action: {},
    fields: { type: Array },
    consent: {},
    heading: {},
    description: {},
    buttonLabel: { attribute: 'button-label' },
    emailLabel: { attribute: 'email-label' },
    firstNameLabel: { attribute: 'first-name-label' },
    lastNameLabel: { attribute: 'last-name-label' },
    successMessage: { attribute: 'success-message' },
    pendingMessage: { attribute: 'pending-message' },
    alreadyMessage: { attribute: 'already-message' },
    openedMessage: { attribute: 'opened-message' },
    invalidMessage: { attribute: 'invalid-message' },
    rateLimitedMessage: { attribute: 'rate-limited-message' },
    failedMessage: { attribute: 'failed-message' },
    retryLabel: { attribute: 'retry-label' },
    profileLabel: { attribute: 'profile-label' },
    timeout: { type: Number },
    state: { state: true },
    status: { state: true },
    alert: { state: true },
    link: { state: true },
  };

  // Spelled out (not `ProviderName`) so the manifest, editors and the snippet builder list the values;
  // `providerNamesMatch` below keeps the two the same.
  declare provider: 'mailchimp' | 'kit' | 'formspree' | 'mailerlite' | 'generic' | 'form-post' | undefined;
  declare action: string | undefined;
  declare fields: string[];
  declare consent?: string;
  declare heading?: string;
  declare description?: string;
  declare buttonLabel?: string;
  declare emailLabel?: string;
  declare firstNameLabel?: string;
  declare lastNameLabel?: string;
  declare successMessage?: string;
  declare pendingMessage?: string;
  declare alreadyMessage?: string;
  declare openedMessage?: string;
  declare invalidMessage?: string;
  declare rateLimitedMessage?: string;
  declare failedMessage?: string;
  declare retryLabel?: string;
  declare profileLabel?: string;
  declare timeout: number | undefined;
  /** `idle`, `sending`, or the last outcome. */
  declare state: SubscribeState | 'idle' | 'sending';
  declare status: string;
  declare alert: string;
  declare link?: string;

  private readonly uid = `mlf${++count}`;
  private readyAt = 0;
  private confirmed = false;
  private coolUntil = 0;
  private request?: AbortController;
  private readonly errors = new Map<Element, HTMLElement>();

  constructor() {
    super();
    this.state = 'idle';
    this.status = '';
    this.alert = '';
    this.addEventListener('submit', (event) => void this.submit(event));
    // Fixing a field clears its error (no re-validation while typing).
    const clear = (event: Event) => {
      const target = event.target as Element;
      const holder = target.closest('.gdprRequired')?.querySelector('input') ?? target;
      if (this.errors.has(holder)) this.fieldError(holder, '');
    };
    this.addEventListener('input', clear);
    this.addEventListener('change', clear);
  }

  /** Light DOM: see the styles module for why, and how the styles stay scoped and CSP-safe. */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.readyAt = Date.now();
    adoptLightDomStyles(this, styles);
    // Upgraded while the parser is still inside us: wait for the pasted form before rendering.
    if (document.readyState === 'loading')
      document.addEventListener('DOMContentLoaded', () => this.requestUpdate(), { once: true });
    if (this.state === 'sending' && !this.request) {
      this.state = 'idle';
      this.status = '';
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Removed mid-request: abort (fetch aborted, JSONP callback retired) and update nothing.
    this.request?.abort();
    this.request = undefined;
  }

  protected override shouldUpdate(): boolean {
    return document.readyState !== 'loading';
  }

  /** The page's text for something (a property or attribute), else the translation. */
  private term(text: string | undefined, key: TranslationKey): string {
    return text ?? this.localize.term(key);
  }

  private pastedForm(): HTMLFormElement | null {
    return this.querySelector('form:not(.mlf-form)');
  }

  /**
   * The checked, absolute endpoint, or undefined (with one warning: the visitor's submit then shows
   * the "could not reach" error and sends nothing). The `action` attribute first; when it is absent,
   * empty or refused, the pasted form's own `action`, which must pass the same check.
   */
  private endpoint(): string | undefined {
    const pasted = this.pastedForm()?.getAttribute('action')?.trim() || undefined;
    const own = this.action?.trim() || undefined;
    const fromOwn = checkAction(own);
    const url = fromOwn ?? checkAction(pasted);
    if (own && !fromOwn) {
      this.warn(
        `action ${quote(own)} ${ACTION_RULE}; ${url ? "the pasted form's own action is used instead" : UNSENT}.`,
      );
    } else if (pasted && !url) {
      this.warn(`the pasted form's action ${quote(pasted)} ${ACTION_RULE}; ${UNSENT}.`);
    } else if (!url) {
      this.warn(`has no action (the provider URL); ${UNSENT}.`);
    }
    return url ?? undefined;
  }

  private providerName(): ProviderName {
    const name = this.provider?.trim().toLowerCase() ?? '';
    const names = Object.keys(providers);
    if (names.includes(name)) return name as ProviderName;
    if (name) this.warn(`provider ${quote(name)} is not one of ${names.join(', ')}; detecting it.`);
    const url = this.endpoint();
    return url ? detectProvider(url) : 'form-post';
  }

  /** `timeout` in ms: up to 60 seconds; absent or empty means 10; anything else warns and uses 10. */
  private timeoutMs(): number {
    const seconds = this.timeout ?? 10;
    if (seconds > 0 && seconds <= 60) return seconds * 1000;
    this.warn(`timeout ${quote(String(seconds))} is not a number of seconds up to 60; using 10.`);
    return 10_000;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Checked when set, not only at the first submit, so a webmaster sees the warning on page load.
    if (changed.has('timeout')) this.timeoutMs();
  }

  private fieldList(): number[] {
    const wanted = new Set([0]);
    for (const token of this.fields) {
      const index = FIELDS.indexOf(token.toLowerCase());
      if (index < 0) this.warn(`fields ${quote(token)} is not one of ${FIELDS.join(', ')}; ignored.`);
      else wanted.add(index);
    }
    return [...wanted].sort();
  }

  private emailInput(form: HTMLFormElement): HTMLInputElement | null {
    return form.querySelector(`input[type=email],[name="${providers[this.providerName()].names[0]}"]`);
  }

  /** Shows or clears `message` on a field: `aria-invalid` plus a described-by note in the same tree. */
  private fieldError(field: Element, message: string): void {
    let note = this.errors.get(field);
    const ids = (field.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter((id) => id && id !== note?.id);
    if (message) {
      if (!note) {
        note = document.createElement('span');
        note.id = `${this.uid}-error-${++count}`;
        note.className = 'mlf-error';
        this.errors.set(field, note);
        const box = /checkbox|radio/.test((field as HTMLInputElement).type);
        if (box) (field.closest('fieldset,.mlf-consent') ?? field.parentElement)?.append(note);
        else field.after(note);
      }
      note.textContent = message;
      field.setAttribute('aria-invalid', 'true');
      ids.push(note.id);
    } else {
      note?.remove();
      this.errors.delete(field);
      field.removeAttribute('aria-invalid');
    }
    if (ids.length) field.setAttribute('aria-describedby', ids.join(' '));
    else field.removeAttribute('aria-describedby');
  }

  /** The lenient client-side check: blocks only what can never work, focuses the first problem. */
  private validate(form: HTMLFormElement): boolean {
    const email = this.emailInput(form);
    let first: HTMLElement | null | undefined;
    for (const field of form.querySelectorAll<HTMLInputElement>('input:not([type=hidden]),select,textarea')) {
      if (field.closest('.mlf-trap,[aria-hidden="true"]')) continue;
      const box = /checkbox|radio/.test(field.type);
      let key: TranslationKey | undefined;
      if (field === email) {
        field.value = field.value.trim();
        if (!isPlausibleEmail(field.value)) key = 'mlfInvalid';
      } else if (field.required && (box ? !field.checked : !field.value.trim())) {
        key = box ? 'mlfChoose' : 'mlfRequired';
      }
      const message =
        key === 'mlfInvalid' ? this.term(this.invalidMessage, key) : key && this.localize.term(key);
      this.fieldError(field, message || '');
      if (key) first ??= field;
    }
    // Mailchimp's required marketing permissions: at least one box in the group.
    const group = form.querySelector('.gdprRequired');
    const box = group?.querySelector('input');
    if (box) {
      const chosen = group!.querySelector('input:checked');
      this.fieldError(box, chosen ? '' : this.localize.term('mlfChoose'));
      if (!chosen) first ??= box;
    }
    first?.focus();
    return !first;
  }

  /** Empties both regions, then fills them: an identical repeated message is announced again. */
  private async say(alert: string, status: string): Promise<void> {
    this.alert = this.status = '';
    await this.updateComplete;
    this.alert = alert;
    this.status = status;
  }

  private async submit(event: Event): Promise<void> {
    const form = event.target as HTMLFormElement;
    event.preventDefault();
    // One request per submit: a second click or Enter while sending sends nothing.
    if (this.state === 'sending') return;
    if (Date.now() < this.coolUntil) return this.finish({ state: 'rate-limited' }, form);
    if (!this.validate(form)) return;
    const trap = form.querySelector<HTMLInputElement>(TRAPS);
    // Too fast, or the honeypot filled (bots; sometimes autofill): ask, never drop silently.
    if (!this.confirmed && (Date.now() - this.readyAt < TIME_TRAP_MS || trap?.value)) {
      this.confirmed = true;
      return this.say('', this.localize.term('mlfConfirm'));
    }
    this.confirmed = true;
    if (trap) trap.value = '';
    const action = this.endpoint();
    if (!action) return this.finish({ state: 'failed' }, form);
    const request = (this.request = new AbortController());
    this.state = 'sending';
    this.link = undefined;
    void this.say('', this.localize.term('mlfSending'));
    const data = [...new FormData(form)].filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    );
    const outcome = await providers[this.providerName()].send({
      action,
      data,
      signal: request.signal,
      timeout: this.timeoutMs(),
    });
    if (request.signal.aborted) return;
    this.request = undefined;
    this.finish(outcome, form);
  }

  private finish(outcome: Outcome, form: HTMLFormElement): void {
    const { state, why, post } = outcome;
    const [property, key] = MESSAGES[state];
    let message = this.term(
      this[property],
      why === 'captcha' ? 'mlfCaptcha' : why === 'blocked' ? 'mlfBlocked' : key,
    );
    const good = /^(subscribed|pending|already|opened)$/.test(state);
    this.state = state;
    this.link = outcome.link;
    if (state === 'invalid') {
      // The provider's own words, as text; on its field when we can find it.
      message = outcome.message ?? message;
      const name = outcome.field;
      const named = name
        ? (form.elements.namedItem(name) ?? form.elements.namedItem(`fields[${name}]`))
        : null;
      const field =
        named instanceof HTMLElement ? named : name && /mail/i.test(name) ? this.emailInput(form) : null;
      if (field) {
        this.fieldError(field, message);
        field.focus();
        message = '';
      }
    }
    // A provider's rate-limit answer starts the cool-down; a click during it does not extend it.
    if (state === 'rate-limited' && Date.now() >= this.coolUntil) this.coolUntil = Date.now() + COOL_DOWN_MS;
    if (post) postInNewTab(form, post);
    void this.say(good ? '' : message, good ? message : '');
    this.emit(
      new CustomEvent<SubscribeDetail>(good ? 'stat-subscribe' : 'stat-subscribe-error', {
        bubbles: true,
        composed: true,
        detail: { provider: this.providerName(), state },
      }),
    );
  }

  private retry(): void {
    const form = this.querySelector('form');
    // Focus goes to the form's own button first, so it is not lost when this one disappears.
    form?.querySelector<HTMLElement>('[type=submit]')?.focus();
    if (form) HTMLFormElement.prototype.requestSubmit.call(form);
  }

  /**
   * Back from a form-post provider: a provider set to redirect to this page with `?subscribed=1`
   * (EmailOctopus `successRedirectUrl`, Buttondown's redirect) has said the signup worked.
   */
  protected override firstUpdated(): void {
    const form = this.querySelector('form');
    if (form && /[?&]subscribed=1(&|$)/.test(location.search) && this.providerName() === 'form-post')
      this.finish({ state: 'subscribed' }, form);
  }

  protected override updated(): void {
    const form = this.querySelector('form');
    const sending = String(this.state === 'sending');
    // The browser's type=email check is ASCII-only; ours (above) replaces it once we are running.
    form?.setAttribute('novalidate', '');
    form?.setAttribute('aria-busy', sending);
    form?.querySelector('[type=submit]')?.setAttribute('aria-disabled', sending);
  }

  override render() {
    const nested = !this.pastedForm() && this.parentElement?.closest('form');
    if (nested)
      this.warn('is inside another <form> (nested forms are invalid HTML); it renders no form of its own.');
    const names = providers[this.providerName()].names;
    const action = this.endpoint();
    const trap = /\?u=([^&]*)&id=([^&]*)/.exec(action ?? '');
    const { heading, description, consent, uid } = this;
    const own = html`${
        heading === ''
          ? nothing
          : html`<h2 class="mlf-heading">${heading ?? this.localize.term('mlfHeading')}</h2>`
      }
      ${
        description === ''
          ? nothing
          : html`<p class="mlf-description">${description ?? this.localize.term('mlfDescription')}</p>`
      }
      <form class="mlf-form" method="post" action=${action ?? nothing} novalidate>
        ${this.fieldList().map(
          (index) =>
            html`<div class="mlf-field">
              <label for="${uid}-${index}">${this.term(this[LABEL_PROPERTIES[index]], LABELS[index])}</label>
              <input
                id="${uid}-${index}"
                name=${names[index]}
                type=${index ? 'text' : 'email'}
                autocomplete=${AUTOFILL[index]}
                autocapitalize=${index ? 'words' : 'off'}
                spellcheck="false"
                ?required=${!index}
              />
            </div>`,
        )}
        ${
          consent
            ? html`<div class="mlf-consent">
                <input type="checkbox" id="${uid}-consent" name="consent" value="yes" required />
                <label for="${uid}-consent">${consent}</label>
              </div>`
            : nothing
        }
        <div class="mlf-trap" aria-hidden="true">
          <input
            type="text"
            name=${trap ? `b_${trap[1]}_${trap[2]}` : 'b_check'}
            tabindex="-1"
            autocomplete="off"
          />
        </div>
        <button type="submit" class="mlf-button">${this.term(this.buttonLabel, 'mlfButton')}</button>
      </form>`;
    return html`<div class="mlf" lang=${this.localize.lang()} dir=${this.localize.dir()}>
      ${this.pastedForm() || nested ? nothing : own}
      <div class="mlf-status" role="status" aria-live="polite" aria-atomic="true">
        ${this.status}${
          this.link
            ? html` <a href=${this.link} target="_blank" rel="noopener noreferrer"
                >${this.term(this.profileLabel, 'mlfProfile')}</a
              >`
            : nothing
        }
      </div>
      <div class="mlf-alert" role="alert" aria-atomic="true">${this.alert}</div>
      ${
        this.state === 'failed' && action
          ? html`<button type="button" class="mlf-retry" @click=${this.retry}>
              ${this.term(this.retryLabel, 'mlfRetry')}
            </button>`
          : nothing
      }
    </div>`;
  }
}
