/**
 * Resolves what a hotline element shows from its attributes: preset first, attributes on top, every
 * number through `phone.ts`, every URL through `safeUrl()`, hours through `hours.ts`. DOM-free, so
 * `<hotline-card>` and `<help-banner>` share one resolver and the same warnings.
 *
 * Safety rules applied here (each one is also a test):
 * - an attribute that overrides a preset's number must parse, or the preset's number is kept;
 * - a number nobody can read is shown as text, never as a guessed link;
 * - a short number (988, 711, 233733) links only when the card's region is the number's region;
 * - website/chat URLs must be http(s) and lose `utm_*` tracking parameters;
 * - paired chat links (e.g. English + French) render both or neither;
 * - hours we cannot read, or an unknown zone, degrade to the text as given with no open/closed claim.
 */
import { findPreset, PRESETS, type HotlinePreset } from '../data/presets.js';
import { isValidTimeZone, parseHours, type Hours } from './hours.js';
import {
  displayWithDigits,
  isDialableIn,
  normalizeRegion,
  parsePhone,
  parsePhoneList,
  toSmsHref,
  toTelHref,
  type PhoneNumber,
  type SmsPlatform,
} from './phone.js';
import { safeUrl } from './safe-url.js';
import { quote } from './warn.js';

/** What a hotline element's attributes say (all optional; `null` = attribute absent). */
export interface HotlineInput {
  preset?: string | null;
  name?: string | null;
  phone?: string | null;
  country?: string | null;
  sms?: string | null;
  smsKeyword?: string | null;
  hours?: string | null;
  timezone?: string | null;
  /** Language tags (an element's `languages` attribute, split). */
  languages?: readonly string[] | null;
  description?: string | null;
  website?: string | null;
  chatUrl?: string | null;
  emergency?: string | null;
}

/** One number as shown: the text people read, what the copy button copies, and its link. */
export interface ContactNumber {
  /** As written (vanity numbers add their digits: `1-800-THE-LOST (1-800-843-5678)`). */
  display: string;
  /** What the copy button writes: the dialable form, extension kept. */
  copyText: string;
  /** `tel:` href, or `null` (unreadable, or a short number outside its region). */
  href: string | null;
  /** Set when the number only works inside this region (a short number shown from elsewhere). */
  onlyIn?: string;
  /** The parsed number, when it could be parsed. */
  number?: PhoneNumber;
}

export interface TextLine extends ContactNumber {
  /** The keyword to text; always shown as visible text. */
  keyword?: string;
  /** `sms:` href for the visitor's platform, or `null`. */
  smsHref: string | null;
  /** The region whose mobile networks a carrier short code works on (e.g. `US`). */
  shortCodeRegion?: string;
}

export interface ChatLink {
  url: string;
  /** BCP 47 language of the chat, when the attribute or preset gives one. */
  lang?: string;
}

export interface HotlineModel {
  /** Preset id, else the name: what `stat-contact` reports as `hotline`. */
  id: string;
  name: string;
  /** BCP 47 language of the name, when known. */
  nameLang?: string;
  /** The card's region: national numbers are read for it and short numbers dial only in it. */
  region: string;
  numbers: ContactNumber[];
  text?: TextLine;
  tty?: ContactNumber;
  emergency?: ContactNumber;
  /** `parsed` and `timeZone` are set only when the element may claim open/closed. */
  hours?: { text: string; parsed?: Hours; timeZone?: string };
  languages: string[];
  description?: string;
  website?: string;
  chats: ChatLink[];
  preset?: Readonly<HotlinePreset>;
}

export interface Resolved {
  model: HotlineModel;
  /** Console warnings for the element to log (once each). */
  warnings: string[];
}

const given = (value: string | null | undefined): value is string =>
  typeof value === 'string' && value.trim() !== '';

/** The emergency number our presets record for a region (`911`, `999`), if any preset is there. */
export function emergencyNumberFor(region: string): string | undefined {
  const wanted = normalizeRegion(region);
  return Object.values(PRESETS).find((preset) => preset.country === wanted)?.emergency;
}

/** Removes `utm_*` parameters: we never add tracking, and we do not pass on someone else's. */
export function withoutTracking(url: string): string {
  const parsed = new URL(url);
  for (const key of [...parsed.searchParams.keys()]) {
    if (/^utm_/i.test(key)) parsed.searchParams.delete(key);
  }
  return parsed.href;
}

