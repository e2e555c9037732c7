/**
 * The builder's per-attribute checks: the same pure modules the elements use (`src/lib/`), chosen by
 * what the manifest says an attribute is (its name and description), so a webmaster sees what the
 * element will do with a value before pasting it. The live preview then shows what the element
 * really did, including its own console warnings, so a check missing here never hides a problem.
 */
import { findPreset } from '../../src/data/presets.js';
import { hoursStatus, isValidTimeZone, parseHours } from '../../src/lib/hours.js';
import { normalizeRegion, parsePhoneList, toTelHref } from '../../src/lib/phone.js';
import { checkUrl } from '../../src/lib/safe-url.js';
import type { AttributeInfo } from './manifest.js';

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

const rules: Rule[] = [
  urlRule,
  {
    // Phone numbers, through the same phone module the elements dial with: what a webmaster types is
    // shown as the exact `tel:` link it becomes, because a wrong number is harm.
    applies: (attribute) =>
      /(^|-)(phone|sms|number)$/.test(attribute.name) ||
      (/\bnumbers?\b/i.test(attribute.description) && /^emergency/.test(attribute.name)),
    check(value, context) {
      if (/^none$/i.test(value.trim())) return { state: 'ok', message: 'Not shown.' };
      const region = regionOf(context);
      const links: string[] = [];
      for (const result of parsePhoneList(value, region)) {
        if (!result.ok) return { state: 'error', message: `“${result.input}” ${result.reason}.` };
        const href = toTelHref(result.number, region);
        links.push(href ?? `${result.number.display} (no link: only dials in ${result.number.region})`);
      }
      return { state: 'ok', message: `Dials ${links.join(', ')} (numbers read for ${region}).` };
    },
  },
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

/** Whether the builder should keep `value` out of the snippet: only values the element would refuse as unsafe. */
export function isUnsafe(attribute: AttributeInfo, value: string): boolean {
  return (
    urlRule.applies(attribute) && value.trim() !== '' && urlRule.check(value, new Map()).state === 'error'
  );
}

/** Values the description names in backticks (`top`, `bottom`), offered as suggestions. */
export function suggestedValues(attribute: AttributeInfo): string[] {
  if (attribute.kind === 'choice') return attribute.choices;
  const values = [...attribute.description.matchAll(/`([^`<>\s=]+)`/g)].map((match) => match[1] ?? '');
  return [...new Set(values.filter((value) => value !== '' && value !== attribute.name))];
}
