// npm run phone-data (with scripts/phone-metadata.mjs): writes test/lib/phone-corpus.json, the inputs
// of the differential phone test (test/lib/phone-differential.test.ts). Reproducible: every number
// comes from libphonenumber's own example numbers (google-libphonenumber) or from the hand-written
// lists below, and the "random" garbage from a seeded generator. `--check` fails when the committed
// corpus is stale.
//
// Each entry: `input` (as an organisation might write it), `region` (the card's `country`), `kind`,
// and where needed `reference` (the same number in a form libphonenumber-js reads, for inputs it
// cannot: vanity letters, notes in brackets, digits of scripts it does not know) and `short: true`
// (libphonenumber's ShortNumberInfo calls it a short number of `region`, which libphonenumber-js
// cannot tell). The test judges every input with libphonenumber-js (`max` metadata).
import { createRequire } from 'node:module';
import { emitGenerated } from './generated-file.mjs';
import { COMPILED_REGIONS, NUMBER_TYPES } from './phone-regions.mjs';

const require = createRequire(import.meta.url);
const google = require('google-libphonenumber');
const util = google.PhoneNumberUtil.getInstance();
const shortInfo = google.ShortNumberInfo.getInstance();
const { NATIONAL, INTERNATIONAL } = google.PhoneNumberFormat;
const OUT = 'test/lib/phone-corpus.json';

const EXTENSIONS = [' ext. 123', ' x4567', ';ext=89', ' Ext: 12', ' x.3804', ' extension 7'];
const DIALLING_FROM = ['US', 'GB', 'AU', 'DE'];

const entries = [];
const add = (kind, region, input, reference) => {
  const entry = { input, region, kind };
  if (reference !== undefined && reference !== input) entry.reference = reference;
  entries.push(entry);
};

// 1. Example numbers of every type for every compiled region, written five ways.
let turn = 0;
for (const region of COMPILED_REGIONS) {
  for (const type of NUMBER_TYPES) {
    const number = util.getExampleNumberForType(region, google.PhoneNumberType[type]);
    if (!number) continue;
    const national = util.format(number, NATIONAL);
    const international = util.format(number, INTERNATIONAL);
    add('example', region, national);
    add('example', region, international);
    if (util.getNddPrefixForRegion(region, true) === '0') {
      add('example', 'US', international.replace(/^(\+\d+) /, '$1 (0)'));
    }
    add('example', region, national + EXTENSIONS[turn % EXTENSIONS.length]);
    const from = DIALLING_FROM[turn % DIALLING_FROM.length];
    add('example', from, util.formatOutOfCountryCallingNumber(number, from));
    turn += 1;
  }
}

// 2. Every other country, written with + (what "+CC works everywhere" promises), also with (0).
for (const region of util.getSupportedRegions().sort()) {
  if (COMPILED_REGIONS.includes(region)) continue;
  for (const type of ['FIXED_LINE', 'MOBILE']) {
    const number = util.getExampleNumberForType(region, google.PhoneNumberType[type]);
    if (!number) continue;
    const international = util.format(number, INTERNATIONAL);
    add('international', 'US', international);
    if (type === 'FIXED_LINE' && util.getNddPrefixForRegion(region, true) === '0') {
      add('international', 'GB', international.replace(/^(\+\d+) /, '$1 (0)'));
    }
  }
}
for (const code of util.getSupportedGlobalNetworkCallingCodes()) {
  const number = util.getExampleNumberForNonGeoEntity(code);
  if (number) add('international', 'US', util.format(number, INTERNATIONAL));
}

// 3. Short numbers: libphonenumber's examples for each compiled region, and the numbers people know,
// tried in every compiled region (each is a short number in some and nothing in others).
for (const region of COMPILED_REGIONS) {
  const example = shortInfo.getExampleShortNumber(region);
  if (example) add('short', region, example);
  const { TOLL_FREE, STANDARD_RATE } = google.ShortNumberInfo.ShortNumberCost;
  for (const cost of [TOLL_FREE, STANDARD_RATE]) {
    const forCost = shortInfo.getExampleShortNumberForCost(region, cost);
    if (forCost) add('short', region, forCost);
  }
  for (const known of [
    '911',
    '988',
    '711',
    '999',
    '112',
    '000',
    '111',
    '110',
    '116 123',
    '116 111',
    '233733',
  ]) {
    add('short', region, known);
  }
}

