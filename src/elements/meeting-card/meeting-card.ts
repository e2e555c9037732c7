import { html, nothing, type PropertyValues } from 'lit';
import { ChangeTimer } from '../../base/change-timer.js';
import { headingLevel } from '../../base/heading.js';
import { StatElement } from '../../base/stat-element.js';
import { cardStyles, hostStyles } from '../../base/styles.js';
import { isValidTimeZone, offsetAt, wallClock, zoneLabel } from '../../lib/hours.js';
import { calendarFile } from '../../lib/ics.js';
import { cachedIntl } from '../../lib/intl.js';
import {
  nextStateChange,
  parseOneOff,
  parseSchedule,
  upcomingMeetings,
  type Meeting,
  type Schedule,
} from '../../lib/recurrence.js';
import { urlFromAttribute } from '../../lib/safe-url.js';
import { quote } from '../../lib/warn.js';
import { styles } from './meeting-card.styles.js';

/** The meeting as the card reads it from its attributes. */
interface MeetingModel {
  schedule?: Schedule;
  /** The club's zone; for an all-day date without one, the visitor's. */
  timeZone: string;
  mapUrl: string | null;
  onlineUrl: string | null;
}

/**
 * @summary A club's meeting: the next date in the club's time zone (and in the visitor's, where it
 * differs), "Today" and "In progress", the dates after it, the place with a map link, and "Add to
 * calendar" as an .ics file made in the browser. Private by design: no request, cookie or storage.
 *
 * @tagname meeting-card
 *
 * @attr name - The meeting's name, e.g. `Business meeting` (the card's heading; default "Next meeting").
 * @attr schedule - When it meets, in words: `first Thursday 11:30-13:00`, `every Tuesday 19:00-20:30`,
 *   `last Wednesday 12:00-13:00`, `2nd and 4th Monday 6:30pm-8pm`; then, separated by `;`, dates that
 *   differ: `2026-07-02 off`, `2026-12-03 moved 2026-12-10`. An end before its start is refused.
 * @attr date - A one-off event instead of a schedule: `2027-01-11`, or `2027-01-11 11:30-13:00`.
 * @attr timezone - The club's IANA time zone, e.g. `America/Los_Angeles` (needed for times).
 * @attr place - Where it meets (plain text), e.g. `Benson Hotel, 309 SW Broadway, Portland`.
 * @attr map-url - A map of the place (http/https; opens in a new tab without referrer).
 * @attr online-url - The link to join online (http/https; opens in a new tab without referrer).
 * @attr note - One plain-text sentence, e.g. `Lunch is $25; guests welcome.`
 * @attr heading-level - Heading level of the name, 2–6 (default 3).
 * @attr next-label - Replaces "Next meeting" (before the date; also the heading and the calendar
 *   event's title when there is no `name`).
 * @attr today-label - Replaces the "Today" badge.
 * @attr in-progress-label - Replaces the "In progress" badge.
 * @attr your-time-text - Replaces the line in the visitor's own time zone, with `{time}`
 *   ("Your time: {time}").
 * @attr later-text - Replaces "After that" (above the dates after the next one).
 * @attr moved-text - Replaces a moved meeting's date, with `{date}` and `{from}`
 *   ("{date} (moved from {from})").
 * @attr off-text - Replaces a cancelled date, with `{date}` ("No meeting on {date}").
 * @attr over-text - Replaces "This event is over." (a one-off `date` that has passed).
 * @attr none-text - Replaces "No upcoming dates." (a schedule with no date ahead).
 * @attr where-text - Replaces the place line, with `{place}` ("Where: {place}").
 * @attr map-label - Replaces the map link's text ("Map").
 * @attr online-label - Replaces the online link's text ("Join online").
 * @attr calendar-label - Replaces "Add to calendar".
 * @attr calendar-file-text - Replaces what screen readers hear after it ("(.ics file)").
 * @attr new-tab-text - Replaces what screen readers hear after a link that opens a new tab
 *   ("(opens in a new tab)").
 *
 * @slot - Fallback shown only when JavaScript does not run (e.g. the schedule as plain text).
 *
 * @csspart base - The card.
 * @csspart name - The meeting's name.
 * @csspart next - The next meeting (or the event's date).
 * @csspart badge - "Today" or "In progress".
 * @csspart later - The dates after the next one.
 * @csspart place - The place line.
 * @csspart note - The note.
 * @csspart action - The calendar and online links.
 * @csspart calendar - The "Add to calendar" link.
 *
 * @cssproperty --stat-font-family - Font stack.
 * @cssproperty --stat-font-size - Base font size (default 16px).
 * @cssproperty --stat-line-height - Line height (default 1.5).
 * @cssproperty --stat-color-text - Text colour.
 * @cssproperty --stat-color-background - Card background.
 * @cssproperty --stat-color-accent - Calendar link background and the badge.
 * @cssproperty --stat-color-accent-text - Calendar link and badge text.
 * @cssproperty --stat-color-border - Card border.
 * @cssproperty --stat-radius - Corner radius.
 * @cssproperty --stat-space - Spacing unit.
 * @cssproperty --stat-focus-ring - Focus outline colour.
 */
