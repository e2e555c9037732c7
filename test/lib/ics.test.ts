/**
 * The calendar file, judged by ical.js (a well-kept RFC 5545 parser): it must parse, its own
 * expansion (RRULE, EXDATE, RECURRENCE-ID, and the VTIMEZONE we derive from Intl) must give exactly
 * the meetings the card shows, and its text must survive escaping and folding.
 */
import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { calendarFile, escapeText, foldLine, timeZoneLines, type CalendarInput } from '../../src/lib/ics.js';
import { instantsAtWall, wallClock } from '../../src/lib/hours.js';
import { parseOneOff, parseSchedule, upcomingMeetings, type Schedule } from '../../src/lib/recurrence.js';

function schedule(text: string): Schedule {
  const result = /^\d{4}-\d\d-\d\d( [\d:-]+)?$/.test(text) ? parseOneOff(text) : parseSchedule(text);
  if (!result.ok) throw new Error(`${text}: ${result.reason}`);
  return result.schedule;
}

function file(text: string, timeZone: string, now: string, extra: Partial<CalendarInput> = {}): string {
  return calendarFile({
    schedule: schedule(text),
    timeZone,
    identity: `Business meeting|${text}|${timeZone}`,
    summary: 'Business meeting',
    now: Date.parse(now),
    ...extra,
  });
}

const iso = (time: number) => new Date(time).toISOString().slice(0, 16);

/** What ical.js makes of the file: the meetings that have not ended at `now`, in order. */
function expandWithIcalJs(text: string, now: number, count: number): string[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
  const master = events.find((event) => !event.isRecurrenceException())!;
  for (const exception of events.filter((event) => event.isRecurrenceException()))
    master.relateException(exception);
  const found: [number, number][] = [];
  if (!master.isRecurring()) {
    found.push([master.startDate.toJSDate().getTime(), master.endDate.toJSDate().getTime()]);
  } else {
    const iterator = master.iterator();
    for (let next = iterator.next(); next && found.length < count + 10; next = iterator.next()) {
      const details = master.getOccurrenceDetails(next);
      found.push([details.startDate.toJSDate().getTime(), details.endDate.toJSDate().getTime()]);
    }
  }
  return found
    .filter(([, end]) => end > now)
    .sort((a, b) => a[0] - b[0])
    .slice(0, count)
    .map(([start, end]) => `${iso(start)}/${iso(end)}`);
}

function cardMeetings(text: string, timeZone: string, now: number, count: number): string[] {
  return upcomingMeetings(schedule(text), now, timeZone, count)
    .filter((meeting) => !meeting.off)
    .map((meeting) => `${iso(meeting.start)}/${iso(meeting.end)}`);
}

/**
 * Whether a meeting starts or ends at a wall time the DST change skips or repeats. RFC 5545 reads
 * those with the offset before the gap and as the first of the two (our card does, see
 * recurrence.test.ts); ical.js reads them the other way, so they are left out of the comparison.
 */
function atAmbiguousTime(text: string, timeZone: string, meeting: string): boolean {
  const times = schedule(text).times;
  const start = Date.parse(`${meeting.slice(0, 16)}Z`);
  const date = wallClock(start, timeZone).date;
  return (
    !!times && [times.start, times.end].some((minute) => instantsAtWall(date, minute, timeZone).length !== 1)
  );
}

