import { expect } from '@open-wc/testing';
import {
  displayWithDigits,
  parsePhone,
  parsePhoneList,
  smsPlatform,
  splitPhoneList,
  toSmsHref,
  toTelHref,
  type PhoneNumber,
} from '../../src/lib/phone.js';

const E164_HREF = /^tel:\+[1-9]\d{6,14}(;ext=\d+)?$/;

function parsed(input: string, region = 'US'): PhoneNumber {
  const result = parsePhone(input, region);
  if (!result.ok) throw new Error(`${input}: ${result.reason}`);
  return result.number;
}

describe('parsePhone() + toTelHref()', () => {
  // [input, region, href, display]
  const table: [string, string, string, string][] = [
    ['1-888-373-7888', 'US', 'tel:+18883737888', '1-888-373-7888'],
    ['1-888-3737-888', 'US', 'tel:+18883737888', '1-888-3737-888'],
    ['(619) 531-4041', 'US', 'tel:+16195314041', '(619) 531-4041'],
    ['619.531.4041', 'US', 'tel:+16195314041', '619.531.4041'],
    ['1-800-THE-LOST', 'US', 'tel:+18008435678', '1-800-THE-LOST'],
    ['1-800-273-TALK', 'US', 'tel:+18002738255', '1-800-273-TALK'],
    ['(619) 521-2250 x3804', 'US', 'tel:+16195212250;ext=3804', '(619) 521-2250 x3804'],
    ['(619) 521-2250 ext. 3816', 'US', 'tel:+16195212250;ext=3816', '(619) 521-2250 ext. 3816'],
    ['+52 800 5533 000', 'US', 'tel:+528005533000', '+52 800 5533 000'],
    ['800 5533 000', 'MX', 'tel:+528005533000', '800 5533 000'],
    ['800 55 33 000', 'MX', 'tel:+528005533000', '800 55 33 000'],
    ['08000 121 700', 'GB', 'tel:+448000121700', '08000 121 700'],
    ['0800 012 1700', 'UK', 'tel:+448000121700', '0800 012 1700'],
    ['+44 800 012 1700', 'US', 'tel:+448000121700', '+44 800 012 1700'],
    ['1-833-900-1010', 'CA', 'tel:+18339001010', '1-833-900-1010'],
    ['  1-888-385-4657  ', 'US', 'tel:+18883854657', '1-888-385-4657'],
    ['988', 'US', 'tel:988', '988'],
    ['711', 'US', 'tel:711', '711'],
    ['999', 'GB', 'tel:999', '999'],
    // The numbers: trunk prefixes go the way libphonenumber reads them.
    ['0800 58 58 58', 'GB', 'tel:+44800585858', '0800 58 58 58'],
    ['0800 111 0 111', 'DE', 'tel:+498001110111', '0800 111 0 111'],
    ['+44 (0)20 7946 0000', 'US', 'tel:+442079460000', '+44 (0)20 7946 0000'],
    ['+353 (0)1 872 9020', 'GB', 'tel:+35318729020', '+353 (0)1 872 9020'],
    // Real hotlines that were text only.
    ['1800 737 732', 'AU', 'tel:+611800737732', '1800 737 732'],
    ['1300 22 4636', 'AU', 'tel:+611300224636', '1300 22 4636'],
    ['13 11 14', 'AU', 'tel:+61131114', '13 11 14'],
    ['0800 1111', 'GB', 'tel:+448001111', '0800 1111'],
    ['116 123', 'GB', 'tel:116123', '116 123'],
    ['116 123', 'DE', 'tel:116123', '116 123'],
    ['000', 'AU', 'tel:000', '000'],
    // International prefixes of the card's region, and tel: pasted as it is.
    ['011 44 20 7946 0000', 'US', 'tel:+442079460000', '011 44 20 7946 0000'],
    ['00 52 800 5533 000', 'GB', 'tel:+528005533000', '00 52 800 5533 000'],
    ['0011 1 888 373 7888', 'AU', 'tel:+18883737888', '0011 1 888 373 7888'],
    ['tel:+18883737888', 'US', 'tel:+18883737888', 'tel:+18883737888'],
    ['tel:+1-888-373-7888', 'GB', 'tel:+18883737888', 'tel:+1-888-373-7888'],
    // Digits of other scripts; the display keeps them.
    ['٠٨٠٠ ١١١١', 'GB', 'tel:+448001111', '٠٨٠٠ ١١١١'],
    ['۰۸۰۰ ۱۱۱۱', 'GB', 'tel:+448001111', '۰۸۰۰ ۱۱۱۱'],
    ['０８００ １１１１', 'GB', 'tel:+448001111', '０８００ １１１１'],
    ['＋４４ ８００ １１１１', 'US', 'tel:+448001111', '＋４４ ８００ １１１１'],
    ['१८०० १२३ ४५६७', 'IN', 'tel:+9118001234567', '१८०० १२३ ४५६७'],
    // Extensions and notes.
    ['(619) 521-2250 Ext: 3804', 'US', 'tel:+16195212250;ext=3804', '(619) 521-2250 Ext: 3804'],
    ['(619) 521-2250 x.3804', 'US', 'tel:+16195212250;ext=3804', '(619) 521-2250 x.3804'],
    ['(619) 521-2250 extension 3804', 'US', 'tel:+16195212250;ext=3804', '(619) 521-2250 extension 3804'],
    ['1-800-787-3224 (TTY)', 'US', 'tel:+18007873224', '1-800-787-3224 (TTY)'],
    ['1-800-656-4673 (English)', 'US', 'tel:+18006564673', '1-800-656-4673 (English)'],
    ['1-800-799-SAFE (7233)', 'US', 'tel:+18007997233', '1-800-799-SAFE (7233)'],
    ['1-800-4-A-CHILD', 'US', 'tel:+18004224453', '1-800-4-A-CHILD'],
    // Any calling code: its lengths, and a trunk 0 only when written as (0).
    ['+46 8 123 456 78', 'US', 'tel:+46812345678', '+46 8 123 456 78'],
    ['+90 (0)212 555 1234', 'US', 'tel:+902125551234', '+90 (0)212 555 1234'],
    ['+1 310-1234', 'US', 'tel:+13101234', '+1 310-1234'],
  ];
  for (const [input, region, href, display] of table) {
    it(`${JSON.stringify(input)} (${region}) → ${href}`, () => {
      const number = parsed(input, region);
      expect(toTelHref(number, region === 'UK' ? 'GB' : region)).to.equal(href);
      expect(number.display).to.equal(display);
    });
  }

  it('every full-number href is E.164 with no spaces, letters or national prefix', () => {
    for (const [input, region] of table) {
      const number = parsed(input, region);
      if (number.e164) expect(toTelHref(number), input).to.match(E164_HREF);
    }
  });

  it('a vanity number keeps its letters and shows its digits', () => {
    const number = parsed('1-800-THE-LOST');
    expect(number.numericDisplay).to.equal('1-800-843-5678');
    expect(number.copyText).to.equal('1-800-843-5678');
    expect(displayWithDigits(number)).to.equal('1-800-THE-LOST (1-800-843-5678)');
    expect(displayWithDigits(parsed('1-888-373-7888'))).to.equal('1-888-373-7888');
  });

  it('digits already written beside the letters, or notes in brackets, are not shown twice; copy gets digits only', () => {
    const spelled = parsed('1-800-799-SAFE (7233)');
    expect(displayWithDigits(spelled)).to.equal('1-800-799-SAFE (7233)');
    expect(spelled.copyText).to.equal('1-800-799-7233');
    const tty = parsed('1-800-787-3224 (TTY)');
    expect(displayWithDigits(tty)).to.equal('1-800-787-3224 (TTY)');
    expect(tty.copyText).to.equal('1-800-787-3224');
    expect(parsed('٠٨٠٠ ١١١١', 'GB').copyText).to.equal('0800 1111');
    expect(parsed('(619) 521-2250 x3804').copyText, 'nothing to change').to.equal(undefined);
  });

  it('short numbers link only inside their own region', () => {
    const us988 = parsed('988', 'US');
    expect(toTelHref(us988, 'US')).to.equal('tel:988');
    expect(toTelHref(us988, 'MX')).to.equal(null);
    expect(toTelHref(us988, 'GB')).to.equal(null);
    expect(toTelHref(parsed('999', 'GB'), 'US')).to.equal(null);
    expect(toTelHref(parsed('911', 'US'), 'us')).to.equal('tel:911');
    // Full numbers dial from anywhere.
    expect(toTelHref(parsed('1-888-373-7888'), 'GB')).to.equal('tel:+18883737888');
  });

  const bad: [string, string, RegExp][] = [
    ['', 'US', /empty/],
    ['   ', 'US', /empty/],
    ['HELP', 'US', /word/],
    ['call us', 'US', /word|characters/],
    ['555-1234', 'US', /digits/],
    ['1-888-373-78888', 'US', /digits/],
    ['(019) 531-4041', 'US', /North American/],
    ['+1 (555) 012-3456', 'US', /North American/],
    ['+0 123 4567', 'US', /international/],
    ['+12', 'US', /international/],
    ['1-888-373-7888<script>', 'US', /characters/],
    ['javascript:alert(1)', 'US', /characters/],
    ['1-888+373-7888', 'US', /characters/],
    ['12345 67890 12345 67890', 'US', /digits/],
    ['020 7946 0000', 'ZZ', /cannot read/],
    ['988 x12', 'US', /short number with an extension/],
    ['x'.repeat(100), 'US', /too long/],
    // The numbers that must not be links.
    ['Text 838 255', 'US', /words around the number/],
    ['Ring 116 123', 'GB', /words around the number/],
    ['Call 1-888-373-7888', 'US', /words around the number/],
    ['1-800-the-lost', 'US', /vanity letters in capitals/],
    ['988 NOW', 'US', /short number written with letters/],
    ['1-800-RED-CROSS', 'US', /wrong number of digits/],
    ['1-800-799-SAFE (7234)', 'US', /do not match its letters/],
    ['911-555-1234', 'US', /North American/],
    ['(999) 555-1234', 'US', /North American/],
    ['+999 1234567', 'US', /\+999… is not a country calling code/],
    ['000000000', 'GB', /not a valid number in GB \(check it, or write it as dialled from abroad, \+44 …\)/],
    ['988', 'GB', /not a short number in GB/],
    ['999', 'US', /not a short number in US/],
    ['01 800 5533 000', 'MX', /wrong number of digits for MX/],
    ['+90 0212 555 1234', 'US', /has a 0 after \+90/],
    ['+46 1234', 'US', /wrong number of digits for \+46/],
    ['020 7946 0000', 'SE', /national number for region "SE"/],
  ];
  for (const [input, region, reason] of bad) {
    it(`cannot parse ${JSON.stringify(input.slice(0, 30))}`, () => {
      const result = parsePhone(input, region);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.reason).to.match(reason);
    });
  }

  it('null and undefined are "cannot parse", not a crash', () => {
    expect(parsePhone(null).ok).to.equal(false);
    expect(parsePhone(undefined).ok).to.equal(false);
  });
});