export class MeetingCard extends StatElement {
  static override styles = [hostStyles, cardStyles, styles];

  static override properties = {
    name: { type: String },
    schedule: { type: String },
    date: { type: String },
    timezone: { type: String },
    place: { type: String },
    mapUrl: { type: String, attribute: 'map-url' },
    onlineUrl: { type: String, attribute: 'online-url' },
    note: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
    nextLabel: { attribute: 'next-label' },
    todayLabel: { attribute: 'today-label' },
    inProgressLabel: { attribute: 'in-progress-label' },
    yourTimeText: { attribute: 'your-time-text' },
    laterText: { attribute: 'later-text' },
    movedText: { attribute: 'moved-text' },
    offText: { attribute: 'off-text' },
    overText: { attribute: 'over-text' },
    noneText: { attribute: 'none-text' },
    whereText: { attribute: 'where-text' },
    mapLabel: { attribute: 'map-label' },
    onlineLabel: { attribute: 'online-label' },
    calendarLabel: { attribute: 'calendar-label' },
    calendarFileText: { attribute: 'calendar-file-text' },
    newTabText: { attribute: 'new-tab-text' },
  };

  declare name: string | undefined;
  declare schedule: string | undefined;
  declare date: string | undefined;
  declare timezone: string | undefined;
  declare place: string | undefined;
  declare mapUrl: string | undefined;
  declare onlineUrl: string | undefined;
  declare note: string | undefined;
  declare headingLevel: number | undefined;
  declare nextLabel: string | undefined;
  declare todayLabel: string | undefined;
  declare inProgressLabel: string | undefined;
  declare yourTimeText: string | undefined;
  declare laterText: string | undefined;
  declare movedText: string | undefined;
  declare offText: string | undefined;
  declare overText: string | undefined;
  declare noneText: string | undefined;
  declare whereText: string | undefined;
  declare mapLabel: string | undefined;
  declare onlineLabel: string | undefined;
  declare calendarLabel: string | undefined;
  declare calendarFileText: string | undefined;
  declare newTabText: string | undefined;