function toContact(number: PhoneNumber, region: string): ContactNumber {
  const href = toTelHref(number, region);
  const contact: ContactNumber = {
    display: displayWithDigits(number),
    copyText: number.copyText ?? number.display,
    href,
    number,
  };
  if (!isDialableIn(number, region)) contact.onlyIn = number.region;
  return contact;
}

function unreadable(text: string): ContactNumber {
  return { display: text, copyText: text, href: null };
}

/** Resolves attributes (and the visitor's SMS platform) into what to render. */
export function resolveHotline(input: HotlineInput, platform: SmsPlatform): Resolved {
  const warnings: string[] = [];
  const preset = given(input.preset) ? findPreset(input.preset) : undefined;

  const defaultRegion = preset?.country ?? 'US';
  let region = normalizeRegion(given(input.country) ? input.country : defaultRegion);
  if (!/^[A-Z]{2}$/.test(region)) {
    warnings.push(
      `country ${quote(input.country ?? '')} is not a two-letter region code; using ${defaultRegion}.`,
    );
    region = defaultRegion;
  }
  // Preset numbers belong to the preset's own country; attribute numbers to the card's.
  const presetRegion = preset?.country ?? region;

  const name = given(input.name) ? input.name.trim() : (preset?.name ?? '');
  const nameLang = given(input.name) ? undefined : preset?.nameLang;

  // Voice numbers. One attribute, one warning: every unreadable number in it and what is shown instead.
  let numbers: ContactNumber[] = [];
  if (given(input.phone)) {
    const results = parsePhoneList(input.phone, region);
    const bad = results.flatMap((r) => (r.ok ? [] : [`${quote(r.input)} ${r.reason}`]));
    if (bad.length) {
      warnings.push(
        `phone ${bad.join(', and ')}; ${
          preset ? `showing the ${preset.id} preset's number instead` : 'shown as text, without a call link'
        }.`,
      );
    }
    if (!bad.length || !preset) {
      numbers = results.map((r) => (r.ok ? toContact(r.number, region) : unreadable(r.input)));
    }
  }
  if (!numbers.length && preset) {
    numbers = parsePhoneList(preset.phone, presetRegion).map((r) =>
      r.ok ? toContact(r.number, region) : unreadable(r.input),
    );
  }

  // An unknown preset, a missing name and a missing number are one problem for the webmaster (the
  // card has nothing to show), so they give one warning that says what is missing and how to fix it.
  const missing = [name ? '' : 'name', numbers.length || given(input.sms) ? '' : 'phone']
    .filter(Boolean)
    .join(' and ');
  if (given(input.preset) && !preset) {
    warnings.unshift(
      `unknown preset ${quote(input.preset)} (known presets: ${Object.keys(PRESETS).join(', ')}); ${
        missing
          ? `the card shows no ${missing} until you set a known preset, or ${missing}`
          : 'the card shows only its other attributes'
      }.`,
    );
  } else if (missing) {
    warnings.unshift(`has no ${missing} to show; set preset, or ${missing}.`);
  }

  // Text line.
  let text: TextLine | undefined;
  const smsSource = given(input.sms) ? input.sms : preset?.sms;
  if (smsSource !== undefined) {
    let parsed = parsePhone(smsSource, given(input.sms) ? region : presetRegion);
    const keyword = (given(input.smsKeyword) ? input.smsKeyword : preset?.smsKeyword)?.trim();
    if (!parsed.ok && given(input.sms) && preset?.sms) {
      // Like phone: an override that does not parse keeps the preset's number.
      warnings.push(
        `sms ${quote(smsSource)} ${parsed.reason}; showing the ${preset.id} preset's number instead.`,
      );
      parsed = parsePhone(preset.sms, presetRegion);
    }
    if (parsed.ok) {
      text = {
        ...toContact(parsed.number, region),
        keyword,
        smsHref: toSmsHref(parsed.number, keyword, platform, region),
      };
      if (parsed.number.short) text.shortCodeRegion = parsed.number.region;
    } else {
      warnings.push(`sms ${quote(smsSource)} ${parsed.reason}; shown as text, without a text link.`);
      text = { ...unreadable(smsSource), keyword, smsHref: null };
    }
  } else if (given(input.smsKeyword)) {
    warnings.push('sms-keyword is set but there is no sms number; the keyword is not shown.');
  }

  // Relay (TTY) and emergency numbers: short numbers of their own region.
  let tty: ContactNumber | undefined;
  if (preset?.tty) {
    const parsed = parsePhone(preset.tty, presetRegion);
    if (parsed.ok) tty = toContact(parsed.number, region);
  }
  // `emergency="none"` hides the line (e.g. a page that already shows it); a bad value falls back.
  let emergency: ContactNumber | undefined;
  const regionEmergency = emergencyNumberFor(region);
  const emergencyText = given(input.emergency) ? input.emergency.trim() : regionEmergency;
  if (emergencyText !== undefined && !/^(none|off)$/i.test(emergencyText)) {
    let parsed = parsePhone(emergencyText, region);
    if (!parsed.ok) {
      const instead = regionEmergency ? `showing ${regionEmergency} instead` : 'no emergency line is shown';
      warnings.push(`emergency ${quote(emergencyText)} ${parsed.reason}; ${instead}.`);
      if (regionEmergency) parsed = parsePhone(regionEmergency, region);
    }
    if (parsed.ok) emergency = toContact(parsed.number, region);
  }

  // Hours.
  let hours: HotlineModel['hours'];
  const hoursText = given(input.hours) ? input.hours.trim() : preset?.hours;
  if (hoursText !== undefined) {
    hours = { text: hoursText };
    const parsed = parseHours(hoursText);
    const zone = given(input.timezone) ? input.timezone.trim() : preset?.timezone;
    if (!parsed.ok) {
      warnings.push(
        `hours ${quote(hoursText)} ${parsed.reason}; shown as written, with no open/closed claim.`,
      );
    } else if (parsed.hours.kind === 'always') {
      hours.parsed = parsed.hours;
      // Only a typed zone is checked: asking `Intl` costs a 24/7 card its fast first render, and a
      // preset's zone is checked by the tests.
      if (zone && given(input.timezone) && !isValidTimeZone(zone))
        warnings.push(`timezone ${quote(zone)} is not an IANA time zone; it is ignored (open 24/7).`);
    } else if (!zone) {
      warnings.push(
        'hours need a timezone (an IANA name such as America/Los_Angeles) to say open or closed.',
      );
    } else if (!isValidTimeZone(zone)) {
      warnings.push(`timezone ${quote(zone)} is not an IANA time zone; hours are shown as written.`);
    } else {
      hours.parsed = parsed.hours;
      hours.timeZone = zone;
    }
  } else if (given(input.timezone) && !isValidTimeZone(input.timezone.trim())) {
    warnings.push(`timezone ${quote(input.timezone)} is not an IANA time zone; it is ignored.`);
  }

  // Languages.
  let languages = preset ? [...preset.languages] : [];
  if (input.languages?.length) {
    const tags = input.languages;
    const valid = tags.filter((tag) => {
      try {
        return Intl.getCanonicalLocales(tag).length === 1;
      } catch {
        warnings.push(`languages: ${quote(tag)} is not a BCP 47 language tag; it is left out.`);
        return false;
      }
    });
    languages = valid.map((tag) => Intl.getCanonicalLocales(tag)[0] ?? tag);
  }

  // Links.
  let website: string | undefined;
  const websiteSource = given(input.website) ? input.website : preset?.website;
  if (websiteSource !== undefined) {
    const url = safeUrl(websiteSource);
    if (url) website = withoutTracking(url);
    else warnings.push(`website ${quote(websiteSource)} is not an http(s) URL; no link is shown.`);
  }
  const chats = resolveChats(input.chatUrl, warnings);

  const description = given(input.description) ? input.description.trim() : undefined;
  const model: HotlineModel = {
    id: preset?.id ?? name,
    name,
    region,
    numbers,
    languages,
    chats,
  };
  if (nameLang) model.nameLang = nameLang;
  if (text) model.text = text;
  if (tty) model.tty = tty;
  if (emergency) model.emergency = emergency;
  if (hours) model.hours = hours;
  if (description) model.description = description;
  if (website) model.website = website;
  if (preset) model.preset = preset;
  return { model, warnings };
}

/**
 * `chat-url`: one URL, or several separated by spaces, each optionally tagged with its language
 * (`en=https://… fr=https://…`). Paired services render both or neither: one bad URL drops them all.
 */
function resolveChats(value: string | null | undefined, warnings: string[]): ChatLink[] {
  if (!given(value)) return [];
  const chats: ChatLink[] = [];
  for (const entry of value.trim().split(/\s+/)) {
    const tagged = /^([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)=(.+)$/.exec(entry);
    const url = safeUrl(tagged ? tagged[2] : entry);
    if (!url) {
      warnings.push(
        `chat-url ${quote(entry)} is not an http(s) URL; no chat link is shown (paired chats show both or neither).`,
      );
      return [];
    }
    chats.push(tagged?.[1] ? { url: withoutTracking(url), lang: tagged[1] } : { url: withoutTracking(url) });
  }
  return chats;
}
