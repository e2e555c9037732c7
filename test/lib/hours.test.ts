import { expect } from '@open-wc/testing';
import {
  formatSchedule,
  formatWallTime,
  hoursStatus,
  isOpenAt,
  isValidTimeZone,
  nextChange,
  parseHours,
  zoneLabel,
  type Hours,
} from '../../src/lib/hours.js';

function hours(text: string): Hours {
  const result = parseHours(text);
  if (!result.ok) throw new Error(`${text}: ${result.reason}`);
  return result.hours;
}

/** Tidies the narrow no-break spaces some ICU versions put before AM/PM. */
const tidy = (text: string) => text.replace(/\s/g, ' ');

const LA = 'America/Los_Angeles';
const NY = 'America/New_York';
const LONDON = 'Europe/London';
const CDMX = 'America/Mexico_City';

describe('the test browser runs far from every hotline', () => {
  it('its local zone is Pacific/Auckland, so nothing here can pass by using local time', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('Pacific/Auckland');
  });
});

describe('parseHours()', () => {
  it('reads 24/7 as always open', () => {
    for (const text of ['24/7', ' 24/7 ', '24x7', 'Mo-Su 00:00-24:00']) {
      expect(hours(text).kind, text).to.equal('always');
    }
  });

  const weekly: [string, number, { start: number; end: number }[]][] = [
    ['Mo-Fr 08:00-17:00; Sa 10:00-14:00', 0, [{ start: 480, end: 1020 }]],
    ['Mo-Fr 08:00-17:00; Sa 10:00-14:00', 5, [{ start: 600, end: 840 }]],
    ['Mo-Fr 08:00-17:00; Sa 10:00-14:00', 6, []],
    [
      'Mo,We 09:00-12:00,13:00-17:00',
      2,
      [
        { start: 540, end: 720 },
        { start: 780, end: 1020 },
      ],
    ],
    ['Mo–Fr 8:00 – 17:00', 4, [{ start: 480, end: 1020 }]],
    ['Mon-Fri 08:00-17:00', 3, [{ start: 480, end: 1020 }]],
    ['Fr-Mo 22:00-06:00', 6, [{ start: 1320, end: 360 }]],
    ['Fr-Mo 22:00-06:00', 2, []],
    ['Mo-Su 09:00-17:00; Su off', 6, []],
    ['Mo-Fr 00:00-24:00', 1, [{ start: 0, end: 1440 }]],
  ];
  for (const [text, day, spans] of weekly) {
    it(`${JSON.stringify(text)}: day ${day}`, () => {
      const parsed = hours(text);
      expect(parsed.kind).to.equal('weekly');
      if (parsed.kind === 'weekly') expect(parsed.days[day]).to.deep.equal(spans);
    });
  }

  it('reads date overrides', () => {
    const parsed = hours('Mo-Fr 08:00-17:00; 2026-12-25 off; 2026-12-24 10:00-14:00');
    expect(parsed.kind === 'weekly' && parsed.dates).to.deep.equal({
      '2026-12-25': [],
      '2026-12-24': [{ start: 600, end: 840 }],
    });
  });

  const bad: [string | null | undefined, RegExp][] = [
    ['', /empty/],
    [null, /empty/],
    [undefined, /empty/],
    ['Mo-Fr', /without times/],
    ['9am-5pm weekdays', /times|days/],
    ['Mo-Fr 8am-5pm', /times/],
    ['Mo-Fr 25:00-26:00', /times/],
    ['Mo-Fr 08:60-17:00', /times/],
    ['Xx 08:00-17:00', /days/],
    ['Mo-Fr-Sa 08:00-17:00', /days/],
    ['Mo-Fr 08:00', /times/],
    ['2026-02-30 off', /impossible date/],
    ['call for hours', /times|days/],
    ['Mo '.repeat(200), /too long/],
  ];
  for (const [text, reason] of bad) {
    it(`cannot parse ${JSON.stringify(text)}`, () => {
      const result = parseHours(text);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.reason).to.match(reason);
    });
  }
});

