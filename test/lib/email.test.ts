import { expect } from '@open-wc/testing';
import { isPlausibleEmail } from '../../src/lib/email.js';

describe('isPlausibleEmail (lenient; the provider has the last word)', () => {
  const accepted = [
    "o'brien@example.ie",
    'user+tag@sub.example.co.uk',
    'x@example.photography',
    'Dāvis@example.lv',
    'user@bücher.de',
    'user@xn--bcher-kva.de',
    '  padded@example.org  ',
    'a@b',
  ];
  const refused = [
    '',
    '   ',
    'plain',
    '@example.org',
    'name@',
    'a@b@c',
    'two words@example.org',
    'a@exa mple.org',
  ];
  for (const value of accepted)
    it(`accepts ${JSON.stringify(value)}`, () => expect(isPlausibleEmail(value)).to.equal(true));
  for (const value of refused)
    it(`refuses ${JSON.stringify(value)}`, () => expect(isPlausibleEmail(value)).to.equal(false));
});
