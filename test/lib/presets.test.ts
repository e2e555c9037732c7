import { expect } from '@open-wc/testing';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { findPreset, presetAgeInDays, PRESETS } from '../../src/data/presets.js';
import { parseHours, isValidTimeZone } from '../../src/lib/hours.js';
import { resolveHotline } from '../../src/lib/hotline.js';
import { parsePhoneList, parsePhone, toTelHref } from '../../src/lib/phone.js';
import { safeUrl } from '../../src/lib/safe-url.js';

const presets = Object.values(PRESETS);
const MAX_AGE_DAYS = 365;

describe('hotline presets', () => {
  it('include the required hotlines', () => {
    for (const id of [
      'us-trafficking',
      'us-988',
      'us-ncmec',
      'mx-trafficking',
      'ca-trafficking',
      'uk-modern-slavery',
    ]) {
      expect(findPreset(id), id).to.exist;
    }
    expect(findPreset('US-Trafficking')?.id).to.equal('us-trafficking');
    expect(findPreset('constructor')).to.equal(undefined);
    expect(findPreset('nope')).to.equal(undefined);
  });

  for (const preset of presets) {
    describe(preset.id, () => {
      it(`was verified within ${MAX_AGE_DAYS} days and names its source`, () => {
        expect(preset.verifiedOn).to.match(/^\d{4}-\d{2}-\d{2}$/);
        const age = presetAgeInDays(preset);
        expect(age, `verifiedOn ${preset.verifiedOn}`).to.be.at.most(MAX_AGE_DAYS);
        expect(age, 'verifiedOn is in the future').to.be.at.least(0);
        expect(safeUrl(preset.sourceUrl), 'sourceUrl').to.not.equal(null);
        if (preset.emergencySourceUrl) expect(safeUrl(preset.emergencySourceUrl)).to.not.equal(null);
        if (preset.website) expect(safeUrl(preset.website), 'website').to.not.equal(null);
      });

      it('every number parses, and libphonenumber-js agrees with its E.164 form', () => {
        for (const result of parsePhoneList(preset.phone, preset.country)) {
          expect(result.ok, preset.phone).to.equal(true);
          if (!result.ok) continue;
          const href = toTelHref(result.number, preset.country);
          if (result.number.e164) {
            expect(href).to.match(/^tel:\+[1-9]\d{6,14}$/);
            const digits = (result.number.numericDisplay ?? result.number.display).replace(/[^\d+]/g, '');
            const reference = parsePhoneNumberFromString(digits, preset.country as CountryCode);
            expect(reference?.isValid(), `libphonenumber-js: ${preset.phone}`).to.equal(true);
            expect(reference?.number).to.equal(result.number.e164);
          } else {
            expect(href).to.equal(`tel:${result.number.short}`);
          }
        }
      });

      it('its emergency, text and relay numbers are short numbers of its own region', () => {
        for (const value of [preset.emergency, preset.sms, preset.tty]) {
          if (value === undefined) continue;
          const result = parsePhone(value, preset.country);
          expect(result.ok, value).to.equal(true);
          if (result.ok) expect(toTelHref(result.number, preset.country)).to.equal(`tel:${value}`);
        }
        if (preset.smsKeyword) expect(preset.sms, 'a keyword needs a text number').to.be.a('string');
      });

      it('its hours and zone are readable', () => {
        expect(parseHours(preset.hours).ok, preset.hours).to.equal(true);
        if (preset.timezone) expect(isValidTimeZone(preset.timezone)).to.equal(true);
        for (const lang of preset.languages) expect(lang).to.match(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/);
      });
    });
  }

  it('the facts the issue names', () => {
    const nhth = findPreset('us-trafficking')!;
    expect([nhth.phone, nhth.sms, nhth.smsKeyword, nhth.tty, nhth.emergency]).to.deep.equal([
      '1-888-373-7888',
      '233733',
      'HELP',
      '711',
      '911',
    ]);
    expect(findPreset('us-ncmec')!.phone).to.equal('1-800-THE-LOST');
    expect(findPreset('mx-trafficking')!.phone).to.equal('800 5533 000');
    expect(findPreset('ca-trafficking')!.phone).to.equal('1-833-900-1010');
    expect(findPreset('uk-modern-slavery')!.phone).to.equal('08000 121 700');
    expect(findPreset('uk-modern-slavery')!.emergency).to.equal('999');
    expect(findPreset('us-988')!.phone).to.equal('988');
  });

  // Pinned: what every preset dials, through the resolver both elements use. A change to the phone
  // module or its compiled metadata that moves any of these links fails here.
  const DIALS: Record<
    string,
    { call: (string | null)[]; text?: string | null; tty?: string | null; emergency: string }
  > = {
    'us-trafficking': {
      call: ['tel:+18883737888'],
      text: 'sms:233733?body=HELP',
      tty: 'tel:711',
      emergency: 'tel:911',
    },
    'us-988': { call: ['tel:988'], text: 'sms:988', emergency: 'tel:911' },
    'us-ncmec': { call: ['tel:+18008435678'], emergency: 'tel:911' },
    'mx-trafficking': { call: ['tel:+528005533000'], emergency: 'tel:911' },
    'ca-trafficking': { call: ['tel:+18339001010'], emergency: 'tel:911' },
    'uk-modern-slavery': { call: ['tel:+448000121700'], emergency: 'tel:999' },
  };

  it('every preset dials exactly what it dialled before (and there is a pin for every preset)', () => {
    expect(Object.keys(DIALS).sort()).to.deep.equal(Object.keys(PRESETS).sort());
    for (const [id, expected] of Object.entries(DIALS)) {
      const { model, warnings } = resolveHotline({ preset: id }, 'other');
      expect(warnings, id).to.deep.equal([]);
      const dials: typeof expected = {
        call: model.numbers.map((number) => number.href),
        emergency: model.emergency!.href!,
      };
      if (model.text) dials.text = model.text.smsHref;
      if (model.tty) dials.tty = model.tty.href;
      expect(dials, id).to.deep.equal(expected);
    }
  });

  it('presetAgeInDays counts whole days', () => {
    expect(presetAgeInDays({ verifiedOn: '2026-01-01' }, new Date('2026-01-01T23:00:00Z'))).to.equal(0);
    expect(presetAgeInDays({ verifiedOn: '2025-01-01' }, new Date('2026-01-01T00:00:00Z'))).to.equal(365);
  });
});
