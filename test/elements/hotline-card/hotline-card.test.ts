import { aTimeout, expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { addElement, closeBundlePages, narrowPage } from '../../bundle/bundle-page.js';
import { restore, stub, useFakeTimers, type SinonFakeTimers } from 'sinon';
import '../../../src/elements/hotline-card/define.js';
import type { HotlineCard, StatContactEvent } from '../../../src/elements/hotline-card/define.js';
import { PRESETS } from '../../../src/data/presets.js';
import { visibleText } from '../a11y-text.js';
import { outlineContrast, textContrast, THEMES } from '../contrast.js';

const root = (el: HotlineCard) => el.shadowRoot!;
const base = (el: HotlineCard) => root(el).querySelector<HTMLElement>('.base')!;
const links = (el: HotlineCard) =>
  [...root(el).querySelectorAll('a')].map((a) => [visibleText(a), a.getAttribute('href')]);
const statusLine = (el: HotlineCard) => visibleText(root(el).querySelector<HTMLElement>('.status')!);
const liveRegion = (el: HotlineCard) => root(el).querySelector('[role="status"]')!;
const tidy = (text: string) => text.replace(/\s/g, ' ');

const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';

describe('<hotline-card>', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => {
    warn = stub(console, 'warn');
  });
  afterEach(async () => {
    restore();
    delete (navigator as { userAgent?: string }).userAgent;
    closeBundlePages();
  });

  describe('presets', () => {
    it('us-trafficking: emergency first, then name, 24/7, call, copy, text with keyword, relay', async () => {
      const el = await fixture<HotlineCard>(html`<hotline-card preset="us-trafficking"></hotline-card>`);
      const text = visibleText(base(el));
      expect(text).to.match(/^In immediate danger\? Call 911 National Human Trafficking Hotline Open 24\/7/);
      expect(text).to.include('Se habla español');
      expect(text).to.include('Text HELP to 233733');
      expect(text).to.include('US mobile networks only');
      expect(links(el)).to.deep.equal([
        ['911', 'tel:911'],
        ['Call 1-888-373-7888', 'tel:+18883737888'],
        ['Text HELP to 233733', 'sms:233733?body=HELP'],
        ['711', 'tel:711'],
        ['Website', 'https://humantraffickinghotline.org/'],
      ]);
      expect(warn.callCount).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('every E.164 preset href matches ^tel:\\+[1-9]\\d{6,14}$ and the text keeps the org grouping', async () => {
      const expected: [string, string, string][] = [
        ['us-trafficking', '1-888-373-7888', 'tel:+18883737888'],
        ['us-ncmec', '1-800-THE-LOST (1-800-843-5678)', 'tel:+18008435678'],
        ['mx-trafficking', '800 5533 000', 'tel:+528005533000'],
        ['ca-trafficking', '1-833-900-1010', 'tel:+18339001010'],
        ['uk-modern-slavery', '08000 121 700', 'tel:+448000121700'],
      ];
      for (const [preset, display, href] of expected) {
        const el = await fixture<HotlineCard>(html`<hotline-card preset=${preset}></hotline-card>`);
        const call = root(el).querySelector<HTMLAnchorElement>('a.call')!;
        expect(call.getAttribute('href'), preset).to.equal(href);
        expect(call.getAttribute('href')).to.match(/^tel:\+[1-9]\d{6,14}$/);
        expect(visibleText(call)).to.equal(`Call ${display}`);
      }
    });

    it('us-988: the short number links as tel:988 in the US, showing exactly "988"', async () => {
      const el = await fixture<HotlineCard>(html`<hotline-card preset="us-988"></hotline-card>`);
      expect(links(el)).to.deep.include(['988', 'tel:988']);
      expect(links(el)[0]).to.deep.equal(['911', 'tel:911']);
    });

    it('us-988 on a card for Mexico: 988 is text with a region note, no link', async () => {
      const el = await fixture<HotlineCard>(html`<hotline-card preset="us-988" country="MX"></hotline-card>`);
      expect(root(el).querySelector('a[href="tel:988"]')).to.equal(null);
      expect(root(el).querySelector('a[href^="sms:"]')).to.equal(null);
      expect(visibleText(base(el))).to.match(/988 \(only from phones in US\)/);
      expect(links(el)[0]).to.deep.equal(['911', 'tel:911']);
    });

    it('us-trafficking on a card for the UK: 999 first, the US relay number 711 as text with a note', async () => {
      const el = await fixture<HotlineCard>(
        html`<hotline-card preset="us-trafficking" country="GB"></hotline-card>`,
      );
      expect(links(el)[0]).to.deep.equal(['999', 'tel:999']);
      expect(root(el).querySelector('a[href="tel:711"]')).to.equal(null);
      expect(visibleText(root(el).querySelector<HTMLElement>('.tty')!)).to.match(
        /711 \(only from phones in US\)/,
      );
      expect(root(el).querySelector('a[href="tel:+18883737888"]'), 'full numbers still dial').to.exist;
    });

    it('the UK preset shows 999 first', async () => {
      const el = await fixture<HotlineCard>(html`<hotline-card preset="uk-modern-slavery"></hotline-card>`);
      expect(visibleText(base(el))).to.match(/^In immediate danger\? Call 999 Modern Slavery/);
      expect(root(el).querySelector('a[href^="sms:"]'), 'no SMS control without SMS').to.equal(null);
      expect(root(el).querySelector('.text-line')).to.equal(null);
    });

    it('the Mexican preset names itself in Spanish with lang="es" inside an English card', async () => {
      const el = await fixture<HotlineCard>(html`<hotline-card preset="mx-trafficking"></hotline-card>`);
      const name = root(el).querySelector<HTMLElement>('.name')!;
      expect(name.textContent!.trim()).to.equal('Línea Nacional contra la Trata de Personas');
      expect(name.lang).to.equal('es');
      expect(root(el).querySelector('.spoken')!.getAttribute('lang')).to.equal('es');
      await expect(el).to.be.accessible();
    });
  });

  describe('links and names', () => {
    it('no aria-label anywhere (names come from visible text, never spaced digits)', async () => {
      const el = await fixture<HotlineCard>(html`<hotline-card preset="us-trafficking"></hotline-card>`);
      expect(root(el).querySelector('[aria-label]')).to.equal(null);
    });

    it('iOS gets sms:233733&body=HELP; others sms:233733?body=HELP', async () => {
      const other = await fixture<HotlineCard>(html`<hotline-card preset="us-trafficking"></hotline-card>`);
      expect(root(other).querySelector('a.text')!.getAttribute('href')).to.equal('sms:233733?body=HELP');
      Object.defineProperty(navigator, 'userAgent', { value: IPHONE, configurable: true });
      const ios = await fixture<HotlineCard>(html`<hotline-card preset="us-trafficking"></hotline-card>`);
      expect(root(ios).querySelector('a.text')!.getAttribute('href')).to.equal('sms:233733&body=HELP');
      // The tel link is never hidden by device sniffing.
      expect(root(ios).querySelector('a[href="tel:+18883737888"]')).to.exist;
    });

    it('the keyword is encoded in the link and shown as text', async () => {
      const el = await fixture<HotlineCard>(
        html`<hotline-card
          name="Línea"
          phone="(619) 531-4041"
          sms="233733"
          sms-keyword=${'AYUDA é&?'}
        ></hotline-card>`,
      );
      expect(root(el).querySelector('a.text')!.getAttribute('href')).to.equal(
        'sms:233733?body=AYUDA%20%C3%A9%26%3F',
      );
      expect(visibleText(base(el))).to.include('Text AYUDA é&? to 233733');
    });

    it('vanity and extensions: NCMEC and the San Diego STARS line', async () => {
      const ncmec = await fixture<HotlineCard>(html`<hotline-card preset="us-ncmec"></hotline-card>`);
      expect(visibleText(base(ncmec))).to.include('1-800-THE-LOST (1-800-843-5678)');
      const stars = await fixture<HotlineCard>(
        html`<hotline-card name="STARS" phone="(619) 521-2250 x3804 or (619) 993-8050"></hotline-card>`,
      );
      expect(links(stars).slice(1)).to.deep.equal([
        ['Call (619) 521-2250 x3804', 'tel:+16195212250;ext=3804'],
        ['Call (619) 993-8050', 'tel:+16199938050'],
      ]);
      expect(root(stars).querySelectorAll('button.copy')).to.have.length(2);
    });

    it('website and chat open without referrer or tracking; paired chats render together', async () => {
      const el = await fixture<HotlineCard>(
        html`<hotline-card
          name="Line"
          phone="1-833-900-1010"
          country="CA"
          website="https://example.org/?utm_campaign=x"
          chat-url="en=https://example.org/chat fr=https://example.org/fr/clavardage"
        ></hotline-card>`,
      );
      const external = [...root(el).querySelectorAll<HTMLAnchorElement>('a[target="_blank"]')];
      expect(external.map((a) => a.getAttribute('href'))).to.deep.equal([
        'https://example.org/',
        'https://example.org/chat',
        'https://example.org/fr/clavardage',
      ]);
      for (const a of external) {
        expect(a.rel).to.equal('noopener noreferrer');
        expect(a.getAttribute('href')).to.not.match(/utm_|ref=/);
      }
      expect(visibleText(base(el))).to.match(/Chat in English.*Chat in French/);
      await expect(el).to.be.accessible();
    });

    it('one unsafe chat URL drops the pair and warns', async () => {
      const el = await fixture<HotlineCard>(
        html`<hotline-card
          name="Line"
          phone="1-833-900-1010"
          chat-url="en=https://example.org/chat fr=javascript:alert(1)"
        ></hotline-card>`,
      );
      expect(root(el).querySelectorAll('a[target="_blank"]')).to.have.length(0);
      expect(String(warn.firstCall?.args[0])).to.match(/^\[stat-widgets\] <hotline-card>: chat-url/);
    });
  });

  describe('bad input', () => {
    it('an unparseable phone shows as text with no link, and one warning', async () => {
      const el = await fixture<HotlineCard>(
        html`<hotline-card name="Office" phone="call the front desk"></hotline-card>`,
      );
      expect(root(el).querySelector('a[href^="tel:+"]')).to.equal(null);
      expect(visibleText(base(el))).to.include('call the front desk');
      expect(warn.callCount).to.equal(1);
      expect(String(warn.firstCall.args[0])).to.match(
        /^\[stat-widgets\] <hotline-card>: phone "call the front desk"/,
      );
    });

    it('an override that does not parse falls back to the preset number', async () => {
      const el = await fixture<HotlineCard>(
        html`<hotline-card preset="us-trafficking" phone="1-888-373"></hotline-card>`,
      );
      expect(root(el).querySelector('a.call')!.getAttribute('href')).to.equal('tel:+18883737888');
      expect(warn.called).to.equal(true);
    });

    it('unknown preset, timezone, hours, labels and variant warn and degrade without a crash', async () => {
      const unknown = await fixture<HotlineCard>(html`<hotline-card preset="us-nope"></hotline-card>`);
      expect(root(unknown).querySelector('a.call')).to.equal(null);
      const zone = await fixture<HotlineCard>(
        html`<hotline-card
          name="X"
          phone="988"
          hours="Mo-Fr 08:00-17:00"
          timezone="Pacific/Nowhere"
        ></hotline-card>`,
      );
      expect(statusLine(zone)).to.equal('Hours: Mo-Fr 08:00-17:00');
      const hours = await fixture<HotlineCard>(
        html`<hotline-card
          name="X"
          phone="988"
          hours="weekdays 9 to 5"
          timezone="America/Chicago"
        ></hotline-card>`,
      );
      expect(statusLine(hours)).to.equal('Hours: weekdays 9 to 5');
      expect(root(hours).querySelector('.status.open, .status.closed')).to.equal(null);
      const labels = await fixture<HotlineCard>(
        html`<hotline-card preset="us-988" labels="{oops"></hotline-card>`,
      );
      expect(visibleText(base(labels))).to.include('Open 24/7');
      await fixture<HotlineCard>(html`<hotline-card preset="us-988" variant="huge"></hotline-card>`);
      const messages = warn.getCalls().map((call) => String(call.args[0]));
      for (const pattern of [
        /unknown preset/,
        /Pacific\/Nowhere/,
        /hours "weekdays 9 to 5"/,
        /labels/,
        /variant "huge"/,
      ]) {
        expect(
          messages.some((m) => pattern.test(m)),
          String(pattern),
        ).to.equal(true);
      }
      for (const m of messages) expect(m).to.match(/^\[stat-widgets\] <hotline-card>: /);
    });

    /** The card's warnings so far, without the `[stat-widgets] <hotline-card>: ` prefix. */
    const warnings = () =>
      warn.getCalls().map((call) => String(call.args[0]).replace(/^\[stat-widgets\] <hotline-card>: /, ''));

    it('an unknown preset gives one warning; the card keeps its emergency line and hours, with no guessed number', async () => {
      const el = await fixture<HotlineCard>(
        html`<hotline-card
          preset="us-trafficing"
          hours="Mo-Fr 09:00-17:00"
          timezone="America/Chicago"
        ></hotline-card>`,
      );
      expect(warnings()).to.have.length(1);
      expect(warnings()[0]).to.match(
        /^unknown preset "us-trafficing" \(known presets: us-trafficking, .*\); the card shows no name and phone until you set a known preset, or name and phone\.$/,
      );
      expect(links(el)).to.deep.equal([['911', 'tel:911']]);
      expect(statusLine(el)).to.match(/^(Open|Closed)/);
    });

    it('a phone override that does not parse gives one warning and the preset number is shown', async () => {
      const el = await fixture<HotlineCard>(
        html`<hotline-card preset="us-ncmec" phone="call us now"></hotline-card>`,
      );
      expect(warnings()).to.deep.equal([
        `phone "call us now" is a word, not a number; showing the us-ncmec preset's number instead.`,
      ]);
      expect(root(el).querySelector('a.call')!.getAttribute('href')).to.equal('tel:+18008435678');
      expect(visibleText(base(el))).not.to.include('call us now');
    });

    it('a bad heading-level gives one warning and the name stays a level-3 heading', async () => {
      const bad = await fixture<HotlineCard>(
        html`<hotline-card preset="us-988" heading-level="h2"></hotline-card>`,
      );
      expect(warnings()).to.deep.equal(['heading-level "h2" is not a number; the default is used.']);
      expect(root(bad).querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
      const good = await fixture<HotlineCard>(
        html`<hotline-card preset="us-988" heading-level=" 5 "></hotline-card>`,
      );
      const empty = await fixture<HotlineCard>(
        html`<hotline-card preset="us-988" heading-level=""></hotline-card>`,
      );
      expect(root(good).querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('5');
      expect(root(empty).querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
      expect(warnings(), 'a good or empty level is silent').to.have.length(1);
      await expect(bad).to.be.accessible();
    });

    it('labels that are JSON but not an object give one warning and the built-in text', async () => {
      const el = await fixture<HotlineCard>(html`<hotline-card preset="us-988" labels="[1]"></hotline-card>`);
      expect(warnings()).to.have.length(1);
      expect(warnings()[0]).to.match(/^labels "\[1\]" is not a JSON object/);
      expect(visibleText(base(el))).to.include('Call 988');
    });

    it('nothing is rendered as HTML', async () => {
      const el = await fixture<HotlineCard>(
        html`<hotline-card
          name=${'<img src=x onerror=alert(1)>'}
          phone="988"
          description=${'<b>bold</b>'}
        ></hotline-card>`,
      );
      expect(root(el).querySelector('img, b')).to.equal(null);
      expect(visibleText(base(el))).to.include('<b>bold</b>');
    });
  });

  describe('hours', () => {
    let clock: SinonFakeTimers;
    afterEach(() => clock?.restore());
    /** Injects the clock: `Date` and the card's timer run on fake time from `iso`. */
    const startClock = (iso: string) =>
      useFakeTimers({ now: new Date(iso), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    /** A Mon–Fri 09:00–17:00 line in Mexico City (check 9). */
    const mexicoCityLine = (lang = 'en') =>
      fixture<HotlineCard>(
        html`<hotline-card
          lang=${lang}
          name="Línea"
          phone="800 5533 000"
          country="MX"
          hours="Mo-Fr 09:00-17:00"
          timezone="America/Mexico_City"
        ></hotline-card>`,
      );

    it('Mexico City Mon–Fri 09:00–17:00: open at 16:59, closed at 17:00 with the next opening and zone', async () => {
      // The runner's zone is Pacific/Auckland (web-test-runner.config.mjs), where it is already
      // Saturday 11:59 at this instant: a card that read local time would say "Closed".
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('Pacific/Auckland');
      expect(new Date('2026-11-20T22:59:00Z').getDay(), 'local day in Auckland').to.equal(6);
      clock = startClock('2026-11-20T22:59:00Z');
      const el = await mexicoCityLine();
      expect(tidy(statusLine(el))).to.equal('Open now · closes Fri 5:00 PM (CDMX time)');
      // The card's own timer flips it at 17:00 hotline time: no polling, no reload.
      clock.tick(60_000);
      await el.updateComplete;
      expect(tidy(statusLine(el))).to.equal('Closed · opens Mon 9:00 AM (CDMX time)');
    });

    it('rendered fresh at 17:00 hotline time (not only flipped by its timer), it is closed', async () => {
      clock = startClock('2026-11-20T23:00:00Z');
      const el = await mexicoCityLine();
      expect(tidy(statusLine(el))).to.equal('Closed · opens Mon 9:00 AM (CDMX time)');
    });

    it('in Spanish, with the same zone', async () => {
      clock = startClock('2026-11-20T23:00:00Z');
      const el = await mexicoCityLine('es');
      expect(tidy(statusLine(el))).to.match(/^Cerrado · abre lun\.?,? 9:00 \(hora de CDMX\)$/);
    });

    it('Los Angeles across the spring-forward weekend', async () => {
      clock = startClock('2026-03-07T23:00:00Z');
      const el = await fixture<HotlineCard>(
        html`<hotline-card
          name="DA victim witness line"
          phone="(619) 531-4041"
          hours="Mo-Fr 08:00-17:00"
          timezone="America/Los_Angeles"
        ></hotline-card>`,
      );
      expect(tidy(statusLine(el))).to.equal('Closed · opens Mon 8:00 AM (PT)');
      clock.tick(new Date('2026-03-09T15:00:00Z').getTime() - Date.now());
      await el.updateComplete;
      expect(tidy(statusLine(el))).to.equal('Open now · closes Mon 5:00 PM (PT)');
      expect(visibleText(root(el).querySelector('.schedule')!)).to.match(
        /Hours \(PT\) Mon–Fri 8:00\sAM–5:00\sPM/,
      );
    });

    it('24/7 shows "Open 24/7" and arms no timer', async () => {
      clock = startClock('2026-03-08T10:00:00Z');
      const el = await fixture<HotlineCard>(html`<hotline-card preset="us-trafficking"></hotline-card>`);
      expect(statusLine(el)).to.equal('Open 24/7');
      expect(clock.countTimers()).to.equal(0);
    });

    it('clears its timer when removed', async () => {
      clock = startClock('2026-03-07T23:00:00Z');
      const el = await fixture<HotlineCard>(
        html`<hotline-card
          name="X"
          phone="988"
          hours="Mo-Fr 08:00-17:00"
          timezone="America/New_York"
        ></hotline-card>`,
      );
      expect(clock.countTimers()).to.equal(1);
      el.remove();
      expect(clock.countTimers()).to.equal(0);
    });
  });

  describe('copy', () => {
    it('writes the number synchronously in the click and announces "Number copied" politely', async () => {
      const el = await fixture<HotlineCard>(html`<hotline-card preset="us-ncmec"></hotline-card>`);
      const write = stub(navigator.clipboard, 'writeText').resolves();
      const button = root(el).querySelector<HTMLButtonElement>('button.copy')!;
      expect(liveRegion(el).getAttribute('aria-live')).to.equal('polite');
      button.click();
      expect(write.callCount, 'written inside the click').to.equal(1);
      expect(write.firstCall.args[0]).to.equal('1-800-843-5678');
      await aTimeout(0);
      await el.updateComplete;
      await el.updateComplete;
      expect(liveRegion(el).textContent!.trim()).to.equal('Number copied');
      expect(visibleText(button)).to.equal('Copied');
    });

    it('a refused clipboard announces the number instead', async () => {
      const el = await fixture<HotlineCard>(
        html`<hotline-card lang="es" preset="us-trafficking"></hotline-card>`,
      );
      stub(navigator.clipboard, 'writeText').rejects(new Error('denied'));
      root(el).querySelector<HTMLButtonElement>('button.copy')!.click();
      await aTimeout(0);
      await el.updateComplete;
      await el.updateComplete;
      expect(liveRegion(el).textContent!.trim()).to.equal('No se pudo copiar. El número es 1-888-373-7888.');
    });

    it('works from the keyboard', async () => {
      const el = await fixture<HotlineCard>(html`<hotline-card preset="uk-modern-slavery"></hotline-card>`);
      const write = stub(navigator.clipboard, 'writeText').resolves();
      root(el).querySelector<HTMLButtonElement>('button.copy')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(write.firstCall.args[0]).to.equal('08000 121 700');
    });
  });

  describe('stat-contact and privacy', () => {
    it('fires only with emit-events, with {hotline, channel} and nothing else', async () => {
      const silent = await fixture<HotlineCard>(html`<hotline-card preset="us-trafficking"></hotline-card>`);
      const heard: StatContactEvent[] = [];
      const listen = (event: Event) => {
        event.preventDefault();
        heard.push(event as StatContactEvent);
      };
      document.addEventListener('stat-contact', listen);
      document.addEventListener('click', (e) => e.preventDefault(), { capture: false, once: false });
      try {
        root(silent)
          .querySelector<HTMLAnchorElement>('a.call')!
          .addEventListener('click', (e) => e.preventDefault());
        root(silent).querySelector<HTMLAnchorElement>('a.call')!.click();
        expect(heard).to.have.length(0);
        const el = await fixture<HotlineCard>(
          html`<hotline-card preset="us-trafficking" emit-events></hotline-card>`,
        );
        stub(navigator.clipboard, 'writeText').resolves();
        for (const a of root(el).querySelectorAll('a'))
          a.addEventListener('click', (e) => e.preventDefault());
        root(el).querySelector<HTMLAnchorElement>('a.call')!.click();
        root(el).querySelector<HTMLAnchorElement>('a.text')!.click();
        root(el).querySelector<HTMLButtonElement>('button.copy')!.click();
        root(el).querySelector<HTMLAnchorElement>('.emergency a')!.click();
        expect(heard.map((e) => e.detail)).to.deep.equal([
          { hotline: 'us-trafficking', channel: 'call' },
          { hotline: 'us-trafficking', channel: 'text' },
          { hotline: 'us-trafficking', channel: 'copy' },
          { hotline: 'us-trafficking', channel: 'emergency' },
        ]);
        for (const event of heard)
          expect(Object.keys(event.detail).sort()).to.deep.equal(['channel', 'hotline']);
      } finally {
        document.removeEventListener('stat-contact', listen);
      }
    });

    it('rendering and copying write no cookie or storage and make no request', async () => {
      const before = JSON.stringify([
        Object.entries(sessionStorage),
        Object.entries(localStorage),
        document.cookie,
      ]);
      const requests = performance.getEntriesByType('resource').length;
      const fetchSpy = stub(window, 'fetch');
      const beacon = stub(navigator, 'sendBeacon');
      const el = await fixture<HotlineCard>(
        html`<hotline-card preset="us-trafficking" emit-events></hotline-card>`,
      );
      stub(navigator.clipboard, 'writeText').resolves();
      root(el).querySelector<HTMLButtonElement>('button.copy')!.click();
      await aTimeout(10);
      expect(fetchSpy.called).to.equal(false);
      expect(beacon.called).to.equal(false);
      expect(performance.getEntriesByType('resource').length).to.equal(requests);
      expect(
        JSON.stringify([Object.entries(sessionStorage), Object.entries(localStorage), document.cookie]),
      ).to.equal(before);
    });
  });

  describe('language, variants, layout', () => {
    it('is complete in Spanish and axe-clean in both variants and languages', async () => {
      for (const lang of ['en', 'es']) {
        for (const variant of ['full', 'compact']) {
          const el = await fixture<HotlineCard>(
            html`<hotline-card lang=${lang} variant=${variant} preset="us-trafficking"></hotline-card>`,
          );
          await expect(el).to.be.accessible();
          if (lang === 'es') {
            const text = visibleText(base(el));
            expect(text).to.include('¿En peligro inmediato? Llamar al 911');
            expect(text).to.include('Abierto 24/7');
            expect(text).to.include('Envíe HELP por SMS al 233733');
            expect(text).to.not.include('Se habla español', 'no extra Spanish line in a Spanish card');
            expect(base(el).lang).to.equal('es');
          }
          if (variant === 'compact') expect(root(el).querySelector('.details')).to.equal(null);
        }
      }
    });

    it('lang="ar" renders right-to-left, with English words rather than empty strings', async () => {
      const el = await fixture<HotlineCard>(
        html`<hotline-card lang="ar" preset="us-trafficking"></hotline-card>`,
      );
      expect(base(el).dir).to.equal('rtl');
      expect(visibleText(base(el))).to.include('Open 24/7');
    });

    it('labels override any text', async () => {
      const el = await fixture<HotlineCard>(
        html`<hotline-card
          preset="us-trafficking"
          labels='{"call":"Dial {number}","emergencyPrompt":"Emergency?","copy":"Copy number"}'
        ></hotline-card>`,
      );
      const text = visibleText(base(el));
      expect(text).to.match(/^Emergency\? Dial 911/);
      expect(text).to.include('Dial 1-888-373-7888');
      expect(text).to.include('Copy number');
    });

    it('the emergency line comes before the hotline in DOM and on screen', async () => {
      const el = await fixture<HotlineCard>(html`<hotline-card preset="us-trafficking"></hotline-card>`);
      const emergency = root(el).querySelector('.emergency')!;
      const name = root(el).querySelector('.name')!;
      expect(emergency.compareDocumentPosition(name) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
      expect(emergency.getBoundingClientRect().bottom).to.be.at.most(name.getBoundingClientRect().top);
    });

    it('targets are at least 44×44 px', async () => {
      const el = await fixture<HotlineCard>(html`<hotline-card preset="us-trafficking"></hotline-card>`);
      for (const action of root(el).querySelectorAll<HTMLElement>('.action, .emergency-link')) {
        const box = action.getBoundingClientRect();
        expect(box.width, visibleText(action)).to.be.at.least(44);
        expect(box.height, visibleText(action)).to.be.at.least(44);
      }
    });

    it('reflows at 320 px with no horizontal scroll', async () => {
      const page = await narrowPage();
      const el = (await addElement(page, 'hotline-card', { preset: 'us-ncmec' })) as HotlineCard;
      expect(el.scrollWidth).to.be.at.most(320);
      expect(base(el).scrollWidth).to.be.at.most(base(el).clientWidth + 2);
      expect(page.doc.documentElement.scrollWidth).to.be.at.most(320);
    });

    it('keyboard: Tab reaches every action in order', async () => {
      const el = await fixture<HotlineCard>(
        html`<hotline-card preset="us-trafficking" variant="compact"></hotline-card>`,
      );
      const order: string[] = [];
      for (let i = 0; i < 4; i++) {
        await sendKeys({ press: 'Tab' });
        order.push(visibleText(root(el).activeElement as HTMLElement));
      }
      expect(order).to.deep.equal(['911', 'Call 1-888-373-7888', 'Copy', 'Text HELP to 233733']);
    });
  });

  // Checks 21 and 24 across every preset (mapping in CHECKS.md).
  describe('acceptance checks 21 and 24 for every preset', () => {
    const presets = Object.keys(PRESETS);
    const actions = (el: HotlineCard) => [...root(el).querySelectorAll<HTMLElement>('a, button')];

    /** Text nodes a sighted reader sees, by their element. */
    const textHolders = (el: HotlineCard) => {
      const holders = new Set<Element>();
      const walker = document.createTreeWalker(root(el), NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const holder = node.parentElement!;
        if (node.textContent!.trim() && !holder.closest('.visually-hidden') && holder.getClientRects().length)
          holders.add(holder);
      }
      return [...holders];
    };

    for (const [theme, style] of THEMES) {
      it(`check 24: text ≥ 4.5:1 and keyboard focus rings ≥ 3:1 (${theme})`, async () => {
        for (const preset of presets) {
          fixtureCleanup();
          const wrapper = await fixture<HTMLElement>(
            html`<div style=${style}><hotline-card preset=${preset}></hotline-card></div>`,
          );
          const el = wrapper.querySelector('hotline-card')!;
          await el.updateComplete;
          for (const holder of textHolders(el)) {
            const where = `${preset}: ${holder.className || holder.localName} "${visibleText(holder as HTMLElement)}"`;
            expect(textContrast(holder), where).to.be.at.least(4.5);
          }
          const focusable = actions(el);
          (document.activeElement as HTMLElement | null)?.blur();
          for (const action of focusable) {
            await sendKeys({ press: 'Tab' });
            const focused = root(el).activeElement as HTMLElement;
            expect(focused === action, `${preset}: Tab reaches "${visibleText(action)}"`).to.equal(true);
            const ring = getComputedStyle(focused);
            const where = `${preset}: ${visibleText(focused)}`;
            expect(ring.outlineStyle, where).to.equal('solid');
            expect(parseFloat(ring.outlineWidth), where).to.be.at.least(2);
            expect(outlineContrast(focused), where).to.be.at.least(3);
          }
        }
      });
    }

    it('check 24: every preset reflows at 320 px in both variants and languages', async () => {
      const page = await narrowPage();
      for (const preset of presets) {
        for (const variant of ['full', 'compact']) {
          for (const lang of ['en', 'es']) {
            page.doc.querySelector('hotline-card')?.remove();
            const el = (await addElement(page, 'hotline-card', { preset, variant, lang })) as HotlineCard;
            const where = `${preset} ${variant} ${lang}`;
            expect(base(el).scrollWidth, where).to.be.at.most(base(el).clientWidth + 2);
            expect(page.doc.documentElement.scrollWidth, where).to.be.at.most(320);
          }
        }
      }
    });
  });
});
