import { expect, fixture, html } from '@open-wc/testing';
import ICAL from 'ical.js';
import { restore, stub, useFakeTimers, type SinonFakeTimers } from 'sinon';
import '../../../src/elements/meeting-card/define.js';
import type { MeetingCard } from '../../../src/elements/meeting-card/meeting-card.js';
import { visibleText } from '../a11y-text.js';

const root = (el: MeetingCard) => el.shadowRoot!;
const text = (el: MeetingCard) =>
  visibleText(root(el).querySelector<HTMLElement>('.base')!).replace(/\s/g, ' ');
const part = (el: MeetingCard, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const partText = (el: MeetingCard, name: string) =>
  part(el, name) ? visibleText(part(el, name)!).replace(/\s/g, ' ') : null;
const laterDates = (el: MeetingCard) =>
  [...root(el).querySelectorAll<HTMLElement>('.later li')].map((li) => visibleText(li).replace(/\s/g, ' '));

/** The Portland club's meeting, with the time corrected (the gallery's example). */
const portland = (extra = html``) => html`
  <meeting-card
    name="Business and program meeting"
    schedule="first Thursday 11:30-13:00"
    timezone="America/Los_Angeles"
    place="Benson Hotel, 309 SW Broadway, Downtown Portland"
    map-url="https://www.openstreetmap.org/search?query=309%20SW%20Broadway%20Portland"
    >${extra}</meeting-card
  >
`;

/** The .ics text behind the card's calendar link (the blob the visitor would download). */
async function calendarText(el: MeetingCard): Promise<string> {
  const link = part(el, 'calendar') as HTMLAnchorElement;
  expect(link.getAttribute('download')).to.equal('meeting.ics');
  expect(link.href).to.match(/^blob:/);
  return (await fetch(link.href)).text();
}

describe('<meeting-card>', () => {
  let warn: sinon.SinonStub;
  let clock: SinonFakeTimers | undefined;
  const at = (iso: string) => {
    clock = useFakeTimers({ now: new Date(iso), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
  };
  /** axe waits on real timers: the fake clock stops first. */
  const accessible = async (el: HTMLElement) => {
    clock?.restore();
    clock = undefined;
    await expect(el).to.be.accessible();
  };
  beforeEach(() => {
    warn = stub(console, 'warn');
  });
  afterEach(() => {
    clock?.restore();
    clock = undefined;
    restore();
  });

  it('Portland: the next date in the club’s zone and in the visitor’s, then three more dates', async () => {
    at('2026-11-20T00:00:00Z');
    const el = await fixture<MeetingCard>(portland());
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone, 'the visitor is in Auckland').to.equal(
      'Pacific/Auckland',
    );
    expect(partText(el, 'name')).to.equal('Business and program meeting');
    expect(partText(el, 'next')).to.match(/^Next meeting: Thu, Dec 3, 11:30 AM – 1:00 PM PT$/);
    expect(text(el)).to.match(/Your time: Fri, Dec 4, 8:30 – 10:00 AM (GMT\+13|NZDT|New Zealand Time)/);
    expect(laterDates(el)).to.deep.equal([
      'Thu, Jan 7, 11:30 AM – 1:00 PM PT',
      'Thu, Feb 4, 11:30 AM – 1:00 PM PT',
      'Thu, Mar 4, 11:30 AM – 1:00 PM PT',
    ]);
    expect(partText(el, 'place')).to.equal('Where: Benson Hotel, 309 SW Broadway, Downtown Portland Map');
    const map = part(el, 'place')!.querySelector('a')!;
    expect(map.getAttribute('href')).to.match(/^https:\/\/www\.openstreetmap\.org\//);
    expect(map.rel).to.equal('noopener noreferrer');
    expect(map.target).to.equal('_blank');
    expect(warn.callCount).to.equal(0);
    await accessible(el);
  });

  it('across the March DST change the club’s time stays 11:30 and the visitor’s moves', async () => {
    at('2027-03-05T00:00:00Z');
    const el = await fixture<MeetingCard>(portland());
    expect(partText(el, 'next')).to.equal('Next meeting: Thu, Apr 1, 11:30 AM – 1:00 PM PT');
    // Los Angeles has started DST (-7), Auckland has not yet left it (+13, until April 4): 20 hours
    // apart, not the 21 of December.
    expect(text(el)).to.match(/Your time: Fri, Apr 2, 7:30 – 9:00 AM (GMT\+13|NZDT|New Zealand Time)/);
  });

  it('"Today", then "In progress", then the next month: one timer to each change, no polling', async () => {
    at('2026-12-03T07:59:00Z'); // 23:59 on Wednesday in Portland
    const el = await fixture<MeetingCard>(portland());
    expect(part(el, 'badge')).to.equal(null);
    expect(clock!.countTimers(), 'one timer').to.equal(1);
    clock!.tick(60_000); // midnight in Portland
    await el.updateComplete;
    expect(partText(el, 'badge')).to.equal('Today');
    expect(clock!.countTimers()).to.equal(1);
    clock!.tick(Date.parse('2026-12-03T19:30:00Z') - Date.now());
    await el.updateComplete;
    expect(partText(el, 'badge')).to.equal('In progress');
    expect(partText(el, 'next')).to.match(/^Next meeting: Thu, Dec 3,/);
    clock!.tick(Date.parse('2026-12-03T21:00:00Z') - Date.now());
    await el.updateComplete;
    expect(part(el, 'badge')).to.equal(null);
    expect(partText(el, 'next')).to.match(/^Next meeting: Thu, Jan 7,/);
    expect(clock!.countTimers()).to.equal(1);
    el.remove();
    expect(clock!.countTimers(), 'no timer once the card is gone').to.equal(0);
  });

  for (const [state, now] of [
    ['Today', '2026-12-03T12:00:00Z'],
    ['In progress', '2026-12-03T20:00:00Z'],
  ]) {
    it(`axe-clean while the badge says "${state}"`, async () => {
      at(now!);
      const el = await fixture<MeetingCard>(portland());
      expect(partText(el, 'badge')).to.equal(state);
      await accessible(el);
    });
  }

  it('the Portland page’s "11:30pm - 1:00pm" warns and shows no date at all (never a guessed one)', async () => {
    at('2026-11-20T00:00:00Z');
    const el = await fixture<MeetingCard>(
      html`<meeting-card
        name="Business meeting"
        schedule="first Thursday 11:30pm - 1:00pm"
        timezone="America/Los_Angeles"
        place="Benson Hotel"
      ></meeting-card>`,
    );
    expect(warn.callCount).to.equal(1);
    expect(String(warn.firstCall.args[0])).to.equal(
      '[stat-widgets] <meeting-card>: schedule "first Thursday 11:30pm - 1:00pm" ends (1:00pm) before it starts (11:30pm); check am and pm (a meeting past midnight is not supported); the card shows no dates.',
    );
    expect(text(el)).to.equal('Business meeting Where: Benson Hotel');
    expect(part(el, 'calendar')).to.equal(null);
    expect(text(el)).to.not.match(/\d:\d\d/);
  });

  it('Add to calendar: an .ics made in the browser, without a request, that ical.js reads as the card', async () => {
    at('2026-11-20T00:00:00Z');
    const el = await fixture<MeetingCard>(
      html`<meeting-card
        name="Business meeting"
        schedule="first Thursday 11:30-13:00; 2026-12-03 moved 2026-12-10; 2027-01-07 off"
        timezone="America/Los_Angeles"
        place="Benson Hotel, 309 SW Broadway"
        note="Lunch is $25; guests welcome."
        online-url="https://example.org/join"
      ></meeting-card>`,
    );
    expect(partText(el, 'next')).to.equal(
      'Next meeting: Thu, Dec 10, 11:30 AM – 1:00 PM PT (moved from Thu, Dec 3)',
    );
    expect(laterDates(el)).to.deep.equal([
      'No meeting on Thu, Jan 7',
      'Thu, Feb 4, 11:30 AM – 1:00 PM PT',
      'Thu, Mar 4, 11:30 AM – 1:00 PM PT',
      'Thu, Apr 1, 11:30 AM – 1:00 PM PT',
    ]);
    const requests = performance.getEntriesByType('resource').length;
    const ics = await calendarText(el);
    expect(performance.getEntriesByType('resource').length, 'reading a blob: is no request').to.equal(
      requests,
    );
    const calendar = new ICAL.Component(ICAL.parse(ics));
    ICAL.TimezoneService.register(calendar.getFirstSubcomponent('vtimezone')!);
    const [master, moved] = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    master!.relateException(moved!);
    expect(master!.summary).to.equal('Business meeting');
    expect(master!.location).to.equal('Benson Hotel, 309 SW Broadway');
    expect(master!.description).to.equal('Lunch is $25; guests welcome.\nhttps://example.org/join');
    const iterator = master!.iterator();
    const starts: string[] = [];
    for (let next = iterator.next(); starts.length < 4; next = iterator.next()) {
      const details = master!.getOccurrenceDetails(next!);
      starts.push(details.startDate.toJSDate().toISOString());
    }
    expect(starts).to.deep.equal([
      '2026-12-10T19:30:00.000Z',
      '2027-02-04T19:30:00.000Z',
      '2027-03-04T19:30:00.000Z',
      '2027-04-01T18:30:00.000Z',
    ]);
    const online = root(el).querySelector<HTMLAnchorElement>('a[href="https://example.org/join"]')!;
    expect(online.rel).to.equal('noopener noreferrer');
    await accessible(el);
  });

  it('a one-off day (January 11) needs no time zone: its date, an all-day calendar file, then "over"', async () => {
    at('2027-01-01T00:00:00Z');
    const el = await fixture<MeetingCard>(
      html`<meeting-card name="National Human Trafficking Awareness Day" date="2027-01-11"></meeting-card>`,
    );
    expect(partText(el, 'next')).to.equal('Mon, Jan 11');
    expect(text(el)).to.not.include('Your time');
    expect(await calendarText(el)).to.include('\r\nDTSTART;VALUE=DATE:20270111\r\n');
    expect(warn.callCount).to.equal(0);
    clock!.tick(Date.parse('2027-01-12T12:00:00Z') - Date.now());
    await el.updateComplete;
    expect(partText(el, 'next'), 'redrawn by its own timer').to.equal('This event is over.');
    expect(part(el, 'calendar')).to.equal(null);
    await accessible(el);
  });

  it('a one-off with times is shown in the club’s zone and the visitor’s', async () => {
    at('2027-01-01T00:00:00Z');
    const el = await fixture<MeetingCard>(
      html`<meeting-card
        name="Awareness walk"
        date="2027-01-11 11:30-13:00"
        timezone="America/Los_Angeles"
      ></meeting-card>`,
    );
    expect(partText(el, 'next')).to.equal('Mon, Jan 11, 11:30 AM – 1:00 PM PT');
    expect(text(el)).to.match(/Your time: Tue, Jan 12, 8:30 – 10:00 AM/);
  });

  it('in Spanish', async () => {
    at('2026-11-20T00:00:00Z');
    const el = await fixture<MeetingCard>(html`<div lang="es">${portland()}</div>`);
    const card = el.querySelector('meeting-card') as MeetingCard;
    expect(partText(card, 'name')).to.equal('Business and program meeting');
    expect(partText(card, 'next')).to.match(
      /^Próxima reunión: jue, 3 dic, 11:30 ?– ?13:00 hora de Los [AÁ]ngeles$/,
    );
    expect(text(card)).to.match(/Su hora: vie, 4 dic, 8:30 ?– ?10:00 hora de Nueva Zelanda/);
    expect(visibleText(part(card, 'calendar')!)).to.equal('Añadir al calendario');
    expect(partText(card, 'place')).to.equal('Lugar: Benson Hotel, 309 SW Broadway, Downtown Portland Mapa');
    expect(visibleText(root(card).querySelector('.later p')!)).to.equal('Después');
    const monthly = await fixture<MeetingCard>(
      html`<meeting-card
        lang="es"
        schedule="2nd and 4th Monday 18:30-20:00"
        timezone="America/Los_Angeles"
      ></meeting-card>`,
    );
    expect(partText(monthly, 'next')).to.match(/^Próxima reunión: lun, 23 nov, 18:30 ?– ?20:00/);
    expect(partText(monthly, 'name')).to.equal('Próxima reunión');
    await accessible(card);
  });

  it('every string can be replaced by an attribute, where a visitor and a screen reader meet it', async () => {
    at('2026-11-20T00:00:00Z');
    const el = await fixture<MeetingCard>(
      html`<meeting-card
        lang="fr"
        schedule="first Thursday 11:30-13:00; 2026-12-03 moved 2026-12-10; 2027-01-07 off"
        timezone="America/Los_Angeles"
        place="Benson Hotel"
        map-url="https://www.openstreetmap.org/"
        online-url="https://example.org/join"
        next-label="Prochaine réunion"
        your-time-text="Chez vous : {time}"
        later-text="Ensuite"
        moved-text="{date} (déplacée du {from})"
        off-text="Pas de réunion le {date}"
        where-text="Lieu : {place}"
        map-label="Plan"
        online-label="Rejoindre en ligne"
        calendar-label=${'<b>Ajouter</b> au calendrier'}
        calendar-file-text="(fichier .ics)"
        new-tab-text="(nouvel onglet)"
      ></meeting-card>`,
    );
    expect(partText(el, 'name'), 'the heading without a name').to.equal('Prochaine réunion');
    expect(partText(el, 'next')).to.equal(
      'Prochaine réunion: Thu, Dec 10, 11:30 AM – 1:00 PM PT (déplacée du Thu, Dec 3)',
    );
    expect(text(el)).to.match(/Chez vous : Fri, Dec 11, 8:30 – 10:00 AM /);
    expect(visibleText(root(el).querySelector('.later p')!)).to.equal('Ensuite');
    expect(laterDates(el)[0]).to.equal('Pas de réunion le Thu, Jan 7');
    expect(partText(el, 'place')).to.equal('Lieu : Benson Hotel Plan');
    // What a screen reader says for each link: its text, then the hidden words after it.
    const said = (link: Element) => link.textContent!.replace(/\s+/g, ' ').trim();
    expect([...root(el).querySelectorAll('a')].map(said)).to.deep.equal([
      'Plan (nouvel onglet)',
      '<b>Ajouter</b> au calendrier (fichier .ics)',
      'Rejoindre en ligne (nouvel onglet)',
    ]);
    expect(root(el).querySelector('b'), 'markup in an attribute is text').to.equal(null);
    expect(await calendarText(el)).to.include('\r\nSUMMARY:Prochaine réunion\r\n');
    el.nextLabel = 'Réunion du club';
    await el.updateComplete;
    expect(await calendarText(el), 'the file follows the new words').to.include(
      '\r\nSUMMARY:Réunion du club\r\n',
    );
    expect(warn.callCount).to.equal(0);

    const over = await fixture<MeetingCard>(
      html`<meeting-card date="2020-01-11" over-text="C’est fini."></meeting-card>`,
    );
    expect(partText(over, 'next')).to.equal('C’est fini.');

    clock!.tick(Date.parse('2026-12-03T12:00:00Z') - Date.now());
    const badge = await fixture<MeetingCard>(
      html`<meeting-card
        schedule="first Thursday 11:30-13:00"
        timezone="America/Los_Angeles"
        today-label="Aujourd’hui"
        in-progress-label="En cours"
      ></meeting-card>`,
    );
    expect(partText(badge, 'badge')).to.equal('Aujourd’hui');
    clock!.tick(Date.parse('2026-12-03T19:30:00Z') - Date.now());
    await badge.updateComplete;
    expect(partText(badge, 'badge')).to.equal('En cours');
    await accessible(el);
  });

  it('every week, and the last week of the month', async () => {
    at('2026-11-20T00:00:00Z');
    const weekly = await fixture<MeetingCard>(
      html`<meeting-card schedule="every Tuesday 7pm-8:30pm" timezone="America/New_York"></meeting-card>`,
    );
    expect(partText(weekly, 'next')).to.equal('Next meeting: Tue, Nov 24, 7:00 – 8:30 PM ET');
    expect(laterDates(weekly)).to.deep.equal([
      'Tue, Dec 1, 7:00 – 8:30 PM ET',
      'Tue, Dec 8, 7:00 – 8:30 PM ET',
      'Tue, Dec 15, 7:00 – 8:30 PM ET',
    ]);
    const last = await fixture<MeetingCard>(
      html`<meeting-card schedule="last Wednesday 12:00-13:00" timezone="Europe/London"></meeting-card>`,
    );
    expect(partText(last, 'next')).to.match(/^Next meeting: Wed, Nov 25, 12:00 – 1:00 PM /);
    expect(laterDates(last).map((date) => date.slice(0, 11))).to.deep.equal([
      'Wed, Dec 30',
      'Wed, Jan 27',
      'Wed, Feb 24',
    ]);
  });

  it('bad input warns once each and degrades: unsafe links dropped, no zone no dates, both schedule and date', async () => {
    at('2026-11-20T00:00:00Z');
    const el = await fixture<MeetingCard>(
      html`<meeting-card
        name="Meeting"
        schedule="first Thursday 11:30-13:00"
        date="2027-01-11"
        timezone="Pacific/Nowhere"
        place="Hall"
        map-url="javascript:alert(1)"
        online-url="//evil.example/x"
        heading-level="9"
      ></meeting-card>`,
    );
    const messages = warn.getCalls().map((call) => String(call.args[0]));
    for (const pattern of [
      /map-url "javascript:alert\(1\)"/,
      /online-url "\/\/evil\.example\/x"/,
      /both a schedule and a date/,
      /timezone "Pacific\/Nowhere"/,
      /heading-level "9"/,
    ])
      expect(
        messages.some((m) => pattern.test(m)),
        String(pattern),
      ).to.equal(true);
    for (const m of messages) expect(m).to.match(/^\[stat-widgets\] <meeting-card>: /);
    expect(root(el).querySelectorAll('a')).to.have.length(0);
    expect(text(el)).to.equal('Meeting Where: Hall');
    expect(part(el, 'name')!.getAttribute('aria-level')).to.equal('3');
    const day = await fixture<MeetingCard>(
      html`<meeting-card date="2099-01-11" timezone="Mars/Olympus"></meeting-card>`,
    );
    expect(partText(day, 'next'), 'a whole day still shows').to.match(/, Jan 11$/);
    expect(warn.lastCall.args[0]).to.match(/timezone "Mars\/Olympus" is not an IANA time zone/);
    const empty = await fixture<MeetingCard>(html`<meeting-card name="Meeting"></meeting-card>`);
    expect(text(empty)).to.equal('Meeting');
    expect(warn.lastCall.args[0]).to.match(
      /needs a schedule \(e\.g\. first Thursday 11:30-13:00\) or a date/,
    );
  });

  it('text is text: markup in any attribute is shown, never parsed', async () => {
    const el = await fixture<MeetingCard>(
      html`<meeting-card
        name=${'<img src=x onerror=alert(1)>'}
        date="2099-01-11"
        place=${'<b>Hall</b>'}
        note=${'<script>alert(1)</script>'}
      ></meeting-card>`,
    );
    expect(root(el).querySelector('img, b, script')).to.equal(null);
    expect(text(el)).to.include('<img src=x onerror=alert(1)>');
    expect(text(el)).to.include('<script>alert(1)</script>');
  });
});