describe('isOpenAt() and nextChange() on the hotline clock', () => {
  // [case, schedule, zone, instant (UTC), open?, next change (UTC) or null]
  const table: [string, string, string, string, boolean, string | null][] = [
    // Check 9: Mon–Fri 09:00–17:00 in Mexico City (UTC−6, no DST since 2022).
    ['CDMX Fri 16:59', 'Mo-Fr 09:00-17:00', CDMX, '2026-11-20T22:59:00Z', true, '2026-11-20T23:00:00Z'],
    ['CDMX Fri 17:00', 'Mo-Fr 09:00-17:00', CDMX, '2026-11-20T23:00:00Z', false, '2026-11-23T15:00:00Z'],
    // Los Angeles, spring forward Sun 2026-03-08 02:00 PST → 03:00 PDT.
    [
      'LA Fri 16:59 PST',
      'Mo-Fr 08:00-17:00; Sa 10:00-14:00',
      LA,
      '2026-03-07T00:59:00Z',
      true,
      '2026-03-07T01:00:00Z',
    ],
    [
      'LA Sat 07:00 PST',
      'Mo-Fr 08:00-17:00; Sa 10:00-14:00',
      LA,
      '2026-03-07T15:00:00Z',
      false,
      '2026-03-07T18:00:00Z',
    ],
    [
      'LA Sat 15:00 PST → Mon 08:00 PDT',
      'Mo-Fr 08:00-17:00; Sa 10:00-14:00',
      LA,
      '2026-03-07T23:00:00Z',
      false,
      '2026-03-09T15:00:00Z',
    ],
    ['LA Mon 07:59 PDT', 'Mo-Fr 08:00-17:00', LA, '2026-03-09T14:59:00Z', false, '2026-03-09T15:00:00Z'],
    ['LA Mon 08:00 PDT', 'Mo-Fr 08:00-17:00', LA, '2026-03-09T15:00:00Z', true, '2026-03-10T00:00:00Z'],
    [
      'LA span inside the gap opens when the gap ends',
      'Su 02:30-04:00',
      LA,
      '2026-03-08T09:59:00Z',
      false,
      '2026-03-08T10:00:00Z',
    ],
    [
      'LA span inside the gap closes at 04:00 PDT',
      'Su 02:30-04:00',
      LA,
      '2026-03-08T10:00:00Z',
      true,
      '2026-03-08T11:00:00Z',
    ],
    // Los Angeles, fall back Sun 2026-11-01 02:00 PDT → 01:00 PST.
    [
      'LA Sat 15:00 PDT → Mon 08:00 PST',
      'Mo-Fr 08:00-17:00; Sa 10:00-14:00',
      LA,
      '2026-10-31T22:00:00Z',
      false,
      '2026-11-02T16:00:00Z',
    ],
    [
      'LA overnight across fall back',
      'Mo-Su 22:00-06:00',
      LA,
      '2026-11-01T06:30:00Z',
      true,
      '2026-11-01T14:00:00Z',
    ],
    // Overnight spans (check 10) on an ordinary day in New York.
    ['NY overnight 23:30', 'Mo-Su 22:00-06:00', NY, '2026-06-11T03:30:00Z', true, '2026-06-11T10:00:00Z'],
    ['NY overnight 05:59', 'Mo-Su 22:00-06:00', NY, '2026-06-11T09:59:00Z', true, '2026-06-11T10:00:00Z'],
    ['NY overnight 06:00', 'Mo-Su 22:00-06:00', NY, '2026-06-11T10:00:00Z', false, '2026-06-12T02:00:00Z'],
    ['NY overnight 21:59', 'Mo-Su 22:00-06:00', NY, '2026-06-12T01:59:00Z', false, '2026-06-12T02:00:00Z'],
    [
      'NY Fr-Sa overnight is open Sunday 05:00',
      'Fr-Sa 22:00-06:00',
      NY,
      '2026-06-14T09:00:00Z',
      true,
      '2026-06-14T10:00:00Z',
    ],
    [
      'NY Fr-Sa overnight is closed Monday 05:00',
      'Fr-Sa 22:00-06:00',
      NY,
      '2026-06-15T09:00:00Z',
      false,
      '2026-06-20T02:00:00Z',
    ],
    // New York DST days: 2026-03-08 (02:00 EST → 03:00 EDT) and 2026-11-01 (02:00 EDT → 01:00 EST).
    [
      'NY overnight across spring forward',
      'Mo-Su 22:00-06:00',
      NY,
      '2026-03-08T04:30:00Z',
      true,
      '2026-03-08T10:00:00Z',
    ],
    [
      'NY 05:59 EDT on spring-forward day',
      'Mo-Su 22:00-06:00',
      NY,
      '2026-03-08T09:59:00Z',
      true,
      '2026-03-08T10:00:00Z',
    ],
    [
      'NY 06:00 EDT on spring-forward day',
      'Mo-Su 22:00-06:00',
      NY,
      '2026-03-08T10:00:00Z',
      false,
      '2026-03-09T02:00:00Z',
    ],
    [
      'NY overnight across fall back',
      'Mo-Su 22:00-06:00',
      NY,
      '2026-11-01T04:30:00Z',
      true,
      '2026-11-01T11:00:00Z',
    ],
    [
      'NY 06:00 EST on fall-back day',
      'Mo-Su 22:00-06:00',
      NY,
      '2026-11-01T11:00:00Z',
      false,
      '2026-11-02T03:00:00Z',
    ],
    [
      'NY repeated hour: opens at the first 01:30',
      'Su 01:30-03:00',
      NY,
      '2026-11-01T05:00:00Z',
      false,
      '2026-11-01T05:30:00Z',
    ],
    // London DST days: 2026-03-29 (01:00 GMT → 02:00 BST) and 2026-10-25 (02:00 BST → 01:00 GMT).
    [
      'London overnight across spring forward',
      'Mo-Su 22:00-06:00',
      LONDON,
      '2026-03-28T23:30:00Z',
      true,
      '2026-03-29T05:00:00Z',
    ],
    [
      'London 09:00 BST on spring-forward day',
      'Su 09:00-17:00',
      LONDON,
      '2026-03-29T07:59:00Z',
      false,
      '2026-03-29T08:00:00Z',
    ],
    [
      'London overnight across fall back',
      'Mo-Su 22:00-06:00',
      LONDON,
      '2026-10-24T23:30:00Z',
      true,
      '2026-10-25T06:00:00Z',
    ],
    [
      'London 09:00 GMT on fall-back day',
      'Su 09:00-17:00',
      LONDON,
      '2026-10-25T08:59:00Z',
      false,
      '2026-10-25T09:00:00Z',
    ],
    // Date overrides win over the weekday (check 11).
    [
      'Christmas off',
      'Mo-Fr 08:00-17:00; 2026-12-25 off',
      LA,
      '2026-12-25T20:00:00Z',
      false,
      '2026-12-28T16:00:00Z',
    ],
    [
      'Christmas Eve short day, 09:00',
      'Mo-Fr 08:00-17:00; 2026-12-24 10:00-14:00',
      LA,
      '2026-12-24T17:00:00Z',
      false,
      '2026-12-24T18:00:00Z',
    ],
    [
      'Christmas Eve short day, 14:00',
      'Mo-Fr 08:00-17:00; 2026-12-24 10:00-14:00',
      LA,
      '2026-12-24T22:00:00Z',
      false,
      '2026-12-25T16:00:00Z',
    ],
    [
      'the day before an override is ordinary',
      'Mo-Fr 08:00-17:00; 2026-12-24 off',
      LA,
      '2026-12-23T20:00:00Z',
      true,
      '2026-12-24T01:00:00Z',
    ],
    // A line that never opens never claims a next change.
    ['never open', 'Mo-Su off', LA, '2026-06-01T12:00:00Z', false, null],
  ];
  for (const [name, schedule, zone, at, open, next] of table) {
    it(name, () => {
      const parsed = hours(schedule);
      expect(isOpenAt(parsed, new Date(at), zone), 'open').to.equal(open);
      expect(nextChange(parsed, new Date(at), zone)?.toISOString() ?? null, 'next change').to.equal(
        next === null ? null : new Date(next).toISOString(),
      );
    });
  }

  it('24/7 is always open and never changes', () => {
    const always = hours('24/7');
    expect(isOpenAt(always, new Date('2026-03-08T10:00:00Z'), LA)).to.equal(true);
    expect(nextChange(always, new Date(), LA)).to.equal(null);
    expect(hoursStatus(always, new Date(), LA)).to.deep.equal({ open: true, alwaysOpen: true });
  });

  it('hoursStatus() gives the next change as hotline wall time', () => {
    const status = hoursStatus(hours('Mo-Fr 09:00-17:00'), new Date('2026-11-20T23:00:00Z'), CDMX);
    expect(status.open).to.equal(false);
    expect(status.next?.weekday).to.equal(0);
    expect(status.next?.minute).to.equal(9 * 60);
    expect(status.next?.at.toISOString()).to.equal('2026-11-23T15:00:00.000Z');
  });
});