describe('calendarFile(): what ical.js expands equals what the card shows', () => {
  const zones = [
    'America/Los_Angeles',
    'America/New_York',
    'Europe/London',
    'Europe/Dublin',
    'Australia/Sydney',
    'Pacific/Chatham',
    'America/Santiago',
    'Asia/Kolkata',
    'Asia/Kathmandu',
    'America/Sao_Paulo',
    'Africa/Casablanca',
    'UTC',
  ];
  const schedules: [string, number][] = [
    ['first Thursday 11:30-13:00', 14],
    ['every Tuesday 19:00-20:30', 60],
    ['last Wednesday 12:00-13:00', 14],
    ['2nd and 4th Monday 18:30-20:00', 26],
    ['every Sunday 01:30-03:00', 60],
  ];
  for (const timeZone of zones) {
    it(`${timeZone}: every schedule, from two moments a few months apart`, () => {
      for (const [text, count] of schedules) {
        for (const now of ['2026-10-20T12:00:00Z', '2027-03-01T00:00:00Z']) {
          const at = Date.parse(now);
          const expected = cardMeetings(text, timeZone, at, count);
          const actual = expandWithIcalJs(file(text, timeZone, now), at, count);
          expect(actual, `${text} from ${now}`).to.have.length(expected.length);
          const compared = expected.filter((meeting) => !atAmbiguousTime(text, timeZone, meeting));
          expect(compared.length, 'meetings compared').to.be.greaterThan(count * 0.9);
          expect(
            actual.filter((_, index) => compared.includes(expected[index]!)),
            `${text} from ${now}`,
          ).to.deep.equal(compared);
        }
      }
    });
  }

  it('overrides: EXDATE for a cancelled date, RECURRENCE-ID for moved ones (also to other times)', () => {
    const text =
      'first Thursday 11:30-13:00; 2026-12-03 moved 2026-12-10; 2027-01-07 off; 2027-02-04 moved 2027-02-05 09:00-10:30';
    const now = '2026-11-20T00:00:00Z';
    const ics = file(text, 'America/Los_Angeles', now);
    expect(ics).to.include('\r\nEXDATE;TZID=America/Los_Angeles:20270107T113000\r\n');
    expect(ics).to.include('\r\nRECURRENCE-ID;TZID=America/Los_Angeles:20261203T113000\r\n');
    expect(ics).to.include('\r\nDTSTART;TZID=America/Los_Angeles:20270205T090000\r\n');
    const expected = cardMeetings(text, 'America/Los_Angeles', Date.parse(now), 5);
    expect(expected.slice(0, 3)).to.deep.equal([
      '2026-12-10T19:30/2026-12-10T21:00',
      '2027-02-05T17:00/2027-02-05T18:30',
      '2027-03-04T19:30/2027-03-04T21:00',
    ]);
    expect(expandWithIcalJs(ics, Date.parse(now), 5)).to.deep.equal(expected);
  });

  it('a meeting moved from a date before the series would start still belongs to it', () => {
    const text = 'first Thursday 11:30-13:00; 2026-11-05 moved 2026-11-26';
    const now = '2026-11-20T00:00:00Z';
    const ics = file(text, 'America/Los_Angeles', now);
    expect(ics).to.include('\r\nDTSTART;TZID=America/Los_Angeles:20261105T113000\r\n');
    expect(expandWithIcalJs(ics, Date.parse(now), 3)).to.deep.equal(
      cardMeetings(text, 'America/Los_Angeles', Date.parse(now), 3),
    );
  });

  it('one-off events: all day as DATE values, or with times in the zone', () => {
    const day = file('2027-01-11', 'America/Los_Angeles', '2026-12-01T00:00:00Z');
    expect(day).to.include('\r\nDTSTART;VALUE=DATE:20270111\r\nDTEND;VALUE=DATE:20270112\r\n');
    expect(day).to.not.include('RRULE');
    expect(day).to.not.include('VTIMEZONE');
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(day)).getFirstSubcomponent('vevent')!);
    expect(event.startDate.isDate).to.equal(true);
    expect(event.startDate.toString()).to.equal('2027-01-11');
    const timed = file('2027-01-11 11:30-13:00', 'America/Los_Angeles', '2026-12-01T00:00:00Z');
    expect(expandWithIcalJs(timed, Date.parse('2026-12-01T00:00:00Z'), 1)).to.deep.equal([
      '2027-01-11T19:30/2027-01-11T21:00',
    ]);
  });

  it('an all-day schedule recurs as dates', () => {
    const ics = file('every Monday', 'Europe/London', '2026-10-20T00:00:00Z');
    expect(ics).to.include('\r\nDTSTART;VALUE=DATE:20261026\r\n');
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    const iterator = event.iterator();
    expect([iterator.next()!.toString(), iterator.next()!.toString()]).to.deep.equal([
      '2026-10-26',
      '2026-11-02',
    ]);
  });
});

