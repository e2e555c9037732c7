import { expect } from '@open-wc/testing';
import {
  nextStateChange,
  parseOneOff,
  parseSchedule,
  upcomingMeetings,
  type Schedule,
} from '../../src/lib/recurrence.js';

const LA = 'America/Los_Angeles';

function schedule(text: string): Schedule {
  const result = parseSchedule(text);
  if (!result.ok) throw new Error(`${text}: ${result.reason}`);
  return result.schedule;
}

/** A meeting as `start/end` in UTC, minutes precision, with its marks. */
const show = (m: { start: number; end: number; off?: boolean; from?: number }) =>
  `${new Date(m.start).toISOString().slice(0, 16)}/${new Date(m.end).toISOString().slice(11, 16)}${m.off ? ' off' : ''}${m.from === undefined ? '' : ` from ${new Date(m.from).toISOString().slice(0, 10)}`}`;

describe('parseSchedule()', () => {
  const readable: [string, Partial<Schedule>][] = [
    ['first Thursday 11:30-13:00', { weekday: 3, weeks: [1], times: { start: 690, end: 780 } }],
    [
      'First THURSDAY of the month 11:30am-1:00pm',
      { weekday: 3, weeks: [1], times: { start: 690, end: 780 } },
    ],
    ['every Tuesday 19:00-20:30', { weekday: 1, weeks: [], times: { start: 1140, end: 1230 } }],
    ['each tue 7pm – 8:30 p.m.', { weekday: 1, weeks: [], times: { start: 1140, end: 1230 } }],
    ['last Wednesday 12:00-13:00', { weekday: 2, weeks: [-1], times: { start: 720, end: 780 } }],
    ['2nd and 4th Monday 18:30-20:00', { weekday: 0, weeks: [2, 4], times: { start: 1110, end: 1200 } }],
    ['first, third & fifth Saturdays 09:00-10:00', { weekday: 5, weeks: [1, 3, 5] }],
    ['every Sunday', { weekday: 6, weeks: [] }],
    ['every Monday 12am-1am', { weekday: 0, times: { start: 0, end: 60 } }],
    ['every Friday 22:00-24:00', { weekday: 4, times: { start: 1320, end: 1440 } }],
  ];
  for (const [text, expected] of readable) {
    it(`reads "${text}"`, () => {
      const parsed = schedule(text);
      for (const [key, value] of Object.entries(expected))
        expect(parsed[key as keyof Schedule], key).to.deep.equal(value);
      if (!('times' in expected) && !/\d/.test(text)) expect(parsed.times).to.equal(undefined);
    });
  }

  it('reads overrides: off, moved, moved with other times, in any order', () => {
    const parsed = schedule(
      '2026-07-02 off; first Thursday 11:30-13:00\n2026-12-03 moved 2026-12-10; 2027-01-07 moved to 2027-01-08 12:00-13:30',
    );
    expect(parsed.overrides).to.deep.equal({
      '2026-07-02': null,
      '2026-12-03': { date: Date.UTC(2026, 11, 10) },
      '2027-01-07': { date: Date.UTC(2027, 0, 8), times: { start: 720, end: 810 } },
    });
  });

  const refused: [string, RegExp][] = [
    ['first Thursday 11:30pm-1:00pm', /ends \(1:00pm\) before it starts \(11:30pm\); check am and pm/],
    ['first Thursday 13:00-11:30', /ends \(11:30\) before it starts \(13:00\)/],
    ['every Tuesday 19:00-19:00', /ends .* before it starts/],
    ['first Thursday 11:30-25:00', /times we cannot read/],
    ['first Thursday 11.30-13', /times we cannot read/],
    ['first Thursday 13pm-14pm', /times we cannot read/],
    ['sixth Thursday 11:30-13:00', /rule we cannot read/],
    ['first Thorsday 11:30-13:00', /rule we cannot read/],
    ['every other Tuesday 19:00-20:00', /rule we cannot read/],
    ['first Thursday 11:30-13:00; every Monday 10:00-11:00', /more than one/],
    ['2026-07-02 off', /no weekly or monthly rule/],
    ['first Thursday 11:30-13:00; 2026-07-03 off', /2026-07-03, which is not one of its meeting dates/],
    ['first Thursday 11:30-13:00; 2026-02-30 off', /impossible date/],
    ['first Thursday 11:30-13:00; 2026-12-03 moved someday', /impossible date/],
    ['', /is empty/],
    ['<img src=x onerror=alert(1)>', /rule we cannot read/],
    ['A'.repeat(600), /too long/],
  ];
  for (const [text, reason] of refused) {
    it(`refuses "${text.slice(0, 50)}" and says why`, () => {
      const result = parseSchedule(text);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.reason).to.match(reason);
    });
  }
});