describe('formatting in the visitor language', () => {
  it('formats a hotline wall time without converting it', () => {
    expect(tidy(formatWallTime(0, 9 * 60, 'en'))).to.equal('Mon 9:00 AM');
    expect(tidy(formatWallTime(4, 17 * 60 + 30, 'en'))).to.equal('Fri 5:30 PM');
    expect(tidy(formatWallTime(0, 9 * 60, 'es'))).to.match(/^lun\.?,? 9:00$/);
  });

  it('labels zones', () => {
    expect(zoneLabel(CDMX, 'en')).to.equal('CDMX time');
    expect(zoneLabel(CDMX, 'es')).to.equal('hora de CDMX');
    expect(zoneLabel(LA, 'en')).to.equal('PT');
    expect(zoneLabel(NY, 'en')).to.equal('ET');
    expect(zoneLabel(LA, 'es')).to.match(/Los [AÁ]ngeles|Pacífico|GMT/);
    expect(zoneLabel(LONDON, 'en')).to.not.equal('');
  });

  it('formats the weekly schedule, grouping days', () => {
    const schedule = hours('Mo-Fr 08:00-17:00; Sa 10:00-14:00; 2026-12-25 off');
    expect(formatSchedule(schedule, 'en', 'closed').map(tidy)).to.deep.equal([
      'Mon–Fri 8:00 AM–5:00 PM',
      'Sat 10:00 AM–2:00 PM',
      'Dec 25, 2026 closed',
    ]);
    expect(formatSchedule(schedule, 'es').map(tidy)[0]).to.match(/^lun\.?–vie\.? 8:00–17:00$/);
    expect(formatSchedule(hours('24/7'), 'en')).to.deep.equal([]);
  });

  it('knows which zones exist', () => {
    expect(isValidTimeZone(LA)).to.equal(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).to.equal(false);
    expect(isValidTimeZone('')).to.equal(false);
    expect(isValidTimeZone(undefined)).to.equal(false);
  });
});
