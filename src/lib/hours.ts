/**
 * Opening hours: parse, is-open-at, next change, and formatting — always in the hotline's own IANA
 * time zone, with `Intl` only (no time-zone database shipped).
 *
 * Safety: "Open now" on a closed line sends a person in danger to a ringing phone. So
 * - the schedule is evaluated on the hotline's wall clock, never the visitor's, and the card labels
 *   the zone instead of converting silently;
 * - DST days are handled by asking `Intl` for the wall clock of real instants, and by checking both
 *   possible offsets of a wall time (and the DST switch itself) when looking for the next change;
 * - anything we cannot read is `{ ok: false }`: the caller shows the text as given and makes no
 *   open/closed claim.
 *
 * Syntax (a small subset of OpenStreetMap's `opening_hours`, which is how many directories write it):
 *   `24/7`
 *   `Mo-Fr 08:00-17:00; Sa 10:00-14:00`
 *   `Mo,We 09:00-12:00,13:00-17:00`          several days, several spans
 *   `Fr-Sa 22:00-06:00`                       a span past midnight belongs to the day it starts
 *   `Su off`                                  later rules replace earlier ones for the same day
 *   `2026-12-25 off; 2026-12-24 10:00-14:00`  a date (hotline calendar) overrides its weekday
 * Day names: Mo Tu We Th Fr Sa Su (English three-letter names and full names are read too).
 */

import { cachedIntl } from './intl.js';

/** Minutes after midnight: `start` in [0, 1440), `end` in (0, 1440]; `end <= start` runs past midnight. */
export interface Span {
  start: number;
  end: number;
}

export interface AlwaysOpen {
  kind: 'always';
}

export interface WeeklyHours {
  kind: 'weekly';
  /** Spans per weekday, Monday first (index 0 = Monday ... 6 = Sunday). */
  days: Span[][];
  /** Overrides for single dates in the hotline's calendar, `YYYY-MM-DD` → spans (empty = closed). */
  dates: Record<string, Span[]>;
}

export type Hours = AlwaysOpen | WeeklyHours;

export type HoursParseResult = { ok: true; hours: Hours } | { ok: false; input: string; reason: string };

const ALWAYS = /^(?:24\/7|24\s*[x×]\s*7|always|mo-su 00:00-24:00)$/i;

/** Monday = 0 ... Sunday = 6 for `Mo`, `Mon`, `Monday` (any case); -1 for anything else. */
export function dayIndex(token: string): number {
  const lower = token.toLowerCase();
  const full = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
  const index = full.findIndex((name) => lower.length >= 2 && name.startsWith(lower));
  return index >= 0 && (lower.length === 2 || lower.length === 3 || lower === full[index]) ? index : -1;
}

/** Minutes after midnight for `HH:MM` (`24:00` only when `allow24`), or -1. */
export function parseTime(text: string, allow24: boolean): number {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text);
  if (!match) return -1;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59) return -1;
  if (hours === 24 && minutes === 0 && allow24) return 1440;
  return hours <= 23 ? hours * 60 + minutes : -1;
}

function parseDays(text: string): number[] | null {
  const days: number[] = [];
  for (const part of text.split(',')) {
    const [from, to, extra] = part.split('-');
    if (extra !== undefined || !from) return null;
    const first = dayIndex(from);
    const last = to === undefined ? first : dayIndex(to);
    if (first < 0 || last < 0) return null;
    // `Fr-Mo` wraps over the weekend.
    for (let day = first; ; day = (day + 1) % 7) {
      days.push(day);
      if (day === last) break;
    }
  }
  return days;
}

function parseSpans(text: string): Span[] | null {
  if (/^(?:off|closed)$/i.test(text)) return [];
  const spans: Span[] = [];
  for (const part of text.split(',')) {
    const [from, to, extra] = part.split('-');
    if (extra !== undefined || from === undefined || to === undefined) return null;
    const start = parseTime(from, false);
    const end = parseTime(to, true);
    if (start < 0 || end < 0) return null;
    spans.push({ start, end });
  }
  return spans;
}

