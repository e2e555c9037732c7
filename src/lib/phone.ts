/**
 * Phone numbers the way organisations write them, turned into links that dial.
 *
 * The rule: a `tel:` link dials exactly the number the organisation wrote, or there is no link (the
 * number stays text and the caller warns, saying what to write instead). libphonenumber is the judge:
 * its metadata, compiled at build time into `src/data/phone-metadata.ts`, says which calling codes,
 * trunk prefixes, lengths, number patterns and short numbers exist. So this module
 * - keeps the organisation's grouping for what people read (`display`) and builds the link separately,
 *   as an RFC 3966 global number (`tel:+18883737888`): no spaces, letters or trunk prefixes, which some
 *   dialers misread (FAH shipped `tel:0800 376 633`);
 * - reads a national number for the card's region the way libphonenumber does: the trunk prefix goes
 *   (`0800 111 0 111` in DE is +49 800 1110111), unless the number only makes sense with it;
 * - checks the number against the region's number pattern (libphonenumber's `min` validation), and +1
 *   numbers against the area codes in use, so `911-555-1234` is not a link;
 * - reads `+CC …` for every country: a compiled region fully; any other calling code by its number
 *   lengths, keeping every digit written after the code except a `(0)` trunk prefix in brackets;
 * - converts vanity letters only in a number written with capitals after its first digits
 *   (`1-800-THE-LOST`, `1-800-799-SAFE (7233)`), never words around digits (`Text 838 255`);
 * - links short numbers (988, 711, 999, 116 123) only as short numbers of the card's region: `tel:988`
 *   dialled in another country reaches nobody, or someone else.
 *
 * DOM-free. The full libphonenumber-js checks this module in tests and in the snippet builder.
 */
import { CALLING_CODE_LENGTHS, CALLING_CODES, NANP_AREA_CODES, REGIONS } from '../data/phone-metadata.js';

/** One parsed number. */
export interface PhoneNumber {
  /** As the organisation wrote it, whitespace tidied: what people read. */
  display: string;
  /** The vanity number with its letters as digits (`1-800-843-5678`), when `display` does not show them. */
  numericDisplay?: string;
  /** What a copy button copies, when not `display`: digits for letters, no notes such as `(TTY)`. */
  copyText?: string;
  /** The region the number belongs to (`US`, `GB`…); `ZZ` for a calling code this library does not compile. */
  region: string;
  /** E.164 (`+18883737888`) for a full number; `undefined` for a short number. */
  e164?: string;
  /** The digits of a short number (`988`, `711`, `233733`); `undefined` for a full number. */
  short?: string;
  /** Extension digits (`3804`), if any. */
  extension?: string;
}

export type PhoneParseResult =
  { ok: true; number: PhoneNumber } | { ok: false; input: string; reason: string };

interface RegionPlan {
  region: string;
  /** Country calling code. */
  cc: string;
  /** International (IDD) prefix, such as `011` or `00`. */
  idd: RegExp;
  /** Trunk prefix(es) before a national number, such as `0`; none in MX, ES, IT. */
  trunk?: RegExp;
  /** Possible lengths of the national significant number. */
  lengths: number[];
  /** libphonenumber's general pattern for the national significant number. */
  pattern: RegExp;
  shortLengths: number[];
  shortPatterns: RegExp[];
}

const whole = (source: string) => new RegExp(`^(?:${source})$`);
const lengthsOf = (chars: string) => [...chars].map((char) => parseInt(char, 36));

let plans: RegionPlan[] | undefined;
/** The compiled regions, decoded on first use (main region of each calling code first). */
function regionPlans(): RegionPlan[] {
  return (plans ??= REGIONS.split(';').map((record) => {
    const [region, cc, idd, trunk, lengths, pattern, shortLengths, shortGeneral, shortCode] =
      record.split(' ');
    return {
      region: region!,
      cc: cc!,
      idd: new RegExp(`^(?:${idd})`),
      trunk: trunk ? new RegExp(`^(?:${trunk})`) : undefined,
      lengths: lengthsOf(lengths!),
      pattern: whole(pattern!),
      shortLengths: lengthsOf(shortLengths!),
      shortPatterns: [whole(shortGeneral!), whole(shortCode!)],
    };
  }));
}

/** Whether `index` is in a bitmap of phone-metadata.ts (hex, four numbers a digit, high bit first). */
const inBitmap = (bitmap: string, index: number): boolean =>
  index >= 0 && (parseInt(bitmap[index >> 2] ?? '0', 16) & (8 >> (index & 3))) > 0;

