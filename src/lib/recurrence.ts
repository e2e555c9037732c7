/**
 * Meeting schedules as a club writes them, and the meetings they give, on the club's own wall clock
 * (its IANA zone) with the zone helpers of hours.ts. Pure and DOM-free: `<meeting-card>` and its
 * calendar file (ics.ts) read the same parse, so the card and the file can never disagree.
 *
 * Safety: a wrong meeting time sends people to an empty room (or a stranger's door). So anything we
 * cannot read is `{ ok: false }` with the reason, and the card then shows no date at all: an end
 * before its start ("11:30pm - 1:00pm", the Portland page's typo) is refused, never guessed.
 *
 * Schedule (rules separated by `;` or new lines; English words, any case):
 *   `first Thursday 11:30-13:00`          the weeks of the month: first … fifth, 1st … 5th, last
 *   `2nd and 4th Monday 18:30-20:00`      several weeks of the same weekday
 *   `every Tuesday 7pm-8:30pm`            weekly; times in 24 h, or with am/pm; no times = all day
 *   `2026-07-02 off`                      no meeting that day (must be a date of the rule)
 *   `2026-12-03 moved 2026-12-10`         that meeting on another day (optionally other times)
 * One-off (`date`): `2027-01-11` or `2027-01-11 11:30-13:00`.
 */
import {
  DAY,
  MINUTE,
  dateKey,
  dayIndex,
  instantsAtWall,
  normaliseSpacing,
  offsetAt,
  parseDate,
  parseTime,
  wallClock,
  weekdayOf,
} from './hours.js';

/** Minutes after the wall midnight; `end` > `start` (24:00 is 1440). */
export interface Times {
  start: number;
  end: number;
}

export interface Schedule {
  /** Monday = 0 … Sunday = 6; -1 for a one-off. */
  weekday: number;
  /** Weeks of the month (1–5, -1 = last); empty = every week. */
  weeks: number[];
  /** The one-off's wall date (`Date.UTC` ms). */
  once?: number;
  /** Absent: all day. */
  times?: Times;
  /** Rule date (`YYYY-MM-DD`) → `null` (off) or where it moved. */
  overrides: Record<string, { date: number; times?: Times } | null>;
}

export type ScheduleResult = { ok: true; schedule: Schedule } | Refused;
type Refused = { ok: false; reason: string };

const fail = (reason: string): Refused => ({ ok: false, reason });

/** One meeting, as instants and as the club's wall date. */
export interface Meeting {
  /** Wall date (`Date.UTC` ms) it takes place on. */
  date: number;
  /** The rule date it was moved from, when moved. */
  from?: number;
  /** Cancelled (`off`): listed so the card can say so. */
  off?: boolean;
  start: number;
  end: number;
  allDay: boolean;
}

/** Weeks of the month as words; `last` (6) becomes -1. */
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'last'];

/** `11:30`, `7pm`, `7:30 p.m.` → minutes, or -1. */
function parseClock(text: string, allow24: boolean): number {
  const match = /^(\d{1,2})(?::(\d\d))? ?([ap])\.?m\.?$/.exec(text);
  if (!match) return parseTime(text, allow24);
  const hour = Number(match[1]);
  const minute = Number(match[2] ?? 0);
  if (hour < 1 || hour > 12 || minute > 59) return -1;
  return ((hour % 12) + (match[3] === 'p' ? 12 : 0)) * 60 + minute;
}

/** `11:30-13:00` → times; refused with the reason; undefined when no times are written. */
function parseTimes(text: string | undefined): Times | Refused | undefined {
  if (text === undefined) return undefined;
  const [from, to, extra] = text.split('-');
  const start = parseClock(from ?? '', false);
  const end = parseClock(to ?? '', true);
  if (extra !== undefined || start < 0 || end < 0)
    return fail(`has times we cannot read ("${text}"; write 11:30-13:00 or 11:30am-1pm)`);
  if (end <= start)
    return fail(
      `ends (${to}) before it starts (${from}); check am and pm (a meeting past midnight is not supported)`,
    );
  return { start, end };
}

function normalise(text: string): string {
  return normaliseSpacing(
    text
      .toLowerCase()
      .replace(/\s*\n\s*/g, ';')
      .replace(/(\d) ?([ap])\.?m\b\.?/g, '$1$2m'),
  );
}

/** Week of the month of a wall date: 1–5. */
export const weekOf = (date: number) => Math.ceil(new Date(date).getUTCDate() / 7);
/** Whether a wall date is in its month's last seven days. */
export const inLastWeek = (date: number) => new Date(date + 7 * DAY).getUTCDate() <= 7;

/** Whether the schedule's rule (before overrides) has a meeting on this wall date. */
export function isRuleDate(schedule: Schedule, date: number): boolean {
  if (schedule.once !== undefined) return date === schedule.once;
  if (weekdayOf(date) !== schedule.weekday) return false;
  const { weeks } = schedule;
  return !weeks.length || weeks.includes(weekOf(date)) || (weeks.includes(-1) && inLastWeek(date));
}

