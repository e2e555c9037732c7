import { expect } from '@open-wc/testing';
import { emergencyNumberFor, resolveHotline, withoutTracking } from '../../src/lib/hotline.js';

describe('resolveHotline()', () => {
  it('a preset alone gives every channel', () => {
    const { model, warnings } = resolveHotline({ preset: 'us-trafficking' }, 'other');
    expect(warnings).to.deep.equal([]);
    expect(model.id).to.equal('us-trafficking');
    expect(model.name).to.equal('National Human Trafficking Hotline');
    expect(model.numbers.map((n) => [n.display, n.href])).to.deep.equal([
      ['1-888-373-7888', 'tel:+18883737888'],
    ]);
    expect(model.text?.smsHref).to.equal('sms:233733?body=HELP');
    expect(model.text?.keyword).to.equal('HELP');
    expect(model.text?.shortCodeRegion).to.equal('US');
    expect(model.tty?.href).to.equal('tel:711');
    expect(model.emergency?.href).to.equal('tel:911');
    expect(model.hours?.parsed?.kind).to.equal('always');
    expect(model.website).to.equal('https://humantraffickinghotline.org/');
  });

  it('iOS gets the &body= form', () => {
    expect(resolveHotline({ preset: 'us-trafficking' }, 'ios').model.text?.smsHref).to.equal(
      'sms:233733&body=HELP',
    );
  });

  it('vanity preset shows letters and digits, copies digits', () => {
    const [number] = resolveHotline({ preset: 'us-ncmec' }, 'other').model.numbers;
    expect(number?.display).to.equal('1-800-THE-LOST (1-800-843-5678)');
    expect(number?.copyText).to.equal('1-800-843-5678');
    expect(number?.href).to.equal('tel:+18008435678');
  });

  it('short numbers outside their region are text with a region note', () => {
    const { model } = resolveHotline({ preset: 'us-988', country: 'MX' }, 'other');
    expect(model.numbers[0]?.href).to.equal(null);
    expect(model.numbers[0]?.onlyIn).to.equal('US');
    expect(model.text?.smsHref).to.equal(null);
    expect(model.emergency?.display).to.equal('911');
    const uk = resolveHotline({ preset: 'us-trafficking', country: 'GB' }, 'other').model;
    expect(uk.numbers[0]?.href).to.equal('tel:+18883737888');
    expect(uk.tty?.href).to.equal(null);
    expect(uk.emergency?.href).to.equal('tel:999');
  });

  it('an unparseable override falls back to the preset number, with a warning', () => {
    const { model, warnings } = resolveHotline({ preset: 'us-trafficking', phone: '1-888-CALL' }, 'other');
    expect(model.numbers[0]?.href).to.equal('tel:+18883737888');
    expect(warnings.join('\n')).to.match(/phone "1-888-CALL" .*\n.*preset's number instead/);
  });

  it('an unparseable number without preset is text only, with a warning', () => {
    const { model, warnings } = resolveHotline({ name: 'Local line', phone: 'call the office' }, 'other');
    expect(model.numbers).to.deep.equal([
      { display: 'call the office', copyText: 'call the office', href: null },
    ]);
    expect(warnings).to.have.length(1);
  });

  it('several numbers and extensions', () => {
    const { model } = resolveHotline(
      { name: 'STARS', phone: '(619) 521-2250 x3804 or (619) 993-8050' },
      'other',
    );
    expect(model.numbers.map((n) => n.href)).to.deep.equal(['tel:+16195212250;ext=3804', 'tel:+16199938050']);
    expect(model.numbers[0]?.copyText).to.equal('(619) 521-2250 x3804');
  });

  it('bad preset, hours and zone warn and degrade', () => {
    expect(resolveHotline({ preset: 'us-nope', name: 'X', phone: '988' }, 'other').warnings[0]).to.match(
      /unknown preset "us-nope"/,
    );
    const badHours = resolveHotline(
      { name: 'X', phone: '988', hours: 'weekdays', timezone: 'America/Chicago' },
      'other',
    );
    expect(badHours.model.hours).to.deep.equal({ text: 'weekdays' });
    const badZone = resolveHotline(
      { name: 'X', phone: '988', hours: 'Mo-Fr 08:00-17:00', timezone: 'Mars/Base' },
      'other',
    );
    expect(badZone.model.hours).to.deep.equal({ text: 'Mo-Fr 08:00-17:00' });
    expect(badZone.warnings[0]).to.match(/timezone "Mars\/Base"/);
    const noZone = resolveHotline({ name: 'X', phone: '988', hours: 'Mo-Fr 08:00-17:00' }, 'other');
    expect(noZone.model.hours?.parsed).to.equal(undefined);
    expect(noZone.warnings[0]).to.match(/need a timezone/);
  });

  it('URLs: only http(s), tracking removed; paired chats both or neither', () => {
    const ok = resolveHotline(
      {
        name: 'X',
        phone: '988',
        website: 'https://example.org/?utm_source=club&x=1',
        chatUrl: 'en=https://example.org/chat fr=https://example.org/fr/chat',
      },
      'other',
    ).model;
    expect(ok.website).to.equal('https://example.org/?x=1');
    expect(ok.chats).to.deep.equal([
      { url: 'https://example.org/chat', lang: 'en' },
      { url: 'https://example.org/fr/chat', lang: 'fr' },
    ]);
    const bad = resolveHotline(
      {
        name: 'X',
        phone: '988',
        website: 'javascript:alert(1)',
        chatUrl: 'en=https://a.example/ fr=javascript:x',
      },
      'other',
    );
    expect(bad.model.website).to.equal(undefined);
    expect(bad.model.chats).to.deep.equal([]);
    expect(bad.warnings).to.have.length(2);
  });

  it('emergency number: region default, override, none', () => {
    expect(resolveHotline({ name: 'X', phone: '988' }, 'other').model.emergency?.href).to.equal('tel:911');
    expect(
      resolveHotline({ name: 'X', phone: '988', emergency: '112' }, 'other').model.emergency?.href,
    ).to.equal('tel:112');
    expect(resolveHotline({ name: 'X', phone: '988', emergency: 'none' }, 'other').model.emergency).to.equal(
      undefined,
    );
    const bad = resolveHotline({ name: 'X', phone: '988', emergency: 'call police' }, 'other');
    expect(bad.model.emergency?.href).to.equal('tel:911');
    expect(bad.warnings).to.have.length(1);
    expect(
      resolveHotline({ name: 'X', phone: '+33 1 23 45 67 89', country: 'FR' }, 'other').model.emergency,
    ).to.equal(undefined);
  });

  it('languages are canonical BCP 47 tags; bad ones warn', () => {
    const { model, warnings } = resolveHotline(
      { name: 'X', phone: '988', languages: 'en, ES-mx, 12' },
      'other',
    );
    expect(model.languages).to.deep.equal(['en', 'es-MX']);
    expect(warnings).to.have.length(1);
  });

  it('helpers', () => {
    expect(emergencyNumberFor('uk')).to.equal('999');
    expect(emergencyNumberFor('US')).to.equal('911');
    expect(emergencyNumberFor('FR')).to.equal(undefined);
    expect(withoutTracking('https://a.example/p?UTM_medium=x&q=2#h')).to.equal('https://a.example/p?q=2#h');
  });
});
