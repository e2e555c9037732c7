// npm run phone-data (also run by the build): compiles libphonenumber's metadata into the small table
// src/data/phone-metadata.ts that src/lib/phone.ts reads, so no phone data is fetched at run time and
// none is written by hand. `--check` fails when the committed table is stale (npm test runs that).
//
// Sources: libphonenumber-js (`max` metadata: calling codes, trunk prefixes, international prefixes,
// possible lengths, number patterns) and google-libphonenumber (short numbers, which libphonenumber-js
// does not carry). Both are dev dependencies; the bundle carries only the compiled table.
//
// What is compiled, and why it stays small:
// - REGIONS: full plans for the regions in scripts/phone-regions.mjs: enough to read a
//   national number, strip its trunk prefix the way libphonenumber does, check it against the
//   region's general number pattern (libphonenumber's `min` validation) and read its short numbers.
// - NANP_AREA_CODES: the area codes in use anywhere in +1, as a bitmap: the general +1 pattern would
//   accept `911-555-1234`, which no network can reach.
// - CALLING_CODES, CALLING_CODE_LENGTHS: every other calling code with its shortest and longest
//   national number and whether its trunk prefix is 0, so `+CC …` works for every country.
import { createRequire } from 'node:module';
import { Metadata } from 'libphonenumber-js/core';
import max from 'libphonenumber-js/max/metadata';
import { emitGenerated } from './generated-file.mjs';
import { COMPILED_REGIONS, NUMBER_TYPES } from './phone-regions.mjs';

const require = createRequire(import.meta.url);
const OUT = 'src/data/phone-metadata.ts';

/** libphonenumber-js keeps absent values as 0 in its compressed metadata. */
const text = (value) => (typeof value === 'string' ? value : '');
/** Possible lengths as one base-36 character each (`79a` = 7, 9 or 10 digits). */
const lengthChars = (lengths) => lengths.map((n) => n.toString(36)).join('');
const plan = (selector) => {
  const metadata = new Metadata(max);
  metadata.selectNumberingPlan(selector);
  return metadata;
};

// Short numbers: google-libphonenumber's ShortNumberMetadata, kept as its Closure arrays, indexed by
// the field numbers of phonemetadata.proto (PhoneMetadata: 1 general_desc, 29 short_code;
// PhoneNumberDesc: 2 national_number_pattern, 9 possible_length).
const shortMetadata = require('google-libphonenumber').shortnumbermetadata.countryToMetadata;
function shortNumbers(region) {
  const metadata = shortMetadata[region];
  if (!metadata) return ['', '', ''];
  const general = metadata[1];
  return [lengthChars(general[9]), text(general[2]), text(metadata[29]?.[2])];
}

/** A set of numbers as a bitmap in hex, four numbers a digit, most significant bit first. */
function bitmap(from, to, has) {
  let hex = '';
  for (let value = from; value < to; value += 4) {
    let nibble = 0;
    for (let i = 0; i < 4; i++) if (has(value + i)) nibble |= 8 >> i;
    hex += nibble.toString(16);
  }
  return hex;
}

const FIELD = ' ';
const RECORD = ';';
const records = COMPILED_REGIONS.map((region) => {
  const metadata = plan(region);
  if (text(metadata.nationalPrefixTransformRule())) {
    throw new Error(`${region} rewrites its trunk prefix; src/lib/phone.ts does not support that yet.`);
  }
  const fields = [
    region,
    metadata.numberingPlan.callingCode(),
    text(metadata.IDDPrefix()),
    text(metadata.nationalPrefixForParsing()) || text(metadata.numberingPlan.nationalPrefix()),
    lengthChars(metadata.possibleLengths()),
    metadata.nationalNumberPattern(),
    ...shortNumbers(region),
  ];
  for (const field of fields) {
    if (field.includes(FIELD) || field.includes(RECORD) || field.includes("'")) {
      throw new Error(`${region}: ${field} holds a separator character.`);
    }
  }
  return fields.join(FIELD);
});