  private model: MeetingModel | undefined;
  private readonly changes = new ChangeTimer(this);
  /** The calendar file's object URL, and what it was made from (made again only when that changes). */
  private calendar: { url: string; key: string } | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.dropCalendar();
  }

  private dropCalendar(): void {
    if (this.calendar) URL.revokeObjectURL(this.calendar.url);
    this.calendar = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const inputs = ['schedule', 'date', 'timezone', 'mapUrl', 'onlineUrl'] as const;
    if (this.model && !inputs.some((key) => changed.has(key))) return;
    const warn = (message: string) => this.warn(message);
    const model: MeetingModel = {
      timeZone: this.timezone?.trim() ?? '',
      mapUrl: urlFromAttribute('map-url', this.mapUrl, 'the place is shown without a map link', warn),
      onlineUrl: urlFromAttribute('online-url', this.onlineUrl, 'no online link is shown', warn),
    };
    const [name, text] = this.schedule?.trim() ? ['schedule', this.schedule] : ['date', this.date ?? ''];
    const parsed = name === 'schedule' ? parseSchedule(text) : parseOneOff(text);
    if (this.schedule?.trim() && this.date?.trim())
      this.warn(`has both a schedule and a date ${quote(this.date)}; the date is ignored.`);
    const zoneOk = isValidTimeZone(model.timeZone);
    const timed = parsed.ok && parsed.schedule.times;
    if (!parsed.ok)
      this.warn(
        text.trim()
          ? `${name} ${quote(text)} ${parsed.reason}; the card shows no dates.`
          : 'needs a schedule (e.g. first Thursday 11:30-13:00) or a date (e.g. 2027-01-11); the card shows no dates.',
      );
    if (!zoneOk && (timed || model.timeZone))
      this.warn(
        `timezone ${quote(this.timezone ?? '')} is not an IANA time zone (e.g. America/Los_Angeles); a meeting with times shows no dates.`,
      );
    // All-day dates are the same calendar days everywhere: without a zone, the visitor's decides "today".
    if (parsed.ok && (zoneOk || !timed)) model.schedule = parsed.schedule;
    if (!zoneOk) model.timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    this.model = model;
    this.dropCalendar();
  }

  /** `Thu, Dec 3, 11:30 AM – 1:00 PM PT` in `timeZone`; an all-day meeting as its date. */
  private when(meeting: Meeting, timeZone: string): string {
    const locale = this.localize.locale();
    if (meeting.allDay) return this.day(meeting.date);
    const format = cachedIntl(Intl.DateTimeFormat, locale, {
      weekday: 'short',
      month: 'short',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZone,
    });
    return `${format.formatRange(meeting.start, meeting.end)} ${zoneLabel(timeZone, locale, meeting.start)}`;
  }

  /** A wall date (`Date.UTC` ms) as `Thu, Dec 3`. */
  private day(date: number): string {
    return cachedIntl(Intl.DateTimeFormat, this.localize.locale(), {
      weekday: 'short',
      month: 'short',
      day: 'numeric',
      timeZone: 'UTC',
    }).format(date);
  }

  /** The calendar file for the meetings shown, as an object URL (made again when they change). */
  private calendarUrl(schedule: Schedule, timeZone: string, next: Meeting): string {
    const key = `${this.localize.lang()} ${next.start} ${this.name} ${this.place} ${this.note} ${this.nextLabel}`;
    if (this.calendar?.key === key) return this.calendar.url;
    this.dropCalendar();
    const online = this.model?.onlineUrl ?? undefined;
    const text = calendarFile({
      schedule,
      timeZone,
      identity: [this.name, this.schedule?.trim() ? this.schedule : this.date, this.timezone].join('|'),
      summary: this.name?.trim() || this.text('meetingNext', this.nextLabel),
      ...(this.place?.trim() && { place: this.place.trim() }),
      ...((this.note?.trim() || online) && {
        description: [this.note?.trim(), online].filter(Boolean).join('\n'),
      }),
      ...(online && { url: online }),
      now: Date.now(),
    });
    const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar' }));
    this.calendar = { url, key };
    return url;
  }

  override render() {
    const model = this.model;
    if (!model) return nothing;
    const t = this.text.bind(this);
    const schedule = model.schedule;
    const zone = model.timeZone;
    const now = Date.now();
    const meetings = schedule ? upcomingMeetings(schedule, now, zone, 4) : [];
    // The timer that redraws "Today" / "In progress" is armed from the dates shown (one scan of the rule).
    this.changes.arm(nextStateChange(meetings[0], now, zone));
    const next = meetings.find((meeting) => !meeting.off);
    const later = meetings.filter((meeting) => meeting !== next);
    const visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const newTab = html`<span class="visually-hidden"> ${t('newTab', this.newTabText)}</span>`;
    const dateText = (meeting: Meeting) =>
      meeting.from === undefined
        ? this.when(meeting, zone)
        : t('meetingMoved', this.movedText, { date: this.when(meeting, zone), from: this.day(meeting.from) });
    const badge = !next
      ? ''
      : next.start <= now
        ? t('meetingNow', this.inProgressLabel)
        : wallClock(now, zone).date === next.date
          ? t('meetingToday', this.todayLabel)
          : '';
    // Reading order: what, when (and when for the visitor), where, then the dates after, then actions.
    return html`
      <article
        class="base"
        part="base"
        lang=${this.localize.lang()}
        dir=${this.localize.dir()}
        aria-labelledby="name"
      >
        <div
          class="name"
          part="name"
          id="name"
          role="heading"
          aria-level=${headingLevel(this.headingLevel, 3, (message) => this.warn(message))}
        >
          ${this.name?.trim() || t('meetingNext', this.nextLabel)}
        </div>
        ${
          !schedule
            ? nothing
            : next
              ? html`<p class="next" part="next">
                    ${schedule.once === undefined ? html`<span>${t('meetingNext', this.nextLabel)}:</span>` : nothing}
                    <strong>${dateText(next)}</strong>
                    ${badge ? html`<span class="badge accent" part="badge">${badge}</span>` : nothing}
                  </p>
                  ${
                    !next.allDay && offsetAt(next.start, zone) !== offsetAt(next.start, visitorZone)
                      ? html`<p class="local">
                          ${t('meetingYourTime', this.yourTimeText, { time: this.when(next, visitorZone) })}
                        </p>`
                      : nothing
                  }`
              : html`<p class="next" part="next">
                  ${schedule.once === undefined ? t('meetingNone', this.noneText) : t('meetingOver', this.overText)}
                </p>`
        }
        ${
          this.place?.trim()
            ? html`<p class="place" part="place">
                ${t('meetingWhere', this.whereText, { place: this.place.trim() })}
                ${
                  model.mapUrl
                    ? html`<a href=${model.mapUrl} target="_blank" rel="noopener noreferrer"
                        >${t('meetingMap', this.mapLabel)}${newTab}</a
                      >`
                    : nothing
                }
              </p>`
            : nothing
        }
        ${this.note?.trim() ? html`<p class="note" part="note">${this.note.trim()}</p>` : nothing}
        ${
          later.length
            ? html`<div class="later" part="later">
                <p>${t('meetingLater', this.laterText)}</p>
                <ul>
                  ${later.map(
                    (meeting) =>
                      html`<li>
                        ${meeting.off ? t('meetingOff', this.offText, { date: this.day(meeting.date) }) : dateText(meeting)}
                      </li>`,
                  )}
                </ul>
              </div>`
            : nothing
        }
        ${
          (schedule && next) || model.onlineUrl
            ? html`<p class="row">
                ${
                  schedule && next
                    ? html`<a
                        class="action accent"
                        part="action calendar"
                        href=${this.calendarUrl(schedule, zone, next)}
                        download="meeting.ics"
                        >${t('meetingCalendar', this.calendarLabel)}<span class="visually-hidden">
                          ${t('meetingCalendarFile', this.calendarFileText)}</span
                        ></a
                      >`
                    : nothing
                }
                ${
                  model.onlineUrl
                    ? html`<a
                        class="action quiet"
                        part="action"
                        href=${model.onlineUrl}
                        target="_blank"
                        rel="noopener noreferrer"
                        >${t('meetingOnline', this.onlineLabel)}${newTab}</a
                      >`
                    : nothing
                }
              </p>`
            : nothing
        }
      </article>
    `;
  }
}