describe('parseOneOff()', () => {
  it('reads a date, with or without times; refuses anything else', () => {
    const day = parseOneOff('2027-01-11');
    expect(day.ok && day.schedule.once).to.equal(Date.UTC(2027, 0, 11));
    expect(day.ok && day.schedule.times).to.equal(undefined);
    const timed = parseOneOff(' 2027-01-11  11:30-13:00 ');
    expect(timed.ok && timed.schedule.times).to.deep.equal({ start: 690, end: 780 });
    for (const bad of ['2027-13-11', 'January 11', '2027-01-11 13:00-11:30', '2027-01-11 10:00-11:00 x', ''])
      expect(parseOneOff(bad).ok, bad).to.equal(false);
  });
});

describe('upcomingMeetings(): in the club’s zone, across DST', () => {
  const cases: [string, string, string, number, string[]][] = [
    [
      'Portland: first Thursday, across the November DST end and the March start',
      'first Thursday 11:30-13:00',
      '2026-10-20T12:00:00Z',
      7,
      [
        '2026-11-05T19:30/21:00',
        '2026-12-03T19:30/21:00',
        '2027-01-07T19:30/21:00',
        '2027-02-04T19:30/21:00',
        '2027-03-04T19:30/21:00',
        '2027-04-01T18:30/20:00',
        '2027-05-06T18:30/20:00',
      ],
    ],
    [
      'in progress: a meeting that has started is still the next one until it ends',
      'first Thursday 11:30-13:00',
      '2026-11-05T20:00:00Z',
      2,
      ['2026-11-05T19:30/21:00', '2026-12-03T19:30/21:00'],
    ],
    [
      'ended a minute ago: the next month',
      'first Thursday 11:30-13:00',
      '2026-11-05T21:01:00Z',
      1,
      ['2026-12-03T19:30/21:00'],
    ],
    [
      'last Wednesday, and a fifth week that only some months have',
      'last Wednesday 12:00-13:00',
      '2026-12-01T00:00:00Z',
      3,
      ['2026-12-30T20:00/21:00', '2027-01-27T20:00/21:00', '2027-02-24T20:00/21:00'],
    ],
    [
      '2nd and 4th Monday',
      '2nd and 4th Monday 18:30-20:00',
      '2026-03-01T00:00:00Z',
      4,
      [
        '2026-03-10T01:30/03:00',
        '2026-03-24T01:30/03:00',
        '2026-04-14T01:30/03:00',
        '2026-04-28T01:30/03:00',
      ],
    ],
    [
      'every Sunday at 01:30 on the night the clocks go back: the first 01:30 (PDT)',
      'every Sunday 01:30-02:30',
      '2026-10-31T12:00:00Z',
      1,
      ['2026-11-01T08:30/10:30'],
    ],
    [
      'every Sunday at 02:30 on the night the clocks go forward: read with the offset before the gap',
      'every Sunday 02:30-04:00',
      '2027-03-13T12:00:00Z',
      1,
      ['2027-03-14T10:30/11:00'],
    ],
    [
      'overrides: a cancelled date is listed as off, a moved one in its new place',
      'first Thursday 11:30-13:00; 2026-12-03 moved 2026-12-10; 2027-01-07 off',
      '2026-11-20T00:00:00Z',
      2,
      ['2026-12-10T19:30/21:00 from 2026-12-03', '2027-01-07T19:30/21:00 off', '2027-02-04T19:30/21:00'],
    ],
    [
      'a meeting moved to an earlier date than the one before it keeps date order',
      'first Thursday 11:30-13:00; 2027-01-07 moved 2026-12-01 09:00-10:00',
      '2026-11-20T00:00:00Z',
      2,
      ['2026-12-01T17:00/18:00 from 2027-01-07', '2026-12-03T19:30/21:00'],
    ],
  ];
  for (const [name, text, now, count, expected] of cases) {
    it(name, () => {
      const meetings = upcomingMeetings(schedule(text), Date.parse(now), LA, count);
      expect(meetings.map(show)).to.deep.equal(expected);
    });
  }

  it('all-day meetings run from the club’s midnight to the next', () => {
    const result = parseOneOff('2027-01-11');
    if (!result.ok) throw new Error(result.reason);
    const [day] = upcomingMeetings(result.schedule, Date.parse('2027-01-01T00:00:00Z'), LA, 3);
    expect(show(day!)).to.equal('2027-01-11T08:00/08:00');
    expect(day!.end - day!.start).to.equal(24 * 3600_000);
    expect(upcomingMeetings(result.schedule, Date.parse('2027-01-12T08:00:00Z'), LA, 3)).to.deep.equal([]);
  });

  it('a one-off far ahead is found, and one past is not', () => {
    const result = parseOneOff('2031-06-01 10:00-11:00');
    if (!result.ok) throw new Error(result.reason);
    expect(
      upcomingMeetings(result.schedule, Date.parse('2027-01-01T00:00:00Z'), 'Europe/London', 1).map(show),
    ).to.deep.equal(['2031-06-01T09:00/10:00']);
  });

  it('the same rule in other zones: Sydney (southern DST), Kolkata (+05:30), Kathmandu (+05:45)', () => {
    const now = Date.parse('2026-03-20T00:00:00Z');
    const sydney = upcomingMeetings(schedule('first Sunday 10:00-11:00'), now, 'Australia/Sydney', 2);
    // Sydney leaves DST on the first Sunday of April, at 03:00: 10:00 is then +10:00.
    expect(sydney.map(show)).to.deep.equal(['2026-04-05T00:00/01:00', '2026-05-03T00:00/01:00']);
    expect(
      upcomingMeetings(schedule('every Monday 09:00-10:00'), now, 'Asia/Kolkata', 1).map(show),
    ).to.deep.equal(['2026-03-23T03:30/04:30']);
    expect(
      upcomingMeetings(schedule('every Monday 09:00-10:00'), now, 'Asia/Kathmandu', 1).map(show),
    ).to.deep.equal(['2026-03-23T03:15/04:15']);
  });
});

describe('nextStateChange(): one timer to what the card shows next', () => {
  const [next] = upcomingMeetings(
    schedule('first Thursday 11:30-13:00'),
    Date.parse('2026-11-01T00:00:00Z'),
    LA,
    1,
  );
  const table: [string, string][] = [
    ['2026-11-01T00:00:00Z', '2026-11-05T08:00:00.000Z'], // the club's midnight: "Today"
    ['2026-11-05T08:00:00Z', '2026-11-05T19:30:00.000Z'], // the start: "In progress"
    ['2026-11-05T19:30:00Z', '2026-11-05T21:00:00.000Z'], // the end: the next meeting
  ];
  for (const [now, change] of table) {
    it(`at ${now} the next change is ${change}`, () => {
      expect(new Date(nextStateChange(next, Date.parse(now), LA)!).toISOString()).to.equal(change);
    });
  }
  it('nothing ahead: no timer', () => {
    expect(nextStateChange(undefined, Date.now(), LA)).to.equal(null);
  });
});
