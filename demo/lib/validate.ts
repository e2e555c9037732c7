/**
 * The builder's per-attribute checks: the same pure modules the elements use (`src/lib/`), chosen by
 * what the manifest says an attribute is (its name and description), so a webmaster sees what the
 * element will do with a value before pasting it. The live preview then shows what the element
 * really did, including its own console warnings, so a check missing here never hides a problem.
 */
import { findPreset } from '../../src/data/presets.js';
import { hoursStatus, isValidTimeZone, parseHours } from '../../src/lib/hours.js';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import {
  normalizeRegion,
  parsePhone,
  parsePhoneList,
  splitPhoneList,
  toTelHref,
} from '../../src/lib/phone.js';
import { checkUrl } from '../../src/lib/safe-url.js';
import type { AttributeInfo, ElementInfo } from './manifest.js';

/** The other attributes chosen so far (a number's region and the hours' time zone depend on them). */
export type Context = ReadonlyMap<string, string | null>;

/** Where national numbers are read and short numbers dial: `country`, else the preset's, else US. */
function regionOf(context: Context): string {
  const country = normalizeRegion(context.get('country') ?? '');
  if (/^[A-Z]{2}$/.test(country)) return country;
  return findPreset(context.get('preset'))?.country ?? 'US';
}

function timeZoneOf(context: Context): string | undefined {
  const zone = context.get('timezone')?.trim();
  return zone || findPreset(context.get('preset'))?.timezone;
}

export interface Feedback {
  state: 'ok' | 'error';
  message: string;
}

interface Rule {
  /** Does this rule apply to the attribute? */
  applies(attribute: AttributeInfo): boolean;
  /** Feedback for a non-empty value. */
  check(value: string, context: Context): Feedback;
}

/**
 * The URLs in a value: one URL, or several written as `key=URL` pairs separated by spaces (as in
 * `chat-url="en=https://… fr=https://…"`).
 */
function urlsIn(value: string): string[] {
  return value
    .trim()
    .split(/\s+/)
    .map((token) => token.replace(/^[a-z]{2,3}(?:-[a-z0-9]+)*=/i, ''));
}

const urlRule: Rule = {
  // URLs: the element passes these through `safeUrl()`, which refuses anything but absolute http(s)
  // URLs without credentials, and falls back to its default.
  applies: (attribute) =>
    /(^|-)(url|href|src|action|endpoint|website)$/.test(attribute.name) ||
    /\bURLs?\b|http\(s\)|http\/https/i.test(attribute.description),
  check(value) {
    const checked = urlsIn(value).map((url) => ({ url, result: checkUrl(url) }));
    const bad = checked.find((entry) => !entry.result.ok);
    if (bad && !bad.result.ok)
      return {
        state: 'error',
        message: `This URL ${bad.result.reason}. The element will not use it (it falls back to its default).`,
      };
    return {
      state: 'ok',
      message: `Links to ${checked.map((entry) => (entry.result.ok ? entry.result.url : '')).join(', ')}`,
    };
  },
};

/**
 * What the full libphonenumber-js (the bundle carries only a compiled table) reads in one number the
 * widget cannot link, written in the international form the widget links exactly; `undefined` when
 * libphonenumber finds no valid number in it either.
 */
function linkableForm(written: string, region: string): string | undefined {
  const reference = parsePhoneNumberFromString(written, { defaultCountry: region as CountryCode });
  if (!reference?.isValid()) return undefined;
  const ext = reference.ext ? ` ext. ${reference.ext}` : '';
  const form = `${reference.formatInternational()}${ext}`;
  const parsed = parsePhone(form, region);
  const dials = `tel:${reference.number}${reference.ext ? `;ext=${reference.ext}` : ''}`;
  return parsed.ok && toTelHref(parsed.number, region) === dials ? form : undefined;
}

/** The value with every number the widget would leave unlinked, and libphonenumber reads, in `linkableForm`. */
function withLinkableNumbers(value: string, region: string): string {
  let result = value.trim();
  for (const part of splitPhoneList(result)) {
    if (parsePhone(part, region).ok) continue;
    const form = linkableForm(part, region);
    if (form) result = result.replace(part, form);
  }
  return result;
}

/** A doubt about a number the widget links, from the full metadata, or undefined. */
function doubtAbout(e164: string): string | undefined {
  const reference = parsePhoneNumberFromString(e164);
  if (!reference?.isValid()) return `libphonenumber does not know ${e164} as a number in use: check it.`;
  if (reference.getType() === 'PREMIUM_RATE') return `${e164} is a premium-rate number: callers pay extra.`;
  return undefined;
}