// +1: an area code is in use when any number type of any NANP region accepts a number in it. The
// runtime also requires an exchange starting 2–9, which every NANP region's number types agree with
// except Dominican toll-free ranges (809/829/849-0xx and -1xx, 800-14x): those stay text, which is
// safe and rare on a card. Any other disagreement fails here, so a metadata update cannot slip by.
const EXCHANGE_EXCEPTIONS = new Set(['DO']);
const nanp = max.country_calling_codes['1'].map((region) => {
  const metadata = plan(region);
  const patterns = NUMBER_TYPES.map((type) => metadata.type(type)?.pattern()).filter(Boolean);
  return { region, pattern: new RegExp(`^(?:${patterns.join('|')})$`) };
});
const areaCodes = new Set();
for (let areaCode = 200; areaCode < 1000; areaCode++) {
  for (let exchange = 0; exchange < 100; exchange++) {
    const number = `${areaCode}${String(exchange).padStart(2, '0')}12345`;
    const owner = nanp.find(({ pattern }) => pattern.test(number));
    if (!owner) continue;
    if (exchange >= 20) areaCodes.add(areaCode);
    else if (!EXCHANGE_EXCEPTIONS.has(owner.region)) {
      throw new Error(`+1 ${areaCode} in ${owner.region} has an exchange starting 0 or 1; update phone.ts.`);
    }
  }
}

// Every other calling code (they are prefix-free, so a code's value names it), with its shortest and
// longest national number over its regions and whether its trunk prefix is 0 (so `+CC (0) …` can
// drop that 0).
const compiledCodes = new Set(COMPILED_REGIONS.map((region) => plan(region).numberingPlan.callingCode()));
const otherCodes = [...Object.keys(max.country_calling_codes), ...Object.keys(max.nonGeographic)]
  .filter((code) => !compiledCodes.has(code))
  .map(Number)
  .sort((a, b) => a - b);
const lengthChar = (n) => String.fromCharCode(96 + n);
const codeLengths = otherCodes
  .map((code) => {
    const main = plan(String(code));
    const owners = max.country_calling_codes[code] ?? [];
    const lengths = owners.length
      ? owners.flatMap((region) => plan(region).possibleLengths())
      : main.possibleLengths();
    const shortest = lengthChar(Math.min(...lengths));
    const longest = lengthChar(Math.max(...lengths));
    return `${main.numberingPlan.nationalPrefix() === '0' ? shortest.toUpperCase() : shortest}${longest}`;
  })
  .join('');

const versions = `libphonenumber-js ${require('libphonenumber-js/package.json').version}, google-libphonenumber ${
  require('google-libphonenumber/package.json').version
}`;

await emitGenerated(
  OUT,
  `// Generated by scripts/phone-metadata.mjs from ${versions}. Do not edit: run \`npm run phone-data\`.
/**
 * Compiled regions, \`${RECORD}\`-separated; each has \`${FIELD}\`-separated fields: region, calling code,
 * international prefix pattern, trunk prefix pattern, possible lengths (base 36), national number
 * pattern, short-number lengths, short-number general pattern, short-code pattern.
 */
export const REGIONS = ${JSON.stringify(records.join(RECORD))};

/** +1 area codes in use, as a bitmap over 200–999 (hex, four codes a digit, most significant first). */
export const NANP_AREA_CODES = '${bitmap(200, 1000, (code) => areaCodes.has(code))}';

/** Every other calling code, as a bitmap over 0–999 (the same layout). */
export const CALLING_CODES = '${bitmap(0, 1000, (code) => otherCodes.includes(code))}';

/**
 * For each code of CALLING_CODES in order, its shortest and longest national number as letters
 * (a = 1); an upper-case first letter means its trunk prefix is 0.
 */
export const CALLING_CODE_LENGTHS = '${codeLengths}';
`,
  'typescript',
  'npm run phone-data',
);