describe('parsePhoneList()', () => {
  const table: [string, string[]][] = [
    ['(619) 521-2250 x3804 or (619) 993-8050', ['(619) 521-2250 x3804', '(619) 993-8050']],
    ['1-888-373-7888; 988', ['1-888-373-7888', '988']],
    ['1-888-373-7888 OR 711', ['1-888-373-7888', '711']],
    ['800 5533 000 o 911', ['800 5533 000', '911']],
    ['(619) 521-2250;ext=3804', ['(619) 521-2250;ext=3804']],
    [' ; ', []],
  ];
  for (const [input, parts] of table) {
    it(`splits ${JSON.stringify(input)}`, () => expect(splitPhoneList(input)).to.deep.equal(parts));
  }

  it('parses each part and reports the bad one alone', () => {
    const results = parsePhoneList('(619) 521-2250 x3804 or nonsense; 988');
    expect(results.map((r) => r.ok)).to.deep.equal([true, false, true]);
    const hrefs = results.map((r) => (r.ok ? toTelHref(r.number, 'US') : null));
    expect(hrefs).to.deep.equal(['tel:+16195212250;ext=3804', null, 'tel:988']);
  });

  it('reads ;ext= in RFC 3966 style', () => {
    expect(toTelHref(parsed('(619) 521-2250;ext=3804'))).to.equal('tel:+16195212250;ext=3804');
  });
});