// 4. Hotlines as their organisations publish them (and the forms clubs paste).
const HOTLINES = [
  ['US', '1-888-373-7888'],
  ['US', '1-888-3737-888'],
  ['US', '+1 888 373 7888'],
  ['US', 'tel:+18883737888', '+18883737888'],
  ['US', 'tel:+1-888-373-7888', '+1-888-373-7888'],
  ['US', '1 (888) 373-7888'],
  ['US', '1.800.662.4357'],
  ['US', '1-800-799-7233'],
  ['US', '1-800-787-3224 (TTY)', '1-800-787-3224'],
  ['US', '1-800-656-4673 (English)', '1-800-656-4673'],
  ['US', '1-800-656-4673 (toll-free)', '1-800-656-4673'],
  ['US', '1-866-488-7386'],
  ['US', '1-888-385-4657'],
  ['US', '(619) 531-4041'],
  ['US', '619.531.4041'],
  ['US', '(619) 521-2250 x3804'],
  ['US', '(619) 521-2250 Ext: 3816', '(619) 521-2250 ext. 3816'],
  ['US', '(619) 521-2250 x.3804'],
  ['US', '(619) 521-2250;ext=3804'],
  ['US', '(619) 993-8050'],
  ['US', '011 52 800 5533 000'],
  ['US', '011 44 800 1111'],
  ['US', '988'],
  ['US', '911'],
  ['US', '711'],
  ['US', '233733'],
  ['US', '741741'],
  ['CA', '1-833-900-1010'],
  ['CA', '1-866-863-0511'],
  ['CA', '1-800-668-6868'],
  ['CA', '686868'],
  ['CA', '988'],
  ['MX', '800 5533 000'],
  ['MX', '800 55 33 000'],
  ['MX', '+52 800 5533 000'],
  ['MX', '800 911 2000'],
  ['MX', '55 5533 5533'],
  ['MX', '911'],
  ['MX', '089'],
  ['GB', '08000 121 700'],
  ['GB', '0800 012 1700'],
  ['GB', '0800 1111'],
  ['GB', '0808 2000 247'],
  ['GB', '0800 58 58 58'],
  ['GB', '0300 123 3393'],
  ['GB', '0800 555 111'],
  ['GB', '116 123'],
  ['GB', '999'],
  ['GB', '101'],
  ['GB', '+44 (0)20 7946 0000'],
  ['GB', '+44 (0) 800 1111'],
  ['GB', '00 1 888 373 7888'],
  ['IE', '1800 66 66 66'],
  ['IE', '116 123'],
  ['IE', '+353 1 872 9020'],
  ['IE', '01 872 9020'],
  ['AU', '1800 737 732'],
  ['AU', '13 11 14'],
  ['AU', '1300 22 4636'],
  ['AU', '1800 55 1800'],
  ['AU', '000'],
  ['AU', '(02) 9374 4000'],
  ['AU', '0011 1 888 373 7888'],
  ['NZ', '0800 543 354'],
  ['NZ', '0800 456 450'],
  ['NZ', '1737'],
  ['NZ', '111'],
  ['DE', '0800 111 0 111'],
  ['DE', '0800 111 0 222'],
  ['DE', '116 016'],
  ['DE', '08000 116 016'],
  ['DE', '110'],
  ['DE', '+49 (0)30 12345678'],
  ['DE', '030 12345678'],
  ['FR', '3919'],
  ['FR', '119'],
  ['FR', '01 23 45 67 89'],
  ['FR', '+33 (0)1 23 45 67 89'],
  ['ES', '016'],
  ['ES', '900 116 016'],
  ['ES', '+34 91 123 45 67'],
  ['IT', '1522'],
  ['IT', '800 290 290'],
  ['IT', '+39 06 1234 5678'],
  ['NL', '0800 2000'],
  ['NL', '+31 (0)20 123 4567'],
  ['IN', '1098'],
  ['IN', '181'],
  ['IN', '+91 98765 43210'],
  ['PH', '1343'],
  ['PH', '911'],
  ['ZA', '0800 222 777'],
  ['ZA', '0800 428 428'],
  ['ZA', '10111'],
];
for (const [region, input, reference] of HOTLINES) add('hotline', region, input, reference);

// 5. Vanity numbers of US hotlines, with the digits libphonenumber reads.
const VANITY = [
  ['1-800-THE-LOST', '1-800-843-5678'],
  ['1-800-THE-LOST (1-800-843-5678)', '1-800-843-5678'],
  ['1-800-799-SAFE', '1-800-799-7233'],
  ['1-800-799-SAFE (7233)', '1-800-799-7233'],
  ['1-800-656-HOPE', '1-800-656-4673'],
  ['1-800-656-HOPE (4673)', '1-800-656-4673'],
  ['1-800-4-A-CHILD', '1-800-422-4453'],
  ['1-800-273-TALK', '1-800-273-8255'],
  ['1-800-273-TALK (8255)', '1-800-273-8255'],
  ['1-800-950-NAMI', '1-800-950-6264'],
  ['1-800-662-HELP', '1-800-662-4357'],
  ['1-888-FAMILIA', '1-888-3264542'],
  ['+1-800-THE-LOST', '+1-800-843-5678'],
];
for (const [input, reference] of VANITY) add('vanity', 'US', input, reference);

