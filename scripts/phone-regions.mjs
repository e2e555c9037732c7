// What the phone table compiles, shared by scripts/phone-metadata.mjs (the table) and
// scripts/phone-corpus.mjs (the differential test's inputs), so both always cover the same regions.
import { readFileSync } from 'node:fs';

/** The regions the issue asks for, main region of each calling code first; every preset's country is added. */
const REQUIRED = [
  'US',
  'CA',
  'PR',
  'MX',
  'GB',
  'IE',
  'AU',
  'NZ',
  'DE',
  'FR',
  'ES',
  'IT',
  'NL',
  'IN',
  'PH',
  'ZA',
];
const presetCountries = [
  ...readFileSync('src/data/presets.ts', 'utf8').matchAll(/\bcountry: '([A-Z]{2})'/g),
].map((match) => match[1]);

/** Regions whose national and short numbers the bundle reads in full. */
export const COMPILED_REGIONS = [...new Set([...REQUIRED, ...presetCountries])];

/** libphonenumber's number types (the same names in libphonenumber-js and google-libphonenumber). */
export const NUMBER_TYPES = [
  'FIXED_LINE',
  'MOBILE',
  'TOLL_FREE',
  'PREMIUM_RATE',
  'SHARED_COST',
  'PERSONAL_NUMBER',
  'VOIP',
  'PAGER',
  'UAN',
  'VOICEMAIL',
];