/** Shortest and longest national number of a calling code outside the compiled regions. */
function otherCallingCode(cc: string): { min: number; max: number; trunkZero: boolean } | undefined {
  const code = Number(cc);
  if (!inBitmap(CALLING_CODES, code)) return undefined;
  let rank = 0;
  for (let below = 0; below < code; below++) if (inBitmap(CALLING_CODES, below)) rank++;
  const min = CALLING_CODE_LENGTHS[rank * 2]!;
  return {
    min: min.toLowerCase().charCodeAt(0) - 96,
    max: CALLING_CODE_LENGTHS.charCodeAt(rank * 2 + 1) - 96,
    trunkZero: min !== min.toLowerCase(),
  };
}

/** A +1 number's area code is in use, and its exchange starts 2–9. */
function isNanpNumber(nsn: string): boolean {
  return inBitmap(NANP_AREA_CODES, Number(nsn.slice(0, 3)) - 200) && /^\d{3}[2-9]/.test(nsn);
}

/** `UK` is what people type; ISO says `GB`. */
export function normalizeRegion(region: string | null | undefined): string {
  const upper = (region ?? '').trim().toUpperCase();
  return upper === 'UK' ? 'GB' : upper;
}

const KEYPAD = ['', '', 'ABC', 'DEF', 'GHI', 'JKL', 'MNO', 'PQRS', 'TUV', 'WXYZ'];

/** Replaces keypad letters with their digits, leaving everything else as it is. */
export function vanityToDigits(text: string): string {
  return text.replace(/[A-Za-z]/g, (letter) =>
    String(KEYPAD.findIndex((letters) => letters.includes(letter.toUpperCase()))),
  );
}

const DECIMAL_DIGIT = /\p{Nd}/u;
/**
 * The text with every decimal digit as ASCII (Arabic-Indic `٠٨٠٠`, full-width `０８００`, Devanagari…),
 * full-width `＋` and other dashes as ASCII, and invisible marks (bidi controls, soft hyphens) removed.
 * Unicode assigns decimal digits in runs of ten from zero, so a digit's value is its distance from the
 * start of its run.
 */
