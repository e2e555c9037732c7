/**
 * Phone numbers the way organisations write them, turned into links that dial.
 *
 * Safety: a wrong number is harm. So this module
 * - keeps the organisation's own grouping for what people read (`display`) and builds the link
 *   separately, as an RFC 3966 global number (`tel:+18883737888`): no spaces, letters or national
 *   prefixes, which some dialers misread (FAH shipped `tel:0800 376 633`);
 * - converts vanity letters by the keypad (1-800-THE-LOST → +18008435678, RFC 3966 §5.1.2);
 * - links short numbers (988, 711, 911, 233733) only inside their own region: `tel:988` dialled from
 *   another country reaches nobody, or someone else;
 * - refuses anything it cannot read with an explicit `{ ok: false }`, so a caller shows the text
 *   without a link instead of guessing.
 *
 * DOM-free and dependency-free: libphonenumber-js checks our presets in tests only (it does not know
 * short codes or vanity letters, and it weighs ~145 kB).
 */

/** One parsed number. */
export interface PhoneNumber {
  /** As the organisation wrote it, whitespace tidied: what people read and copy. */
  display: string;
  /** `display` with vanity letters replaced by digits (`1-800-843-5678`), or `undefined` when it has none. */
  numericDisplay?: string;
  /** The ISO 3166 region the number belongs to (`US`, `GB`, `MX`...). */
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
  /** Country calling code. */
  cc: string;
  /** National trunk prefix dropped before the national significant number (NSN). */
  trunk: string;
  /** Allowed NSN lengths. */
  nsn: readonly number[];
}

/**
 * The regions we know how to read national numbers for. NANP regions share +1; the others are the
 * countries our presets and their neighbours use. International input (`+…`) works for any country.
 */
const NANP: RegionPlan = { cc: '1', trunk: '1', nsn: [10] };
const NANP_NSN = /^[2-9]\d{2}[2-9]/;
const NANP_REASON = 'is not a valid North American number (area code and exchange cannot start with 0 or 1)';
const REGIONS: Readonly<Record<string, RegionPlan>> = {
  US: NANP,
  CA: NANP,
  PR: NANP,
  MX: { cc: '52', trunk: '', nsn: [10] },
  GB: { cc: '44', trunk: '0', nsn: [9, 10] },
  IE: { cc: '353', trunk: '0', nsn: [7, 8, 9] },
  ES: { cc: '34', trunk: '', nsn: [9] },
  FR: { cc: '33', trunk: '0', nsn: [9] },
  DE: { cc: '49', trunk: '0', nsn: [6, 7, 8, 9, 10, 11] },
  AU: { cc: '61', trunk: '0', nsn: [9] },
  NZ: { cc: '64', trunk: '0', nsn: [8, 9, 10] },
};

/** `UK` is what people type; ISO says `GB`. */
export function normalizeRegion(region: string | null | undefined): string {
  const upper = (region ?? '').trim().toUpperCase();
  return upper === 'UK' ? 'GB' : upper;
}

/** True when national numbers of `region` can be read (international `+…` numbers always can). */
export function isKnownRegion(region: string): boolean {
  return normalizeRegion(region) in REGIONS;
}

const KEYPAD: Readonly<Record<string, string>> = {};
for (const [digit, letters] of Object.entries({
  2: 'ABC',
  3: 'DEF',
  4: 'GHI',
  5: 'JKL',
  6: 'MNO',
  7: 'PQRS',
  8: 'TUV',
  9: 'WXYZ',
})) {
  for (const letter of letters) (KEYPAD as Record<string, string>)[letter] = digit;
}

/** Replaces keypad letters with their digits, leaving everything else as it is. */
export function vanityToDigits(text: string): string {
  return text.replace(/[A-Za-z]/g, (letter) => KEYPAD[letter.toUpperCase()] ?? letter);
}

