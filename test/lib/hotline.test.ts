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

  it('an unparseable override falls back to the preset number, with one warning saying so', () => {
    const { model, warnings } = resolveHotline({ preset: 'us-trafficking', phone: '1-888-CALL' }, 'other');
    expect(model.numbers[0]?.href).to.equal('tel:+18883737888');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(
      /^phone "1-888-CALL" .*; showing the us-trafficking preset's number instead\.$/,
    );
  });

  it('several unreadable numbers in one phone attribute give one warning naming each', () => {
    const { model, warnings } = resolveHotline(
      { name: 'Office', phone: 'front desk; 988; (619) 531-40' },
      'other',
    );
    expect(model.numbers.map((n) => n.href)).to.deep.equal([null, 'tel:988', null]);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(
      /^phone "front desk" .*, and "\(619\) 531-40" .*; shown as text, without a call link\.$/,
    );
  });

  it('an unknown preset is one warning that says what the card is missing', () => {
    const alone = resolveHotline({ preset: '<img src=x onerror=alert(1)>' }, 'other');
    expect(alone.warnings).to.have.length(1);
    expect(alone.warnings[0]).to.match(
      /^unknown preset "<img src=x onerror=alert\(1\)>" \(known presets: us-trafficking, .*\); the card shows no name and phone until you set a known preset, or name and phone\.$/,
    );
    expect(alone.model.numbers).to.deep.equal([]);
    expect(alone.model.emergency?.href, 'the emergency line still shows').to.equal('tel:911');
    const named = resolveHotline({ preset: 'nope', name: 'Local line' }, 'other');
    expect(named.warnings).to.deep.equal([
      'unknown preset "nope" (known presets: us-trafficking, us-988, us-ncmec, mx-trafficking, ca-trafficking, uk-modern-slavery); the card shows no phone until you set a known preset, or phone.',
    ]);
    const complete = resolveHotline({ preset: 'nope', name: 'X', phone: '988' }, 'other');
    expect(complete.warnings).to.have.length(1);
    expect(complete.warnings[0]).to.match(/the card shows only its other attributes\.$/);
  });

  it('no preset, name or number: one warning', () => {
    expect(resolveHotline({}, 'other').warnings).to.deep.equal([
      'has no name and phone to show; set preset, or name and phone.',
    ]);
    expect(resolveHotline({ name: 'X', sms: '233733' }, 'other').warnings).to.deep.equal([]);
  });

  it('an unparseable sms override keeps the preset text number; without a preset it is text only', () => {
    const over = resolveHotline({ preset: 'us-trafficking', sms: 'text us' }, 'other');
    expect(over.model.text?.smsHref).to.equal('sms:233733?body=HELP');
    expect(over.warnings).to.deep.equal([
      `sms "text us" is a word, not a number; showing the us-trafficking preset's number instead.`,
    ]);
    const own = resolveHotline({ name: 'X', phone: '988', sms: 'text us' }, 'other');
    expect(own.model.text?.smsHref).to.equal(null);
    expect(own.warnings).to.have.length(1);
  });

  it('a bad country falls back to the preset country, not to US', () => {
    const { model, warnings } = resolveHotline({ preset: 'uk-modern-slavery', country: 'Britain' }, 'other');
    expect(model.region).to.equal('GB');
    expect(model.emergency?.href).to.equal('tel:999');
    expect(warnings).to.deep.equal(['country "Britain" is not a two-letter region code; using GB.']);
  });

  it('a bad time zone on a 24/7 line warns once and is ignored', () => {
    const { model, warnings } = resolveHotline({ preset: 'us-988', timezone: 'Mars/Base' }, 'other');
    expect(model.hours?.parsed?.kind).to.equal('always');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^timezone "Mars\/Base" .*ignored/);
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
    expect(bad.warnings[0]).to.match(/^emergency "call police" .*; showing 911 instead\.$/);
    expect(
      resolveHotline({ name: 'X', phone: '+33 1 23 45 67 89', country: 'FR' }, 'other').model.emergency,
    ).to.equal(undefined);
  });

  it('languages are canonical BCP 47 tags; bad ones warn', () => {
    const { model, warnings } = resolveHotline(
      { name: 'X', phone: '988', languages: ['en', 'ES-mx', '12'] },
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
