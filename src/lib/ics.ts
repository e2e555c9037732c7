/**
 * The `.ics` file behind "Add to calendar" (RFC 5545), made in the browser from the same parsed
 * schedule the card shows: one VEVENT with an RRULE, EXDATEs for cancelled dates and one VEVENT per
 * moved meeting (RECURRENCE-ID), in the club's zone (TZID) with a VTIMEZONE derived from `Intl`.
 *
 * Privacy: the file holds only what the page already shows. Its UID is a hash of the meeting's own
 * attributes (name, schedule, zone), the same for every visitor and every download, so re-importing
 * updates the event instead of duplicating it; it carries no visitor, page or time data.
 */
import { contentHash } from './dismissal.js';
import { DAY, MINUTE, offsetAt, offsetChanges, parseDate, wallClock, weekdayOf } from './hours.js';
import { inLastWeek, isRuleDate, meetingOn, weekOf, type Schedule } from './recurrence.js';

export interface CalendarInput {
  schedule: Schedule;
  timeZone: string;
  /** What makes the UID: the attributes as written (name, schedule, zone). */
  identity: string;
  summary: string;
  place?: string;
  description?: string;
  url?: string;
  now: number;
}

const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** TEXT values: backslash, `;`, `,` and new lines escaped (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, '\\$&').replace(/\r?\n|\r/g, '\\n');
}

/** Lines of at most 75 octets, continued with a space (§3.1), never splitting a character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  let folded = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > 75) {
      folded += '\r\n ';
      octets = 1;
    }
    folded += char;
    octets += size;
  }
  return folded;
}

/** A wall time (`Date.UTC` fields) as `20261203T113000` (its first 8 characters: the date). */
const local = (wall: number) => new Date(wall).toISOString().slice(0, 19).replace(/[-:]/g, '');

/** `-0800`, `+0545`, `+1245`: the offset's hours and minutes read as a time of day. */
const offsetText = (offset: number) => (offset < 0 ? '-' : '+') + local(Math.abs(offset)).slice(9, 13);

/** A zone change as a yearly rule would state it: month, week (-1 = last), weekday, wall minute. */
interface Change {
  wall: number;
  from: number;
  to: number;
  rule: string;
  key: string;
}

function describeChange(at: number, timeZone: string): Change {
  const from = offsetAt(at - 1000, timeZone);
  const to = offsetAt(at, timeZone);
  const wall = at + from;
  const date = wall - (wall % DAY);
  const week = inLastWeek(date) ? -1 : weekOf(date);
  const month = new Date(date).getUTCMonth();
  const rule = `FREQ=YEARLY;BYMONTH=${month + 1};BYDAY=${week}${DAYS[weekdayOf(date)]}`;
  return { wall, from, to, rule, key: `${rule} ${wall - date} ${from} ${to}` };
}

/**
 * The zone as a VTIMEZONE, from `Intl` alone: the offset on January 1 of `year` from 1970 on, then
 * the zone's changes in the two years from `year`. When both years change on the same yearly rules
 * (second Sunday of March at 02:00, …), the first year's two changes carry those RRULEs; otherwise
 * each change is listed as it is (a zone without DST has none).
 */
export function timeZoneLines(timeZone: string, year: number): string[] {
  const from = Date.UTC(year, 0, 1);
  const offset = offsetAt(from, timeZone);
  const changes = offsetChanges(from, Date.UTC(year + 2, 0, 1), timeZone, 7 * DAY).map((at) =>
    describeChange(at, timeZone),
  );
  const yearly =
    changes.length === 4 && changes[0]!.key === changes[2]!.key && changes[1]!.key === changes[3]!.key;
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  for (const { wall, from: before, to, rule } of [
    { wall: Date.UTC(1970, 0, 1), from: offset, to: offset, rule: '' },
    ...(yearly ? changes.slice(0, 2) : changes),
  ]) {
    const kind = to > before ? 'DAYLIGHT' : 'STANDARD';
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${local(wall)}`,
      `TZOFFSETFROM:${offsetText(before)}`,
      `TZOFFSETTO:${offsetText(to)}`,
      ...(yearly && rule ? [`RRULE:${rule}`] : []),
      `END:${kind}`,
    );
  }
  return [...lines, 'END:VTIMEZONE'];
}

/** The whole `.ics` text, CRLF line ends. */
export function calendarFile(input: CalendarInput): string {
  const { schedule, timeZone, now } = input;
  const times = schedule.times;
  const tzid = `;TZID=${timeZone}`;
  /** `DTSTART…` and the like for a wall date and minute (all-day meetings: a DATE value). */
  const at = (name: string, date: number, minute = 0) =>
    times
      ? `${name}${tzid}:${local(date + minute * MINUTE)}`
      : `${name};VALUE=DATE:${local(date).slice(0, 8)}`;
  const span = (date: number, own = times) =>
    own
      ? [at('DTSTART', date, own.start), at('DTEND', date, own.end)]
      : [at('DTSTART', date), at('DTEND', date + DAY)];
  const common = [
    // The same text always gives the same UID (the hash a dismissed banner's storage key uses).
    `UID:${contentHash(input.identity)}@stat-widgets`,
    `DTSTAMP:${local(now)}Z`,
    `SUMMARY:${escapeText(input.summary)}`,
    ...(input.place ? [`LOCATION:${escapeText(input.place)}`] : []),
    ...(input.description ? [`DESCRIPTION:${escapeText(input.description)}`] : []),
    ...(input.url ? [`URL:${input.url}`] : []),
  ];

  // The series starts at the first rule date not yet over, or earlier when a meeting moved from an
  // earlier date is still ahead (its RECURRENCE-ID must be one of the series' dates).
  const today = wallClock(now, timeZone).date;
  let first = schedule.once ?? today;
  const endOf = (date: number) => meetingOn(date, times, timeZone).end;
  while (schedule.once === undefined && !(isRuleDate(schedule, first) && endOf(first) > now)) first += DAY;
  const moved: string[] = [];
  const exdates: string[] = [];
  for (const [key, override] of Object.entries(schedule.overrides)) {
    const date = parseDate(key)!;
    if (!override) {
      exdates.push(at('EXDATE', date, times?.start));
      continue;
    }
    if (endOf(override.date) > now && date < first) first = date;
    moved.push(
      'BEGIN:VEVENT',
      ...common,
      at('RECURRENCE-ID', date, times?.start),
      ...span(override.date, times && (override.times ?? times)),
      'END:VEVENT',
    );
  }
  const rule =
    schedule.once === undefined
      ? `RRULE:FREQ=${schedule.weeks.length ? 'MONTHLY' : 'WEEKLY'};BYDAY=${(schedule.weeks.length
          ? schedule.weeks
          : ['']
        )
          .map((week) => week + DAYS[schedule.weekday]!)
          .join(',')}`
      : '';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//stat-widgets//meeting-card//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(times ? timeZoneLines(timeZone, new Date(first).getUTCFullYear()) : []),
    'BEGIN:VEVENT',
    ...common,
    ...span(first),
    ...(rule ? [rule, ...exdates] : []),
    'END:VEVENT',
    ...(rule ? moved : []),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