const phoneRule: Rule = {
  // Phone numbers, through the same phone module the elements dial with, and judged again by the full
  // libphonenumber-js: what a webmaster types is shown as the exact `tel:` link it becomes, because a
  // wrong number is harm. A number the widget cannot link but libphonenumber reads goes into the
  // snippet in international form (see `snippetValue`), which the widget links exactly.
  applies: (attribute) =>
    /(^|-)(phone|sms|number)$/.test(attribute.name) ||
    (/\bnumbers?\b/i.test(attribute.description) && /^emergency/.test(attribute.name)),
  check(value, context) {
    if (/^none$/i.test(value.trim())) return { state: 'ok', message: 'Not shown.' };
    const region = regionOf(context);
    const written = withLinkableNumbers(value, region);
    const links: string[] = [];
    const doubts: string[] = [];
    for (const result of parsePhoneList(written, region)) {
      if (!result.ok) {
        return {
          state: 'error',
          message: `“${result.input}” ${result.reason}. The widget shows it as text, without a link.`,
        };
      }
      const href = toTelHref(result.number, region);
      links.push(href ?? `${result.number.display} (no link: only dials in ${result.number.region})`);
      const doubt = result.number.e164 && doubtAbout(result.number.e164);
      if (doubt) doubts.push(doubt);
    }
    const rewritten =
      written === value.trim() ? '' : ` The snippet writes “${written}”, which the widget links exactly.`;
    return {
      state: doubts.length ? 'error' : 'ok',
      message: [`Dials ${links.join(', ')} (numbers read for ${region}).${rewritten}`, ...doubts].join(' '),
    };
  },
};

const rules: Rule[] = [
  urlRule,
  phoneRule,
  {
    // Opening hours, through the same hours module: "Open now" or "Closed now" in the line's zone.
    applies: (attribute) => /(^|-)hours$/.test(attribute.name),
    check(value, context) {
      const parsed = parseHours(value);
      if (!parsed.ok)
        return {
          state: 'error',
          message: `These hours ${parsed.reason}; they are shown as written, without open/closed.`,
        };
      const zone = timeZoneOf(context);
      if (!zone || !isValidTimeZone(zone))
        return {
          state: 'error',
          message: 'Add a valid timezone (such as America/Los_Angeles) so the widget can say open or closed.',
        };
      const status = hoursStatus(parsed.hours, Date.now(), zone);
      return { state: 'ok', message: `${status.open ? 'Open now' : 'Closed now'} (${zone}).` };
    },
  },
  {
    applies: (attribute) => attribute.name === 'timezone',
    check: (value) =>
      isValidTimeZone(value.trim())
        ? { state: 'ok', message: `Time zone ${value.trim()}.` }
        : {
            state: 'error',
            message: `“${value.trim()}” is not an IANA time zone (such as America/Los_Angeles).`,
          },
  },
];

/** Feedback for `value` of `attribute`, or null when no rule applies or the value is empty. */
export function checkAttribute(
  attribute: AttributeInfo,
  value: string,
  context: Context = new Map(),
): Feedback | null {
  if (value.trim() === '') return null;
  for (const rule of rules) if (rule.applies(attribute)) return rule.check(value, context);
  return null;
}

/**
 * The value the snippet writes for `attribute`: as typed, except numbers the widget would show without
 * a link that libphonenumber reads, which are written in the international form the widget links.
 */
export function snippetValue(attribute: AttributeInfo, value: string, context: Context = new Map()): string {
  if (!phoneRule.applies(attribute) || /^none$/i.test(value.trim())) return value;
  return withLinkableNumbers(value, regionOf(context));
}

/** Whether the builder should keep `value` out of the snippet: only values the element would refuse as unsafe. */
export function isUnsafe(attribute: AttributeInfo, value: string): boolean {
  return (
    urlRule.applies(attribute) && value.trim() !== '' && urlRule.check(value, new Map()).state === 'error'
  );
}

/**
 * Values the description names in backticks (`top`, `bottom`), offered as suggestions. Only tokens
 * that look like a value: not the element's other attribute names or events (`safety-url`,
 * `stat-contact`), not code (`location.pathname`, `{key}`) or punctuation (`;`, `*`), and nothing for
 * URLs or JSON, where a word from the description is never a value.
 */
export function suggestedValues(
  attribute: AttributeInfo,
  element?: Pick<ElementInfo, 'attributes' | 'events'>,
): string[] {
  if (attribute.kind === 'choice') return attribute.choices;
  if (urlRule.applies(attribute) || /\bJSON\b/.test(attribute.description)) return [];
  const names = new Set([
    attribute.name,
    ...(element?.attributes ?? []).map((other) => other.name),
    ...(element?.events ?? []).map((event) => event.name),
  ]);
  const values = [...attribute.description.matchAll(/`([^`<>\s=]+)`/g)].map((match) => match[1] ?? '');
  return [
    ...new Set(
      values.filter(
        (value) =>
          /^[\p{L}\p{N}+][\p{L}\p{N}+/_.:-]*$/u.test(value) &&
          !/^[a-z]+(\.[a-z]+)+$/i.test(value) &&
          !names.has(value),
      ),
    ),
  ];
}