// An extension: `x3804`, `ext. 3804`, `ext 3804`, `extension 3804`, `#3804`, `;ext=3804`.
const EXTENSION = /\s*(?:;\s*ext=|,?\s*(?:ext(?:ension)?\.?|x|#)\s*)(\d{1,7})\s*$/i;
// What may appear in a number: digits, letters (vanity), the visual separators people use, a leading +.
const ALLOWED = /^\+?[\dA-Za-z\s().\-/]+$/;

/**
 * Parses one number written the way organisations write it. `region` says which country a national
 * number (no `+`) belongs to.
 */
export function parsePhone(input: string | null | undefined, region = 'US'): PhoneParseResult {
  const raw = (input ?? '').replace(/\s+/g, ' ').trim();
  const fail = (reason: string): PhoneParseResult => ({ ok: false, input: raw, reason });
  if (raw === '') return fail('is empty');
  if (raw.length > 60) return fail('is too long to be a phone number');

  let body = raw;
  let extension: string | undefined;
  const ext = EXTENSION.exec(body);
  if (ext) {
    extension = ext[1];
    body = body.slice(0, ext.index).trim();
  }
  if (!ALLOWED.test(body)) return fail('contains characters that are not part of a phone number');

  const letters = /[A-Za-z]/.test(body);
  // A vanity number needs at least a few real digits in front (1-800-…); a bare word is not a number.
  if (letters && (body.match(/\d/g) ?? []).length < 3) return fail('is a word, not a number');
  const numeric = letters ? vanityToDigits(body) : body;
  const digits = numeric.replace(/\D/g, '');
  const display = extension ? raw : body;
  const numericDisplay = letters ? vanityToDigits(display).toUpperCase() : undefined;
  const home = normalizeRegion(region) || 'US';

  if (body.startsWith('+')) {
    if (digits.length < 7 || digits.length > 15 || digits.startsWith('0')) {
      return fail('is not a valid international number (E.164 has 7 to 15 digits after "+")');
    }
    // `ZZ` is CLDR's unknown region: the number still dials, we just do not know its country.
    const owner = regionForCallingCode(digits) ?? 'ZZ';
    const plan = REGIONS[owner];
    if (plan && digits.startsWith(plan.cc) && !plan.nsn.includes(digits.length - plan.cc.length)) {
      return fail(`does not have the right number of digits for +${plan.cc}`);
    }
    if (plan === NANP && !NANP_NSN.test(digits.slice(1))) return fail(NANP_REASON);
    return ok({ display, numericDisplay, region: owner, e164: `+${digits}`, extension });
  }

  // Short numbers: 3–6 digits written as one group (988, 711, 911, 999, 233733). They only work
  // inside their own region's networks.
  if (!letters && /^\d{3,6}$/.test(body.replace(/\s/g, '')) && !/[()\-./]/.test(body)) {
    if (extension) return fail('is a short number with an extension');
    return ok({ display, region: home, short: digits, extension });
  }

  const plan = REGIONS[home];
  if (!plan) return fail(`is a national number for region "${home}", which we cannot read; write it with +`);
  let nsn = digits;
  if (home === 'MX' && nsn.length === 12 && /^0[1-5]/.test(nsn))
    nsn = nsn.slice(2); // old 01/044/045 prefixes
  else if (plan.trunk && nsn.startsWith(plan.trunk) && !plan.nsn.includes(nsn.length)) {
    nsn = nsn.slice(plan.trunk.length);
  }
  if (!plan.nsn.includes(nsn.length)) {
    return fail(`does not have the right number of digits for ${home}`);
  }
  if (plan === NANP && !NANP_NSN.test(nsn)) return fail(NANP_REASON);
  return ok({ display, numericDisplay, region: home, e164: `+${plan.cc}${nsn}`, extension });
}

function ok(number: PhoneNumber): PhoneParseResult {
  // Keep the object free of `undefined` keys so results compare cleanly in tests and logs.
  const clean = Object.fromEntries(Object.entries(number).filter(([, v]) => v !== undefined));
  return { ok: true, number: clean as unknown as PhoneNumber };
}

/** The region whose calling code starts `digits` (NANP → `US`), if it is one we know. */
function regionForCallingCode(digits: string): string | undefined {
  for (const [region, plan] of Object.entries(REGIONS)) {
    if (plan !== NANP && digits.startsWith(plan.cc)) return region;
  }
  return digits.startsWith('1') ? 'US' : undefined;
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