// 6. Words around digits: never a link, whatever the digits would dial.
const PROSE = [
  ['US', 'Text 838 255'],
  ['GB', 'Ring 116 123'],
  ['US', 'Call 1-888-373-7888'],
  ['US', 'Text HELP to 233733'],
  ['US', 'Text START to 741741'],
  ['US', 'Dial 988'],
  ['US', 'call 911'],
  ['US', 'CALL 911'],
  ['US', 'TEXT 838255'],
  ['US', '988 NOW'],
  ['US', '911 ASAP'],
  ['US', '1-800-799-7233 TTY'],
  ['US', '1-888-373-7888 anytime'],
  ['US', 'Call or text 988'],
  ['GB', 'Call us on 0800 1111'],
  ['GB', 'Ring Childline on 0800 1111'],
  ['GB', '0800 1111 free from mobiles'],
  ['MX', 'Llame al 800 5533 000'],
  ['DE', 'Ruf an 0800 111 0 111'],
  ['AU', 'Phone 13 11 14'],
  ['NZ', 'Free call 0800 543 354'],
  ['FR', 'Appelez le 3919'],
  ['ES', 'Llama al 016'],
  ['US', 'Text HOME to 741741'],
  ['US', 'text 233733'],
  ['US', 'Ext 3804'],
];
for (const [region, input] of PROSE) add('prose', region, input);

// 7. Garbage: numbers that cannot exist, malformed input, and seeded random digit strings.
const GARBAGE = [
  ['US', '911-555-1234'],
  ['US', '(999) 555-1234'],
  ['US', '+999 1234567'],
  ['GB', '000000000'],
  ['GB', '988'],
  ['US', '999'],
  ['US', '555-1234'],
  ['US', '1-555-555-5555'],
  ['US', '+1 911 555 1234'],
  ['US', '(800) 000-0000'],
  ['US', '1234'],
  ['US', '12345678901234567890'],
  ['US', '+1'],
  ['US', '+'],
  ['US', '---'],
  ['US', '()'],
  ['US', '0'],
  ['GB', '00000'],
  ['GB', '+44'],
  ['GB', '+44 0'],
  ['DE', '+49 0'],
  ['FR', '+33 (0)'],
  ['GB', '0 800'],
  ['US', '1-888-373-78888'],
  ['US', '(019) 531-4041'],
  ['US', '+0 123 4567'],
  ['US', '1-888+373-7888'],
  ['US', '1-888-373-7888<script>'],
  ['US', 'javascript:alert(1)'],
  ['US', '988 x12'],
  ['MX', '01 800 5533 000'],
  ['MX', '044 55 1234 5678'],
];
for (const [region, input] of GARBAGE) add('garbage', region, input);
let seed = 12;
const random = () => {
  // mulberry32: a tiny seeded generator, so the corpus is the same on every run.
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
for (let i = 0; i < 120; i++) {
  const region = COMPILED_REGIONS[Math.floor(random() * COMPILED_REGIONS.length)];
  const length = 3 + Math.floor(random() * 10);
  let digits = '';
  for (let d = 0; d < length; d++) digits += Math.floor(random() * 10);
  add('garbage', region, i % 3 === 0 ? `+${digits}` : digits);
}

// 8. Digits of other scripts. libphonenumber-js reads Arabic-Indic, Persian and full-width digits;
// for the others the reference is the same number in ASCII digits.
const SCRIPTS = [
  [0x0660, true],
  [0x06f0, true],
  [0xff10, true],
  [0x0966, false],
  [0x09e6, false],
  [0x0e50, false],
];
let scriptTurn = 0;
for (const region of COMPILED_REGIONS) {
  for (const type of ['FIXED_LINE', 'MOBILE', 'TOLL_FREE']) {
    const number = util.getExampleNumberForType(region, google.PhoneNumberType[type]);
    if (!number) continue;
    for (const written of [util.format(number, NATIONAL), util.format(number, INTERNATIONAL)]) {
      const [zero, judgeReads] = SCRIPTS[scriptTurn++ % SCRIPTS.length];
      const input = written.replace(/\d/g, (digit) => String.fromCodePoint(zero + Number(digit)));
      add('script', region, input, judgeReads ? input : written);
    }
  }
}

// ShortNumberInfo's judgement, for every input written without + (it reads the reference form).
for (const entry of entries) {
  if (entry.kind === 'prose') continue;
  const written = entry.reference ?? entry.input;
  if (written.includes('+')) continue;
  try {
    const number = util.parse(written, entry.region);
    if (!number.hasExtension() && shortInfo.isValidShortNumberForRegion(number, entry.region))
      entry.short = true;
  } catch {
    // Not a number libphonenumber can parse at all: not a short number either.
  }
}

await emitGenerated(OUT, JSON.stringify(entries), 'json', 'npm run phone-data');