describe('toSmsHref() and smsPlatform()', () => {
  const iPhone =
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';
  const iPadDesktop =
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15';
  const android =
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36';

  it('picks the platform from the user agent (and touch points for iPadOS)', () => {
    expect(smsPlatform(iPhone)).to.equal('ios');
    expect(smsPlatform(iPadDesktop, 5)).to.equal('ios');
    expect(smsPlatform(iPadDesktop, 0)).to.equal('other');
    expect(smsPlatform(android)).to.equal('other');
    expect(smsPlatform('')).to.equal('other');
  });

  const shortCode = () => parsed('233733');
  it('iOS: sms:233733&body=HELP; others: sms:233733?body=HELP', () => {
    expect(toSmsHref(shortCode(), 'HELP', smsPlatform(iPhone), 'US')).to.equal('sms:233733&body=HELP');
    expect(toSmsHref(shortCode(), 'HELP', smsPlatform(android), 'US')).to.equal('sms:233733?body=HELP');
  });

  it('always percent-encodes the body', () => {
    expect(toSmsHref(shortCode(), 'AYUDA é&?', 'other', 'US')).to.equal(
      'sms:233733?body=AYUDA%20%C3%A9%26%3F',
    );
    expect(toSmsHref(shortCode(), 'AYUDA é&?', 'ios', 'US')).to.equal('sms:233733&body=AYUDA%20%C3%A9%26%3F');
  });

  it('no body → bare sms: link; full numbers use E.164', () => {
    expect(toSmsHref(shortCode(), undefined, 'other', 'US')).to.equal('sms:233733');
    expect(toSmsHref(shortCode(), '  ', 'ios', 'US')).to.equal('sms:233733');
    expect(toSmsHref(parsed('(619) 531-4041'), 'HI', 'other')).to.equal('sms:+16195314041?body=HI');
  });

  it('a short code outside its region, or a number with an extension, cannot be texted', () => {
    expect(toSmsHref(shortCode(), 'HELP', 'other', 'MX')).to.equal(null);
    expect(toSmsHref(parsed('(619) 521-2250 x3804'), undefined, 'other')).to.equal(null);
  });
});