/** `2027-01-11` → its `Date.UTC` ms, or undefined (not a date, or not a real one). */
export function parseDate(text: string): number | undefined {
  const match = /^(\d{4})-(\d\d)-(\d\d)$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isRealDate(year, month, day) ? Date.UTC(year, month - 1, day) : undefined;
}

/**
 * Dashes and spacing as people type them, made one way: `Mo–Fr 8:00 – 17:00` reads like
 * `Mo-Fr 8:00-17:00` (opening hours here, meeting schedules in recurrence.ts).
 */
export function normaliseSpacing(text: string): string {
  return text
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Parses an opening-hours string. */
export function parseHours(input: string | null | undefined): HoursParseResult {
  const text = normaliseSpacing((input ?? '').replace(/\s*,\s*/g, ','));
  const fail = (reason: string): HoursParseResult => ({ ok: false, input: (input ?? '').trim(), reason });
  if (text === '') return fail('is empty');
  if (text.length > 500) return fail('is too long');
  if (ALWAYS.test(text)) return { ok: true, hours: { kind: 'always' } };

  const days: Span[][] = [[], [], [], [], [], [], []];
  const dates: Record<string, Span[]> = {};
  for (const rule of text.split(';').map((r) => r.trim())) {
    if (rule === '') continue;
    const space = rule.indexOf(' ');
    if (space < 0) return fail(`has a rule without times: "${rule}"`);
    const selector = rule.slice(0, space);
    const spans = parseSpans(rule.slice(space + 1));
    if (!spans) return fail(`has times we cannot read in "${rule}" (write 08:00-17:00)`);
    if (/^\d{4}-/.test(selector)) {
      if (parseDate(selector) === undefined) return fail(`has an impossible date "${selector}"`);
      dates[selector] = spans;
      continue;
    }
    const selected = parseDays(selector);
    if (!selected) return fail(`has days we cannot read in "${rule}" (write Mo-Fr)`);
    for (const day of selected) days[day] = spans;
  }
  return { ok: true, hours: { kind: 'weekly', days, dates } };
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

// ── wall clock in a zone ──────────────────────────────────────────────────────────────────────────

export const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** True when `Intl` knows the IANA zone. */
export function isValidTimeZone(timeZone: string | null | undefined): boolean {
  if (!timeZone || !timeZone.trim()) return false;
  try {
    formatterFor(timeZone.trim());
    return true;
  } catch {
    return false;
  }
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  return cachedIntl(Intl.DateTimeFormat, 'en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
}

/** The hotline's wall clock at an instant: its calendar date (as a UTC-midnight ms) and minute of day. */
export interface Wall {
  /** `Date.UTC(year, month, day)` of the wall date. */
  date: number;
  /** Minutes after the wall midnight. */
  minute: number;
  /** `Date.UTC` of the full wall time, seconds included. */
  utc: number;
}

export function wallClock(instant: number, timeZone: string): Wall {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const hour = (parts.hour ?? 0) % 24; // some engines print midnight as 24 even with h23
  const date = Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1);
  const minute = hour * 60 + (parts.minute ?? 0);
  return { date, minute, utc: date + minute * MINUTE + (parts.second ?? 0) * 1000 };
}

/**
 * Offsets already asked for, per zone and whole second. Every card of a page asks about the same
 * instants (the same wall times, the same DST search grid), and each question is a `formatToParts`.
 */
const offsets = new Map<string, Map<number, number>>();
const MAX_OFFSETS = 20_000;

/** Wall time minus UTC, in ms, at an instant. */
export function offsetAt(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  let known = offsets.get(timeZone);
  if (!known) offsets.set(timeZone, (known = new Map()));
  let offset = known.get(whole);
  if (offset === undefined) {
    if (known.size >= MAX_OFFSETS) known.clear();
    offset = wallClock(whole, timeZone).utc - whole;
    known.set(whole, offset);
  }
  return offset;
}

/** Monday = 0 ... Sunday = 6 for a `Date.UTC` day. */
export function weekdayOf(date: number): number {
  return (new Date(date).getUTCDay() + 6) % 7;
}

export function dateKey(date: number): string {
  return new Date(date).toISOString().slice(0, 10);
}

function spansOn(hours: WeeklyHours, date: number): Span[] {
  return hours.dates[dateKey(date)] ?? hours.days[weekdayOf(date)] ?? [];
}

// ── is open, next change ──────────────────────────────────────────────────────────────────────────

/** Whether the line is open at `at`, on the hotline's wall clock in `timeZone`. */
export function isOpenAt(hours: Hours, at: Date | number, timeZone: string): boolean {
  if (hours.kind === 'always') return true;
  const wall = wallClock(+at, timeZone);
  for (const span of spansOn(hours, wall.date)) {
    const end = span.end > span.start ? span.end : 1440;
    if (span.start <= wall.minute && wall.minute < end) return true;
  }
  for (const span of spansOn(hours, wall.date - DAY)) {
    if (span.end <= span.start && wall.minute < span.end) return true;
  }
  return false;
}

/** The instants whose wall clock in `timeZone` reads `minute` on wall `date` (0, 1 or 2 of them). */
export function instantsAtWall(date: number, minute: number, timeZone: string): number[] {
  const wall = date + minute * MINUTE;
  const offsets = new Set([wall - DAY, wall, wall + DAY].map((t) => offsetAt(t, timeZone)));
  return [...offsets].map((offset) => wall - offset).filter((t) => offsetAt(t, timeZone) === wall - t);
}

/**
 * Instants in (from, to] where the zone's offset changes (DST switches), to the second. `step` is how
 * far apart two changes may be at least (6 hours for the open/closed search; a week is enough for a
 * zone's yearly rules, and asks `Intl` far less often).
 */
export function offsetChanges(from: number, to: number, timeZone: string, step = 6 * HOUR): number[] {
  const changes: number[] = [];
  // Steps on a fixed UTC grid, so searches started at different moments share their offsets.
  for (let lo = Math.floor(from / step) * step; lo < to; lo += step) {
    const hi = Math.min(lo + step, to);
    if (offsetAt(lo, timeZone) === offsetAt(hi, timeZone)) continue;
    let a = lo;
    let b = hi;
    while (b - a > 1000) {
      const mid = Math.floor((a + b) / 2);
      if (offsetAt(mid, timeZone) === offsetAt(a, timeZone)) a = mid;
      else b = mid;
    }
    const change = Math.floor(b / 1000) * 1000;
    if (change > from) changes.push(change);
  }
  return changes;
}

function findChange(hours: WeeklyHours, now: number, timeZone: string, days: number): number | null {
  const openNow = isOpenAt(hours, now, timeZone);
  const today = wallClock(now, timeZone).date;
  const candidates = new Set<number>(offsetChanges(now, now + (days + 1) * DAY, timeZone));
  for (let k = -1; k <= days; k++) {
    const date = today + k * DAY;
    for (const span of spansOn(hours, date)) {
      const endDate = span.end <= span.start ? date + DAY : date;
      for (const t of instantsAtWall(date, span.start, timeZone)) candidates.add(t);
      for (const t of instantsAtWall(endDate, span.end, timeZone)) candidates.add(t);
    }
    // A date override can end a span early or start one late, so its midnight is a boundary too.
    for (const t of instantsAtWall(date, 0, timeZone)) candidates.add(t);
  }
  const sorted = [...candidates].filter((t) => t > now).sort((a, b) => a - b);
  return sorted.find((t) => isOpenAt(hours, t, timeZone) !== openNow) ?? null;
}

/**
 * The next instant after `at` when the line opens or closes, or `null` when it never changes
 * (`24/7`, or no opening in the next year).
 */
export function nextChange(hours: Hours, at: Date | number, timeZone: string): Date | null {
  if (hours.kind === 'always') return null;
  const now = +at;
  const change = findChange(hours, now, timeZone, 8) ?? findChange(hours, now, timeZone, 370);
  return change === null ? null : new Date(change);
}

/** The line's state at `at`, with the next change as an instant and as hotline wall time. */
export interface HoursStatus {
  open: boolean;
  alwaysOpen: boolean;
  next?: { at: Date; weekday: number; minute: number };
}

export function hoursStatus(hours: Hours, at: Date | number, timeZone: string): HoursStatus {
  if (hours.kind === 'always') return { open: true, alwaysOpen: true };
  const open = isOpenAt(hours, at, timeZone);
  const next = nextChange(hours, at, timeZone);
  if (!next) return { open, alwaysOpen: false };
  const wall = wallClock(+next, timeZone);
  return { open, alwaysOpen: false, next: { at: next, weekday: weekdayOf(wall.date), minute: wall.minute } };
}

// ── formatting in the visitor's language ──────────────────────────────────────────────────────────

/** Zones whose `Intl` short name is ambiguous or unhelpful (Mexico City reads "CST" in English). */
const ZONE_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'America/Mexico_City': { en: 'CDMX time', es: 'hora de CDMX' },
};

/** A short, readable zone label in `locale`: `PT`, `ET`, `hora de Los Ángeles`, `CDMX time`. */
export function zoneLabel(timeZone: string, locale: string, at: Date | number = Date.now()): string {
  const base = locale.toLowerCase().split('-')[0] ?? 'en';
  const fixed = ZONE_LABELS[timeZone]?.[base];
  if (fixed) return fixed;
  for (const timeZoneName of ['shortGeneric', 'short'] as const) {
    try {
      const label = cachedIntl(Intl.DateTimeFormat, locale, { timeZone, timeZoneName })
        .formatToParts(at)
        .find((part) => part.type === 'timeZoneName')?.value;
      if (label) return label;
    } catch {
      // `shortGeneric` is newer than `short`; try the next.
    }
  }
  return timeZone.split('/').pop()?.replace(/_/g, ' ') ?? timeZone;
}

/** 2024-01-01 was a Monday: a fixed UTC week to format weekdays and wall times without a zone shift. */
const MONDAY = Date.UTC(2024, 0, 1);

/** `Mon 8:00 AM` / `lun, 8:00` — a hotline wall time (weekday Monday = 0) in the visitor's language. */
export function formatWallTime(weekday: number, minute: number, locale: string): string {
  return cachedIntl(Intl.DateTimeFormat, locale, {
    weekday: 'short',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(MONDAY + weekday * DAY + minute * MINUTE);
}

function formatTime(minute: number, locale: string): string {
  return cachedIntl(Intl.DateTimeFormat, locale, {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(MONDAY + minute * MINUTE);
}

function formatWeekday(weekday: number, locale: string): string {
  return cachedIntl(Intl.DateTimeFormat, locale, { weekday: 'short', timeZone: 'UTC' }).format(
    MONDAY + weekday * DAY,
  );
}

/**
 * The weekly schedule as lines in the visitor's language, consecutive days with the same spans
 * grouped: `["Mon–Fri 8:00 AM–5:00 PM", "Sat 10:00 AM–2:00 PM"]`. Closed days are left out; date
 * overrides are listed after the week.
 */
export function formatSchedule(hours: Hours, locale: string, closedLabel = '—'): string[] {
  if (hours.kind === 'always') return [];
  const spansText = (spans: Span[]) =>
    spans.map((s) => `${formatTime(s.start, locale)}–${formatTime(s.end % 1440, locale)}`).join(', ');
  const lines: string[] = [];
  for (let day = 0; day < 7;) {
    const spans = hours.days[day] ?? [];
    let last = day;
    const same = JSON.stringify(spans);
    while (last + 1 < 7 && JSON.stringify(hours.days[last + 1] ?? []) === same) last++;
    if (spans.length) {
      const days =
        last === day
          ? formatWeekday(day, locale)
          : `${formatWeekday(day, locale)}–${formatWeekday(last, locale)}`;
      lines.push(`${days} ${spansText(spans)}`);
    }
    day = last + 1;
  }
  for (const [date, spans] of Object.entries(hours.dates).sort()) {
    const label = cachedIntl(Intl.DateTimeFormat, locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
      Date.parse(`${date}T00:00:00Z`),
    );
    lines.push(`${label} ${spans.length ? spansText(spans) : closedLabel}`);
  }
  return lines;
}