describe('calendarFile(): valid text', () => {
  const awkward = 'Reunión; "STAT!", 2º piso\\sala\nsegunda línea — 🆘 ';
  const ics = file('first Thursday 11:30-13:00', 'America/Los_Angeles', '2026-10-20T12:00:00Z', {
    summary: awkward,
    place: 'Benson Hotel, 309 SW Broadway, Portland, OR',
    description: `${'A long note that has to be folded because it goes past seventy-five octets. '.repeat(3)}ñ€😀`,
    url: 'https://example.org/join?a=1&b=2',
  });

  it('CRLF line ends, no physical line over 75 octets, continuation lines start with a space', () => {
    expect(ics.endsWith('\r\n')).to.equal(true);
    expect(ics.replace(/\r\n/g, '')).to.not.match(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
    expect(ics).to.match(/\r\n [^\r\n]/);
  });

  it('text comes back exactly as written (escaping), and the required properties are there', () => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstPropertyValue('version')).to.equal('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).to.be.a('string');
    const vevent = calendar.getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('summary')).to.equal(awkward);
    expect(vevent.getFirstPropertyValue('location')).to.equal('Benson Hotel, 309 SW Broadway, Portland, OR');
    expect(String(vevent.getFirstPropertyValue('description'))).to.match(/octets\. ñ€😀$/);
    expect(vevent.getFirstPropertyValue('url')).to.equal('https://example.org/join?a=1&b=2');
    expect(vevent.getFirstPropertyValue('dtstamp')!.toString()).to.equal('2026-10-20T12:00:00Z');
    const vtimezone = calendar.getFirstSubcomponent('vtimezone')!;
    expect(vtimezone.getFirstPropertyValue('tzid')).to.equal('America/Los_Angeles');
    expect(vevent.getFirstProperty('dtstart')!.getParameter('tzid')).to.equal('America/Los_Angeles');
  });

  it('escapeText and foldLine by the book', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).to.equal('a\\\\b\\;c\\,d\\ne\\nf');
    const folded = foldLine(`SUMMARY:${'é'.repeat(40)}`);
    const lines = folded.split('\r\n');
    expect(lines[0]).to.equal(`SUMMARY:${'é'.repeat(33)}`); // 8 + 66 octets; one more would be 76
    expect(lines[1]).to.equal(` ${'é'.repeat(7)}`);
  });

  it('the UID is stable (same meeting, another day: same UID), differs per meeting and says nothing', () => {
    const uid = (text: string) => /\r\nUID:([^\r]+)/.exec(text)![1];
    const later = file('first Thursday 11:30-13:00', 'America/Los_Angeles', '2027-02-01T12:00:00Z', {
      summary: awkward,
    });
    expect(uid(later)).to.equal(uid(ics));
    expect(
      uid(file('every Tuesday 19:00-20:30', 'America/Los_Angeles', '2026-10-20T12:00:00Z')),
    ).to.not.equal(uid(ics));
    expect(uid(ics)).to.match(/^[0-9a-z]{7}@stat-widgets$/);
  });
});

describe('timeZoneLines(): VTIMEZONE from Intl', () => {
  it('Los Angeles: its January offset, then two yearly rules (second Sunday of March, first of November)', () => {
    expect(timeZoneLines('America/Los_Angeles', 2027)).to.deep.equal([
      'BEGIN:VTIMEZONE',
      'TZID:America/Los_Angeles',
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      'TZOFFSETFROM:-0800',
      'TZOFFSETTO:-0800',
      'END:STANDARD',
      'BEGIN:DAYLIGHT',
      'DTSTART:20270314T020000',
      'TZOFFSETFROM:-0800',
      'TZOFFSETTO:-0700',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'DTSTART:20271107T020000',
      'TZOFFSETFROM:-0700',
      'TZOFFSETTO:-0800',
      'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('London: last Sunday rules; Kolkata: one fixed offset', () => {
    expect(timeZoneLines('Europe/London', 2026).filter((line) => line.startsWith('RRULE'))).to.deep.equal([
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
      'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
    ]);
    expect(timeZoneLines('Asia/Kolkata', 2026)).to.deep.equal([
      'BEGIN:VTIMEZONE',
      'TZID:Asia/Kolkata',
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      'TZOFFSETFROM:+0530',
      'TZOFFSETTO:+0530',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });
});