function normalizeCharacters(text: string): string {
  return text
    .replace(/[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g, '')
    .replace(/\p{Nd}/gu, (digit) => {
      const code = digit.codePointAt(0)!;
      let zero = code;
      while (DECIMAL_DIGIT.test(String.fromCodePoint(zero - 1))) zero--;
      return String((code - zero) % 10);
    })
    .replace(/\uFF0B/g, '+')
    .replace(/[\u2010-\u2015\u2212\u30FC\uFF0D]/g, '-')
    .replace(/[\uFF08\uFF09\uFF0E\uFF0F]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
}

// An extension at the end: `x3804`, `x.3804`, `ext. 3804`, `Ext: 3804`, `extension 3804`, `anexo 12`,
// `#3804`, `;ext=3804`. A word label needs a non-letter before it, so the "ext" in "Text" is no label.
const EXTENSION = /(^|[^a-z])(?:;ext=|ext(?:ensi[oó]n|n)?|anexo|x|#|,+)[.:]?\s*(\d{1,9})#?$/i;
// A note in brackets at the end, such as `(TTY)`, `(English)` or `(toll-free)`: words only.
const NOTE = /\s*\(([\p{L}\p{M}\s.,'’&/-]*\p{L}[\p{L}\p{M}\s.,'’&/-]*)\)$/u;
// The digits of a vanity number in brackets at the end: `1-800-799-SAFE (7233)`.
const SPELLED_OUT = /\s*\(([\d\s.-]*\d)\)$/;
// A number: an optional `+`, digits, separators and, after the first digit, capital vanity letters.
const NUMBER = /^\+?[\d\s().\-/[\]~]*\d[\d\s().\-/[\]~A-Z]*$/;

/**
 * Parses one number written the way organisations write it. `region` says which country a national
 * or short number (no `+`) belongs to.
 */
export function parsePhone(input: string | null | undefined, region = 'US'): PhoneParseResult {
  const raw = (input ?? '').replace(/\s+/g, ' ').trim();
  const fail = (reason: string): PhoneParseResult => ({ ok: false, input: raw, reason });
  if (raw === '') return fail('is empty');
  if (raw.length > 80) return fail('is too long to be a phone number');

  let text = normalizeCharacters(raw).replace(/^tel:/i, '');
  let spelledOut: string | undefined;
  // Notes in brackets at the end go, before and after an extension (`x12 (TTY)`, `(TTY) x12`).
  const dropNotes = (): void => {
    for (let note; (note = NOTE.exec(text) ?? SPELLED_OUT.exec(text));) {
      if (/\d/.test(note[1]!)) {
        if (spelledOut !== undefined || !/[A-Z]/.test(text.slice(0, note.index))) return;
        spelledOut = note[1]!.replace(/\D/g, '');
      }
      text = text.slice(0, note.index);
    }
  };
  dropNotes();
  let extension: string | undefined;
  let extensionText = '';
  const ext = EXTENSION.exec(text);
  if (ext) {
    extension = ext[2];
    const body = text.slice(0, ext.index + ext[1]!.length).replace(/[\s,]+$/, '');
    extensionText = text.slice(body.length);
    text = body;
    dropNotes();
  }

  if (/[^+\d\sA-Za-z().\-/[\]~]|.\+/.test(text)) {
    return fail('contains characters that are not part of a phone number (write only the number)');
  }
  if (!/\d/.test(text)) return fail('is a word, not a number');
  if (!NUMBER.test(text)) {
    return fail('has words around the number (write only the number; vanity letters in capitals)');
  }

  const dialText = vanityToDigits(text);
  const digits = dialText.replace(/\D/g, '');
  const letters = dialText !== text;
  if (spelledOut !== undefined) {
    const lettersFrom = vanityToDigits(text.slice(0, text.search(/[A-Z]/))).replace(/\D/g, '').length;
    if (!digits.endsWith(spelledOut) || digits.length - spelledOut.length > lettersFrom) {
      return fail(`has digits in brackets that do not match its letters (write the number in digits)`);
    }
  }
  const shown = dialText + extensionText;
  const number: PhoneNumber = { display: raw, region: normalizeRegion(region) || 'US' };
  if (shown !== raw) number.copyText = shown;
  if (letters && spelledOut === undefined) number.numericDisplay = shown;
  if (extension) number.extension = extension;

  const result = text.startsWith('+')
    ? readInternational(digits, text, number)
    : readNational(digits, number);
  if (typeof result === 'string') return fail(result);
  if (letters && result.short) return fail('is a short number written with letters (write its digits)');
  if (extension && result.short) return fail('is a short number with an extension');
  return { ok: true, number: result };
}

/** A number written without `+`: national or short for `number.region`, or after an IDD prefix. */
function readNational(digits: string, number: PhoneNumber): PhoneNumber | string {
  const plan = regionPlans().find((candidate) => candidate.region === number.region);
  if (!plan) {
    return `is a national number for region "${number.region}", which stat-widgets cannot read (write it with + and its country code)`;
  }
  const idd = plan.idd.exec(digits);
  if (idd && /^[1-9]/.test(digits.slice(idd[0].length))) {
    return readInternational(digits.slice(idd[0].length), '', number);
  }
  const [general, shortCode] = plan.shortPatterns;
  if (plan.shortLengths.includes(digits.length) && general!.test(digits) && shortCode!.test(digits)) {
    number.short = digits;
    return number;
  }
  const full = readSignificant(digits, plan, number);
  if (typeof full !== 'string') return full;
  if (digits.length <= Math.max(...plan.shortLengths)) {
    return `is not a short number in ${plan.region} (set country to its own country, or write the full number with +)`;
  }
  return full;
}

/** A number written with `+` (or after an IDD prefix): `digits` start with the calling code. */
function readInternational(digits: string, written: string, number: PhoneNumber): PhoneNumber | string {
  const notValid = 'is not a valid international number';
  if (digits.length < 4 || digits.length > 17 || digits.startsWith('0')) {
    return `${notValid} (+, a country code, at most 15 digits)`;
  }
  for (let length = 1; length <= 3; length++) {
    const cc = digits.slice(0, length);
    // Regions that share a code (US, CA, PR) each get a try; the first region's reason is the one kept.
    const readings = regionPlans()
      .filter((plan) => plan.cc === cc)
      .map((plan) => readSignificant(digits.slice(length), plan, { ...number, region: plan.region }));
    if (readings.length) return readings.find((reading) => typeof reading !== 'string') ?? readings[0]!;
    const other = otherCallingCode(cc);
    if (!other) continue;
    let nsn = digits.slice(length);
    // Only a trunk prefix written as `(0)` is dropped: without the country's number patterns, a bare 0
    // after the code cannot be told from a digit of the number.
    if (other.trunkZero && nsn.startsWith('0')) {
      if (!/^\+[\s-]*\d+[\s-]*\(0\)/.test(written))
        return `has a 0 after +${cc} (write the number without it)`;
      nsn = nsn.slice(1);
    }
    if (nsn.length < other.min || nsn.length > other.max) {
      return `has the wrong number of digits for +${cc} (check it)`;
    }
    return { ...number, region: 'ZZ', e164: `+${cc}${nsn}` };
  }
  return `${notValid} (+${digits.slice(0, 3)}… is not a country calling code)`;
}

/**
 * The national significant number of `digits` (trunk prefix and all) in a compiled region, read the way
 * libphonenumber reads it: the trunk prefix goes unless the number only fits the pattern with it, or
 * too few digits would be left.
 */
function readSignificant(digits: string, plan: RegionPlan, number: PhoneNumber): PhoneNumber | string {
  let nsn = digits;
  const trunk = plan.trunk?.exec(digits);
  if (trunk) {
    const rest = digits.slice(trunk[0].length);
    const possible = plan.lengths.includes(rest.length) || rest.length > Math.max(...plan.lengths);
    if (possible && !(plan.pattern.test(digits) && !plan.pattern.test(rest))) nsn = rest;
  }
  const nanp = plan.cc === '1';
  const where = nanp ? 'North America' : plan.region;
  const advice = nanp
    ? 'check it: 10 digits, area code first'
    : `check it, or write it as dialled from abroad, +${plan.cc} …`;
  if (!plan.lengths.includes(nsn.length)) return `has the wrong number of digits for ${where} (${advice})`;
  if (!plan.pattern.test(nsn) || (nanp && nsn.length === 10 && !isNanpNumber(nsn))) {
    return nanp
      ? 'is not a valid North American number (no such area code or exchange; check it)'
      : `is not a valid number in ${where} (${advice})`;
  }
  return { ...number, e164: `+${plan.cc}${nsn}` };
}

/** Splits `a; b`, `a or b` (and Spanish `a o b`) into single numbers. */
export function splitPhoneList(input: string | null | undefined): string[] {
  return (input ?? '')
    .split(/\s*;(?!\s*ext=)\s*|\s+(?:or|o)\s+/i)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** Parses every number in a list written as `a; b` or `a or b`. */
export function parsePhoneList(input: string | null | undefined, region = 'US'): PhoneParseResult[] {
  return splitPhoneList(input).map((part) => parsePhone(part, region));
}

/**
 * The RFC 3966 `tel:` href, or `null` when the number must not be a link where the visitor is: a
 * short number outside its region (`cardRegion`) dials nothing useful.
 */
export function toTelHref(number: PhoneNumber, cardRegion?: string): string | null {
  if (number.e164) return `tel:${number.e164}${number.extension ? `;ext=${number.extension}` : ''}`;
  if (number.short && isDialableIn(number, cardRegion)) return `tel:${number.short}`;
  return null;
}

/** True when a short number belongs to `cardRegion` (full numbers dial everywhere). */
export function isDialableIn(number: PhoneNumber, cardRegion?: string): boolean {
  if (!number.short) return true;
  return cardRegion === undefined || normalizeRegion(cardRegion) === number.region;
}

export type SmsPlatform = 'ios' | 'other';

/**
 * The platform whose `sms:` body syntax to use. iOS 8+ reads `sms:N&body=`; Android and the rest
 * read `sms:N?body=` (RFC 5724). iPadOS reports a Mac user agent, so touch points tell them apart.
 * Nobody can feature-detect this, which is why the keyword is always visible text as well.
 */
export function smsPlatform(userAgent: string, maxTouchPoints = 0): SmsPlatform {
  if (/iPhone|iPad|iPod/.test(userAgent)) return 'ios';
  if (/Macintosh/.test(userAgent) && maxTouchPoints > 1) return 'ios';
  return 'other';
}

/**
 * The `sms:` href for a number, with an optional prefilled body (always percent-encoded), or
 * `null` when the number cannot be texted where the visitor is (a short code outside its region).
 */
export function toSmsHref(
  number: PhoneNumber,
  body: string | undefined,
  platform: SmsPlatform,
  cardRegion?: string,
): string | null {
  if (number.extension) return null;
  const target = number.e164 ?? (isDialableIn(number, cardRegion) ? number.short : undefined);
  if (!target) return null;
  const text = (body ?? '').trim();
  if (text === '') return `sms:${target}`;
  return `sms:${target}${platform === 'ios' ? '&' : '?'}body=${encodeURIComponent(text)}`;
}

/** What a person reads for a number: the vanity form with its digits, e.g. `1-800-THE-LOST (1-800-843-5678)`. */
export function displayWithDigits(number: PhoneNumber): string {
  return number.numericDisplay ? `${number.display} (${number.numericDisplay})` : number.display;
}