/** Parses the `schedule` attribute. */
export function parseSchedule(input: string): ScheduleResult {
  const text = normalise(input);
  if (!text) return fail('is empty');
  if (text.length > 500) return fail('is too long');
  let schedule: Schedule | undefined;
  const overrides: [number, Schedule['overrides'][string]][] = [];
  for (const rule of text.split(/ ?; ?/)) {
    if (!rule) continue;
    const override = /^(\S+) (?:(off|cancell?ed)|moved (?:to )?(\S+)(?: (\S+))?)$/.exec(rule);
    if (override) {
      const date = parseDate(override[1]!);
      const to = override[3] === undefined ? undefined : parseDate(override[3]);
      const times = parseTimes(override[4]);
      if (date === undefined || (!override[2] && to === undefined))
        return fail(`has an impossible date in "${rule}" (write 2026-12-03)`);
      if (times && 'reason' in times) return times;
      overrides.push([date, override[2] ? null : { date: to!, ...(times && { times }) }]);
      continue;
    }
    const match =
      /^(every|each|[a-z0-9]+(?:(?:,? and |, ?| ?& ?)[a-z0-9]+)*) ([a-z]+?)s?(?: of the month| of each month)?(?: (\S+))?$/.exec(
        rule,
      );
    const weekday = dayIndex(match?.[2] ?? '');
    const times = parseTimes(match?.[3]);
    const weeks: number[] = [];
    for (const word of match && !/^e/.test(match[1]!) ? match[1]!.split(/,? and |, ?| ?& ?/) : []) {
      // `second` or `2nd` (0: neither, refused below).
      weeks.push(ORDINALS.indexOf(word) + 1 || Number(/^([1-5])(?:st|nd|rd|th)$/.exec(word)?.[1] ?? 0));
    }
    if (!match || weekday < 0 || weeks.includes(0))
      return fail(
        `has a rule we cannot read: "${rule}" (write first Thursday 11:30-13:00 or every Tuesday 19:00-20:30)`,
      );
    if (times && 'reason' in times) return times;
    if (schedule) return fail('has more than one weekly or monthly rule (one card per meeting)');
    schedule = {
      weekday,
      weeks: weeks.map((week) => (week === 6 ? -1 : week)),
      overrides: {},
      ...(times && { times }),
    };
  }
  if (!schedule) return fail('has no weekly or monthly rule (e.g. first Thursday 11:30-13:00)');
  for (const [date, override] of overrides) {
    if (!isRuleDate(schedule, date))
      return fail(`names ${dateKey(date)}, which is not one of its meeting dates`);
    schedule.overrides[dateKey(date)] = override;
  }
  return { ok: true, schedule };
}

/** Parses the `date` attribute: `2027-01-11`, optionally with times. */
export function parseOneOff(input: string): ScheduleResult {
  const [day, times, extra] = normalise(input).split(' ');
  const once = parseDate(day ?? '');
  const parsed = parseTimes(times);
  if (once === undefined || extra !== undefined)
    return fail('is not a date like 2027-01-11 (optionally 2027-01-11 11:30-13:00)');
  if (parsed && 'reason' in parsed) return parsed;
  return {
    ok: true,
    schedule: { weekday: -1, weeks: [], once, overrides: {}, ...(parsed && { times: parsed }) },
  };
}

/**
 * The instant the club's clock reads `minute` on wall `date`. In a DST fold the first of the two; in a
 * DST gap the wall time read with the offset before the gap (as RFC 5545 and calendars do).
 */
function instantOf(date: number, minute: number, timeZone: string): number {
  const wall = date + minute * MINUTE;
  const instants = instantsAtWall(date, minute, timeZone);
  return instants.length ? Math.min(...instants) : wall - offsetAt(wall - DAY, timeZone);
}

/** The meeting on wall `date` (all day without `times`); the calendar file ends its series by it too. */
export function meetingOn(date: number, times: Times | undefined, timeZone: string): Meeting {
  return {
    date,
    start: instantOf(date, times?.start ?? 0, timeZone),
    end: times ? instantOf(date, times.end, timeZone) : instantOf(date + DAY, 0, timeZone),
    allDay: !times,
  };
}

/**
 * The meetings that have not ended at `now`, in order: `count` of them, and the cancelled ones
 * (`off`) among them, so the card can say so. Looks about two years ahead: a rule with no date in
 * that time gives none.
 */
export function upcomingMeetings(
  schedule: Schedule,
  now: number,
  timeZone: string,
  count: number,
): Meeting[] {
  const today = wallClock(now, timeZone).date;
  const found: { date: number; from?: number; times?: Times; off: boolean }[] = [];
  // From two months back: a meeting moved from an earlier date may still be ahead.
  for (let date = today - 62 * DAY; date < today + 800 * DAY; date += DAY) {
    if (!isRuleDate(schedule, date)) continue;
    const override = schedule.overrides[dateKey(date)];
    // An all-day schedule stays all day, even where a moved date names times.
    const times = schedule.times && (override?.times ?? schedule.times);
    found.push(
      override
        ? { date: override.date, from: date, times, off: false }
        : { date, times, off: override === null },
    );
  }
  if (schedule.once !== undefined && !found.length)
    found.push({ date: schedule.once, times: schedule.times, off: false });
  found.sort((a, b) => a.date - b.date || (a.times?.start ?? 0) - (b.times?.start ?? 0));
  const meetings: Meeting[] = [];
  // Instants only for the dates shown: each one asks Intl for the zone's offsets.
  for (const { date, from, times, off } of found) {
    if (date < today - DAY) continue;
    const meeting: Meeting = meetingOn(date, times, timeZone);
    if (meeting.end <= now) continue;
    if (from !== undefined) meeting.from = from;
    if (off) meeting.off = true;
    else if (count-- <= 0) break;
    meetings.push(meeting);
  }
  return meetings;
}

/**
 * When what the card shows next changes: the midnight that makes the next meeting "today", its
 * start ("in progress") or its end (the next one takes its place). `null` when nothing is ahead.
 */
export function nextStateChange(next: Meeting | undefined, now: number, timeZone: string): number | null {
  if (!next) return null;
  const times = [instantOf(next.date, 0, timeZone), next.start, next.end].filter((t) => t > now);
  return times.length ? Math.min(...times) : null;
}
