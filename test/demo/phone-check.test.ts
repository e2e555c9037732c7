import { expect } from '@open-wc/testing';
import type { AttributeInfo } from '../../demo/lib/manifest.js';
import { checkAttribute, snippetValue } from '../../demo/lib/validate.js';
import { parsePhone, toTelHref } from '../../src/lib/phone.js';

/** The builder's phone check: the widget's own phone module, judged again by the full libphonenumber-js. */
const phone: AttributeInfo = {
  name: 'phone',
  typeText: 'string',
  kind: 'text',
  description: 'Number(s) as the organisation writes them.',
  defaultText: '',
  choices: [],
};
const country = (code: string) => new Map([['country', code]]);

describe('demo/lib/validate.ts: phone numbers', () => {
  it('shows what a number dials, read for the card’s country', () => {
    expect(checkAttribute(phone, '0800 111 0 111', country('DE'))).to.deep.equal({
      state: 'ok',
      message: 'Dials tel:+498001110111 (numbers read for DE).',
    });
    expect(snippetValue(phone, '0800 111 0 111', country('DE'))).to.equal('0800 111 0 111');
  });

  it('writes a number the widget would leave as text, and libphonenumber reads, in a form the widget links', () => {
    for (const [typed, region, written, href] of [
      ['Call 1-888-373-7888', 'US', '+1 888 373 7888', 'tel:+18883737888'],
      ['08-123 456 78', 'SE', '+46 8 123 456 78', 'tel:+46812345678'],
      ['+90 0212 555 1234', 'US', '+90 212 555 12 34', 'tel:+902125551234'],
      ['Ring 0800 1111; 999', 'GB', '+44 800 1111; 999', 'tel:+448001111'],
    ] as const) {
      const value = snippetValue(phone, typed, country(region));
      expect(value, typed).to.equal(written);
      const first = parsePhone(value.split(';')[0]!, region);
      expect(first.ok && toTelHref(first.number, region), typed).to.equal(href);
      const feedback = checkAttribute(phone, typed, country(region))!;
      expect(feedback.message, typed).to.include(
        `The snippet writes “${written}”, which the widget links exactly.`,
      );
      expect(feedback.message, typed).to.include(href);
    }
  });

  it('an error when neither the widget nor libphonenumber reads a number; the snippet keeps it as typed', () => {
    for (const [typed, region] of [
      ['Text 838 255', 'US'],
      ['988', 'GB'],
      ['911-555-1234', 'US'],
    ]) {
      const feedback = checkAttribute(phone, typed, country(region))!;
      expect(feedback.state, typed).to.equal('error');
      expect(feedback.message, typed).to.match(/The widget shows it as text, without a link\.$/);
      expect(snippetValue(phone, typed, country(region))).to.equal(typed);
    }
  });

  it('flags a linked number the full metadata doubts (not in use, or premium rate)', () => {
    const doubtful = checkAttribute(phone, '116 016', country('DE'))!;
    expect(doubtful.state).to.equal('error');
    expect(doubtful.message).to.equal(
      'Dials tel:+49116016 (numbers read for DE). libphonenumber does not know +49116016 as a number in use: check it.',
    );
    const premium = checkAttribute(phone, '0906 123 4567', country('GB'))!;
    expect(premium.message).to.include('+449061234567 is a premium-rate number: callers pay extra.');
  });
});
