import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { addElement, closeBundlePages, narrowPage } from '../../bundle/bundle-page.js';
import { restore, spy, stub } from 'sinon';
import '../../../src/elements/help-banner/define.js';
import type { HelpBanner } from '../../../src/elements/help-banner/help-banner.js';
import { matchesPathList } from '../../../src/elements/help-banner/banner-model.js';
import type { StatContactEvent } from '../../../src/base/events.js';
import { DISMISSAL_KEY_PREFIX } from '../../../src/lib/dismissal.js';
import { visibleText } from '../a11y-text.js';

const root = (el: HelpBanner) => el.shadowRoot!;
const region = (el: HelpBanner) => root(el).querySelector<HTMLElement>('.base')!;
const dismissButton = (el: HelpBanner) => root(el).querySelector<HTMLButtonElement>('.dismiss');
const status = (el: HelpBanner) => root(el).querySelector('[role="status"]')!;

/** Every key this library could have written, in both storages. */
function ourKeys(): string[] {
  const keys: string[] = [];
  for (const storage of [sessionStorage, localStorage])
    for (let i = 0; i < storage.length; i += 1) {
      const key = storage.key(i)!;
      if (key.startsWith(DISMISSAL_KEY_PREFIX)) keys.push(key);
    }
  return keys;
}
function clearOurKeys(): void {
  for (const storage of [sessionStorage, localStorage])
    for (const key of Object.keys(storage)) if (key.startsWith(DISMISSAL_KEY_PREFIX)) storage.removeItem(key);
}
function storageSnapshot(): string {
  return JSON.stringify([Object.entries(sessionStorage), Object.entries(localStorage), document.cookie]);
}

describe('<help-banner>', () => {
  beforeEach(clearOurKeys);
  afterEach(async () => {
    restore();
    clearOurKeys();
    closeBundlePages();
  });

  describe('content', () => {
    it('shows the default preset: emergency line first, then the sentence and working actions', async () => {
      const el = await fixture<HelpBanner>(html`<help-banner></help-banner>`);
      const text = visibleText(region(el));
      expect(text).to.include('In immediate danger? Call 911');
      expect(text).to.include(
        'If you or someone you know is being forced to work or sell sex, call 1-888-373-7888 or text HELP to 233733 — free, confidential, 24/7.',
      );
      const links = [...root(el).querySelectorAll('a')].map((a) => [visibleText(a), a.getAttribute('href')]);
      expect(links).to.deep.equal([
        ['Call 911', 'tel:911'],
        ['Call 1-888-373-7888', 'tel:+18883737888'],
        // A carrier short code: labelled with where it works, as on the card (check 6).
        ['Text HELP to 233733 US mobile networks only', 'sms:233733?body=HELP'],
      ]);
      await expect(el).to.be.accessible();
    });

    it('the emergency line precedes the hotline in DOM order and on screen', async () => {
      const el = await fixture<HelpBanner>(html`<help-banner></help-banner>`);
      const emergency = root(el).querySelector('.emergency')!;
      const hotlineCall = root(el).querySelector('a[href="tel:+18883737888"]')!;
      expect(
        emergency.compareDocumentPosition(hotlineCall) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).to.be.greaterThan(0);
      expect(root(el).querySelector('.message')!.compareDocumentPosition(emergency)).to.equal(
        Node.DOCUMENT_POSITION_PRECEDING,
      );
      expect(emergency.getBoundingClientRect().top).to.be.lessThan(hotlineCall.getBoundingClientRect().top);
    });

    it('is a labelled region landmark, never an alert, and says nothing on load', async () => {
      const el = await fixture<HelpBanner>(html`<help-banner></help-banner>`);
      const base = region(el);
      expect(base.localName).to.equal('section');
      expect(base.getAttribute('aria-label')).to.equal('Where to get help');
      expect(root(el).querySelector('[role="alert"], [aria-live="assertive"]')).to.equal(null);
      expect(status(el).textContent!.trim()).to.equal('');
      const labelled = await fixture<HelpBanner>(html`<help-banner label="Need support?"></help-banner>`);
      expect(region(labelled).getAttribute('aria-label')).to.equal('Need support?');
    });

    it('message replaces the sentence (as text, never HTML); the actions stay', async () => {
      const el = await fixture<HelpBanner>(
        html`<help-banner message=${'<b>Talk to someone</b> today.'}></help-banner>`,
      );
      const message = root(el).querySelector('.message')!;
      expect(visibleText(message as HTMLElement)).to.equal('<b>Talk to someone</b> today.');
      expect(message.querySelector('b')).to.equal(null);
      expect(root(el).querySelector('a[href="tel:+18883737888"]')).to.exist;
    });

    it('the default slot replaces the sentence with custom content', async () => {
      const el = await fixture<HelpBanner>(
        html`<help-banner
          ><p>Our club's welfare officer: <a href="tel:+15555550100">555-0100</a></p></help-banner
        >`,
      );
      const custom = el.querySelector('p')!;
      expect(custom.getClientRects().length).to.be.greaterThan(0); // rendered, through the default slot
      const slot = root(el).querySelector<HTMLSlotElement>('.message slot')!;
      expect(slot.assignedElements()).to.deep.equal([custom]);
      const text = visibleText(region(el));
      expect(text).to.not.include('forced to work');
      expect(text.indexOf('In immediate danger?')).to.equal(0);
      const emergency = root(el).querySelector('.emergency')!.getBoundingClientRect();
      expect(emergency.bottom).to.be.at.most(custom.getBoundingClientRect().top);
      await expect(el).to.be.accessible();
    });

    it('the no-JS fallback is replaced by the banner once it runs', async () => {
      const el = await fixture<HelpBanner>(
        html`<help-banner
          ><p slot="fallback" id="fb">Call <a href="tel:+18883737888">1-888-373-7888</a></p></help-banner
        >`,
      );
      const fallback = el.querySelector('#fb') as HTMLElement;
      expect(fallback.getClientRects().length).to.equal(0); // not rendered any more
      expect(visibleText(region(el))).to.include('forced to work');
    });

    it('other presets: their own numbers, emergency line and sentence; no SMS control without SMS', async () => {
      const uk = await fixture<HelpBanner>(html`<help-banner preset="uk-modern-slavery"></help-banner>`);
      expect(visibleText(region(uk))).to.include('In immediate danger? Call 999');
      expect(visibleText(region(uk))).to.include(
        'If you or someone you know is being forced to work or sell sex, call 08000 121 700 — free, confidential, 24/7.',
      );
      const ukLinks = [...root(uk).querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(ukLinks).to.deep.equal(['tel:999', 'tel:+448000121700']);
      expect(root(uk).querySelector('a[href^="sms:"]')).to.equal(null);

      const crisis = await fixture<HelpBanner>(html`<help-banner preset="us-988"></help-banner>`);
      expect(visibleText(region(crisis))).to.include(
        'Need to talk? 988 Suicide & Crisis Lifeline: call 988 or text 988 — free, confidential, 24/7.',
      );
      const text = root(crisis).querySelector<HTMLElement>('a[href^="sms:"]')!;
      expect([visibleText(text), text.getAttribute('href')]).to.deep.equal([
        'Text 988 US mobile networks only',
        'sms:988',
      ]);

      const vanity = await fixture<HelpBanner>(html`<help-banner preset="us-ncmec"></help-banner>`);
      expect(visibleText(region(vanity))).to.include('call 1-800-THE-LOST (1-800-843-5678)');
      expect(root(vanity).querySelector('a[href="tel:+18008435678"]')).to.exist;
      await expect(vanity).to.be.accessible();
    });

    it('a hotline name in another language than the banner keeps its own lang', async () => {
      const el = await fixture<HelpBanner>(html`<help-banner lang="es" preset="us-988"></help-banner>`);
      const name = root(el).querySelector('.message span[lang]')!;
      expect([name.getAttribute('lang'), name.textContent]).to.deep.equal([
        'en',
        '988 Suicide & Crisis Lifeline',
      ]);
      expect(visibleText(region(el))).to.include(
        '¿Necesita hablar? 988 Suicide & Crisis Lifeline: llame al 988',
      );
      await expect(el).to.be.accessible();
    });

    it('on iOS the text link uses the &body= form', async () => {
      stub(Navigator.prototype, 'userAgent').get(
        () => 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)',
      );
      const el = await fixture<HelpBanner>(html`<help-banner></help-banner>`);
      expect(root(el).querySelector('a[href^="sms:"]')!.getAttribute('href')).to.equal(
        'sms:233733&body=HELP',
      );
    });

    it('emergency-number overrides the preset’s; a bad one warns once and keeps the preset’s', async () => {
      const el = await fixture<HelpBanner>(html`<help-banner emergency-number="112"></help-banner>`);
      expect(root(el).querySelector('.emergency a')!.getAttribute('href')).to.equal('tel:112');
      expect(visibleText(root(el).querySelector('.emergency') as HTMLElement)).to.include('Call 112');
      const warn = stub(console, 'warn');
      const bad = await fixture<HelpBanner>(
        html`<help-banner emergency-number="javascript:alert(1)"></help-banner>`,
      );
      expect(root(bad).querySelector('.emergency a')!.getAttribute('href')).to.equal('tel:911');
      expect(warn.callCount).to.equal(1);
      expect(String(warn.firstCall.args[0])).to.match(/^\[stat-widgets\] <help-banner>: emergency /);
    });

    it('bad preset, position, tone and remember each warn once and fall back safely', async () => {
      const warn = stub(console, 'warn');
      const el = await fixture<HelpBanner>(
        html`<help-banner preset="nowhere" position="middle" tone="loud" remember="forever"></help-banner>`,
      );
      expect(warn.callCount).to.equal(4);
      expect(root(el).querySelector('a[href="tel:+18883737888"]')).to.exist;
      expect(getComputedStyle(el).position).to.equal('static');
      expect(dismissButton(el)).to.exist;
    });
  });

  describe('languages and layout', () => {
    it('is complete in Spanish', async () => {
      const el = await fixture<HelpBanner>(html`<help-banner lang="es" exit></help-banner>`);
      const text = visibleText(region(el));
      expect(text).to.include('¿En peligro inmediato? Llamar al 911');
      expect(text).to.include(
        'Si usted o alguien que conoce está siendo obligado a trabajar o a vender sexo',
      );
      expect(region(el).getAttribute('aria-label')).to.equal('Dónde pedir ayuda');
      expect(dismissButton(el)!.getAttribute('aria-label')).to.equal('Ocultar este mensaje');
      expect(region(el).lang).to.equal('es');
      await expect(el).to.be.accessible();
    });

    it('mirrors for right-to-left pages', async () => {
      const el = await fixture<HelpBanner>(html`<div lang="ar"><help-banner></help-banner></div>`);
      const banner = el.querySelector('help-banner') as HelpBanner;
      expect(region(banner).dir).to.equal('rtl');
      const base = region(banner).getBoundingClientRect();
      const emergency = root(banner).querySelector('.emergency span')!.getBoundingClientRect();
      expect(base.right - emergency.right).to.be.lessThan(emergency.left - base.left);
      await expect(banner).to.be.accessible();
    });

    for (const position of ['inline', 'top', 'bottom'])
      for (const tone of ['calm', 'urgent'])
        it(`position=${position} tone=${tone}: accessible, targets at least 44×44`, async () => {
          const el = await fixture<HelpBanner>(
            html`<help-banner position=${position} tone=${tone} exit></help-banner>`,
          );
          await expect(el).to.be.accessible();
          for (const target of root(el).querySelectorAll<HTMLElement>('.action, .dismiss')) {
            const box = target.getBoundingClientRect();
            expect(box.width, target.textContent!).to.be.at.least(44);
            expect(box.height, target.textContent!).to.be.at.least(44);
          }
        });

    it('top: a bar across the whole viewport, wherever the tag sits, that pushes the page down', async () => {
      // Pasted into a narrow column in the middle of a page, as in a theme's post content.
      const page = await fixture<HTMLDivElement>(
        html`<div>
          <p id="before">Site header</p>
          <div style="max-width: 300px; margin: 0 auto">
            <help-banner position="top"></help-banner>
            <p id="after">Post content</p>
          </div>
        </div>`,
      );
      const banner = page.querySelector<HelpBanner>('help-banner')!;
      await banner.updateComplete;
      await aTimeout(50);
      const bar = region(banner).getBoundingClientRect();
      expect(getComputedStyle(region(banner)).position).to.equal('fixed');
      expect(bar.left).to.equal(0);
      expect(bar.right).to.equal(document.documentElement.clientWidth);
      expect(bar.top).to.equal(0);
      // Nothing of the page is under it: the page starts below the bar.
      for (const id of ['before', 'after'])
        expect(page.querySelector(`#${id}`)!.getBoundingClientRect().top, id).to.be.at.least(bar.bottom);
      expect(parseFloat(document.documentElement.style.paddingTop)).to.equal(Math.ceil(bar.height));
      banner.remove();
      expect(document.documentElement.style.paddingTop).to.equal('');
    });

    it('bottom: stays in the page flow and sticks to the bottom edge', async () => {
      const bottom = await fixture<HelpBanner>(html`<help-banner position="bottom"></help-banner>`);
      expect(getComputedStyle(bottom).position).to.equal('sticky');
      expect(getComputedStyle(bottom).bottom).to.equal('0px');
    });

    it('a sticky banner too tall for a phone stays in the flow, and its exit floats instead', async () => {
      const page = await narrowPage(320, 480);
      const el = (await addElement(page, 'help-banner', { position: 'top', exit: '' })) as HelpBanner;
      // Measured at the start of a frame, after the ResizeObserver's report: a few frames on a busy machine.
      await waitUntil(() => el.hasAttribute('unstuck'), 'unstuck on a phone', { timeout: 2000 });
      await el.updateComplete;
      // At the top of the page still, but it scrolls away with it.
      expect(page.win.getComputedStyle(region(el)).position).to.equal('absolute');
      expect(root(el).querySelector('quick-exit')!.getAttribute('position')).to.equal('bottom-end');
      expect(page.doc.documentElement.style.scrollPaddingTop).to.equal('');

      // The same page in a wide window (the frame's viewport grows with it).
      Object.assign(page.frame.style, { width: '1280px', height: '800px' });
      await waitUntil(() => !el.hasAttribute('unstuck'), 'stuck again in a wide window', { timeout: 2000 });
      await el.updateComplete;
      expect(page.win.getComputedStyle(region(el)).position).to.equal('fixed');
      expect(root(el).querySelector('quick-exit')!.getAttribute('position')).to.equal('inline');
      // While it stays on screen, the page scrolls focus clear of it (WCAG 2.4.11), once its height
      // has settled.
      const height = () => `${Math.ceil(region(el).getBoundingClientRect().height)}px`;
      await waitUntil(() => page.doc.documentElement.style.scrollPaddingTop === height(), 'scroll padding', {
        timeout: 2000,
      });
      el.remove();
      expect(page.doc.documentElement.style.scrollPaddingTop).to.equal('');
    });

    it('reflows at 320 px with no horizontal scrolling', async () => {
      const page = await narrowPage();
      const el = (await addElement(page, 'help-banner', {
        exit: '',
        position: 'top',
        'safety-url': 'https://example.org/safety',
      })) as HelpBanner;
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      expect(region(el).scrollWidth).to.be.at.most(region(el).clientWidth);
      expect(page.doc.documentElement.scrollWidth).to.be.at.most(320);
      for (const child of root(el).querySelectorAll<HTMLElement>('.base *'))
        expect(child.getBoundingClientRect().right, child.className).to.be.at.most(320.5);
    });
  });

  describe('dismissal', () => {
    it('storage is untouched until the visitor dismisses; then exactly one sessionStorage write', async () => {
      const before = storageSnapshot();
      const setItem = spy(Storage.prototype, 'setItem');
      const el = await fixture<HelpBanner>(html`<help-banner position="top" exit></help-banner>`);
      await aTimeout(50);
      expect(setItem.callCount).to.equal(0);
      expect(storageSnapshot()).to.equal(before);
      dismissButton(el)!.click();
      expect(setItem.callCount).to.equal(1);
      expect(setItem.firstCall.thisValue).to.equal(sessionStorage);
      expect(ourKeys()).to.have.length(1);
      expect(sessionStorage.getItem(ourKeys()[0]!)).to.equal('1');
      expect(document.cookie).to.equal('');
    });

    it('the key is neutral and contains a content hash; the same banner stays hidden, new content shows', async () => {
      const el = await fixture<HelpBanner>(html`<help-banner></help-banner>`);
      dismissButton(el)!.click();
      const [key] = ourKeys();
      expect(key).to.match(/^sw-d-[0-9a-z]{7}$/);
      for (const word of ['traffic', 'help', 'hotline', 'abuse'])
        expect(key!.toLowerCase()).to.not.include(word);

      const again = await fixture<HelpBanner>(html`<help-banner></help-banner>`);
      expect(region(again).hidden).to.equal(true);
      expect(region(again).getClientRects().length).to.equal(0);

      const changed = await fixture<HelpBanner>(
        html`<help-banner message="New: drop-in hours"></help-banner>`,
      );
      expect(region(changed).hidden).to.equal(false);
      const otherPreset = await fixture<HelpBanner>(html`<help-banner lang="es"></help-banner>`);
      expect(region(otherPreset).hidden).to.equal(false);
    });

    it('remember="none" reads and writes no storage at all', async () => {
      const getItem = spy(Storage.prototype, 'getItem');
      const setItem = spy(Storage.prototype, 'setItem');
      const el = await fixture<HelpBanner>(html`<help-banner remember="none"></help-banner>`);
      dismissButton(el)!.click();
      await el.updateComplete;
      expect(region(el).hidden).to.equal(true);
      expect(getItem.callCount).to.equal(0);
      expect(setItem.callCount).to.equal(0);
      const again = await fixture<HelpBanner>(html`<help-banner remember="none"></help-banner>`);
      expect(region(again).hidden).to.equal(false);
    });

    it('remember="<days>" opts into localStorage with an expiry', async () => {
      const el = await fixture<HelpBanner>(html`<help-banner remember="30"></help-banner>`);
      const before = Date.now();
      dismissButton(el)!.click();
      const [key] = ourKeys();
      expect(sessionStorage.getItem(key!)).to.equal(null);
      const until = Number(localStorage.getItem(key!));
      expect(until).to.be.within(before + 30 * 86_400_000, Date.now() + 30 * 86_400_000);
      const again = await fixture<HelpBanner>(html`<help-banner remember="30"></help-banner>`);
      expect(region(again).hidden).to.equal(true);
    });

    it('emergency banners have no dismiss control and ignore a stored dismissal', async () => {
      const el = await fixture<HelpBanner>(html`<help-banner></help-banner>`);
      dismissButton(el)!.click();
      const getItem = spy(Storage.prototype, 'getItem');
      const emergency = await fixture<HelpBanner>(html`<help-banner emergency></help-banner>`);
      expect(dismissButton(emergency)).to.equal(null);
      expect(root(emergency).querySelector('button[aria-label*="Hide"], .dismiss')).to.equal(null);
      expect(getItem.callCount).to.equal(0);
      expect(region(emergency).hidden).to.equal(false);
      await expect(emergency).to.be.accessible();
      const off = await fixture<HelpBanner>(html`<help-banner dismissible="false"></help-banner>`);
      expect(dismissButton(off)).to.equal(null);
    });

    it('emergency-paths: on a listed page the banner acts as emergency (no hide button, stored dismissal ignored)', async () => {
      const el = await fixture<HelpBanner>(html`<help-banner></help-banner>`);
      dismissButton(el)!.click();
      const here = location.pathname;
      const listed = await fixture<HelpBanner>(
        html`<help-banner emergency-paths=${`/report ${here}`}></help-banner>`,
      );
      expect(dismissButton(listed)).to.equal(null);
      expect(region(listed).hidden).to.equal(false);
      const parent = `${here.slice(0, here.lastIndexOf('/'))}/*`;
      const underParent = await fixture<HelpBanner>(
        html`<help-banner emergency-paths=${parent}></help-banner>`,
      );
      expect(dismissButton(underParent)).to.equal(null);
      // Another page's list: an ordinary banner, still hidden by the earlier dismissal.
      const elsewhere = await fixture<HelpBanner>(
        html`<help-banner emergency-paths="/report /get-help/*"></help-banner>`,
      );
      expect(region(elsewhere).hidden).to.equal(true);
      const warn = stub(console, 'warn');
      const bad = await fixture<HelpBanner>(html`<help-banner emergency-paths="report"></help-banner>`);
      expect(warn.callCount).to.equal(1);
      expect(String(warn.firstCall.args[0])).to.match(
        /^\[stat-widgets\] <help-banner>: emergency-paths: "report"/,
      );
      expect(region(bad).hidden).to.equal(true);
    });

    it('matchesPathList: exact paths (trailing slash aside) and * wildcards', () => {
      const table: [string, string, boolean][] = [
        ['/report', '/report', true],
        ['/report', '/report/', true],
        ['/report/', '/report', true],
        ['/report', '/reports', false],
        ['/report', '/a/report', false],
        ['/get-help/*', '/get-help/now', true],
        ['/get-help/*', '/get-help/a/b', true],
        ['/get-help/*', '/get-help', false],
        ['/*/urgent', '/es/urgent', true],
        ['/a.b', '/axb', false],
        ['/', '/', true],
        ['/', '/x', false],
        ['', '/', false],
        ['/x  /y', '/y', true],
      ];
      for (const [list, path, match] of table)
        expect(matchesPathList(list, path).match, `${list} ~ ${path}`).to.equal(match);
      expect(matchesPathList('/ok report https://x/y', '/ok')).to.deep.equal({
        match: true,
        bad: ['report', 'https://x/y'],
      });
    });

    it('after dismiss, focus moves to the next landmark, the change is announced, stat-dismiss fires', async () => {
      const page = await fixture<HTMLDivElement>(html`
        <div>
          <help-banner position="top"></help-banner>
          <main id="content"><h1>Club news</h1></main>
        </div>
      `);
      const el = page.querySelector('help-banner') as HelpBanner;
      await el.updateComplete;
      const dismissed = spy();
      page.addEventListener('stat-dismiss', dismissed);
      dismissButton(el)!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const main = page.querySelector('main')!;
      expect(document.activeElement).to.equal(main);
      expect(dismissed.callCount).to.equal(1);
      expect(status(el).textContent!.trim()).to.equal('Message hidden.');
      expect(region(el).getClientRects().length).to.equal(0);
      // The temporary tabindex goes when focus leaves: the page's markup is left as it was.
      main.blur();
      expect(main.hasAttribute('tabindex')).to.equal(false);
    });

    it('dismiss-label and emergency-label override the words', async () => {
      const el = await fixture<HelpBanner>(
        html`<help-banner dismiss-label="Not now" emergency-label="Danger right now?"></help-banner>`,
      );
      expect(dismissButton(el)!.textContent!.trim()).to.include('Not now');
      expect(dismissButton(el)!.getAttribute('aria-label')).to.equal('Not now');
      expect(visibleText(region(el))).to.include('Danger right now? Call 911');
    });
  });

  describe('actions', () => {
    it('copy writes the number inside the click and announces it politely', async () => {
      const writeText = stub(navigator.clipboard, 'writeText').resolves();
      const el = await fixture<HelpBanner>(html`<help-banner></help-banner>`);
      root(el).querySelector<HTMLButtonElement>('.copy')!.click();
      // Written inside the click, before anything could yield.
      expect(writeText.calledOnceWith('1-888-373-7888')).to.equal(true);
      await aTimeout(0);
      await el.updateComplete;
      expect(status(el).textContent!.trim()).to.equal('Number copied');
    });

    it('a refused copy says so and reads the number out instead', async () => {
      stub(navigator.clipboard, 'writeText').rejects(new Error('NotAllowedError'));
      const el = await fixture<HelpBanner>(html`<help-banner></help-banner>`);
      root(el).querySelector<HTMLButtonElement>('.copy')!.click();
      await aTimeout(0);
      await el.updateComplete;
      expect(status(el).textContent!.trim()).to.equal('Could not copy. The number is 1-888-373-7888.');
    });

    it('emergency-number="none" leaves the line out; the hotline stays', async () => {
      const el = await fixture<HelpBanner>(html`<help-banner emergency-number="none"></help-banner>`);
      expect(root(el).querySelector('.emergency')).to.equal(null);
      expect(root(el).querySelector('a[href="tel:+18883737888"]')).to.exist;
    });

    it('the short-code hint is in Spanish in a Spanish banner; lines without a short code have none', async () => {
      const es = await fixture<HelpBanner>(html`<help-banner lang="es"></help-banner>`);
      const note = root(es).querySelector<HTMLElement>('a[href^="sms:"] .note')!;
      expect(visibleText(note)).to.match(/^Solo redes móviles de (EE\. ?UU\.|Estados Unidos)$/);
      await expect(es).to.be.accessible();
      const ca = await fixture<HelpBanner>(html`<help-banner preset="ca-trafficking"></help-banner>`);
      expect(root(ca).querySelector('.note')).to.equal(null);
    });

    it('emit-events: call, text, copy and emergency fire stat-contact with {hotline, channel} only', async () => {
      stub(navigator.clipboard, 'writeText').resolves();
      const heard: StatContactEvent[] = [];
      const listen = (event: Event) => heard.push(event as StatContactEvent);
      document.addEventListener('stat-contact', listen);
      const click = (el: HelpBanner, selector: string) => {
        const target = root(el).querySelector<HTMLElement>(selector)!;
        target.addEventListener('click', (e) => e.preventDefault(), { once: true });
        target.click();
      };
      try {
        const silent = await fixture<HelpBanner>(html`<help-banner></help-banner>`);
        click(silent, 'a[href^="tel:+1"]');
        click(silent, '.copy');
        expect(heard).to.have.length(0);
        const el = await fixture<HelpBanner>(html`<help-banner emit-events></help-banner>`);
        click(el, '.emergency a');
        click(el, 'a[href^="tel:+1"]');
        click(el, 'a[href^="sms:"]');
        click(el, '.copy');
        expect(heard.map((e) => e.detail)).to.deep.equal([
          { hotline: 'us-trafficking', channel: 'emergency' },
          { hotline: 'us-trafficking', channel: 'call' },
          { hotline: 'us-trafficking', channel: 'text' },
          { hotline: 'us-trafficking', channel: 'copy' },
        ]);
        for (const event of heard) {
          expect(Object.keys(event.detail).sort()).to.deep.equal(['channel', 'hotline']);
          expect(event.composed && event.bubbles).to.equal(true);
        }
      } finally {
        document.removeEventListener('stat-contact', listen);
      }
    });

    it('safety-url: the exit shows the hint (history, monitored devices) with a link to the safety tips', async () => {
      const el = await fixture<HelpBanner>(
        html`<help-banner exit safety-url="https://example.org/safety"></help-banner>`,
      );
      const exit = root(el).querySelector('quick-exit') as HTMLElement & { updateComplete: Promise<unknown> };
      await exit.updateComplete;
      const hint = exit.shadowRoot!.querySelector<HTMLElement>('.hint')!;
      expect(visibleText(hint)).to.equal(
        'This button does not erase your browsing history, and it cannot protect a phone or computer someone is monitoring. How to cover your tracks online',
      );
      expect(hint.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/safety');
      await expect(el).to.be.accessible();

      const es = await fixture<HelpBanner>(
        html`<help-banner lang="es" exit safety-url="https://example.org/seguridad"></help-banner>`,
      );
      const esExit = root(es).querySelector('quick-exit') as HTMLElement & {
        updateComplete: Promise<unknown>;
      };
      await esExit.updateComplete;
      expect(visibleText(esExit.shadowRoot!.querySelector<HTMLElement>('.hint')!)).to.include(
        'no borra su historial de navegación y no puede proteger un teléfono',
      );

      const custom = await fixture<HelpBanner>(
        html`<help-banner
          exit
          safety-url="https://example.org/safety"
          exit-hint="Your history stays."
          safety-link-text="Safety tips"
        ></help-banner>`,
      );
      const customExit = root(custom).querySelector('quick-exit') as HTMLElement & {
        updateComplete: Promise<unknown>;
      };
      await customExit.updateComplete;
      expect(visibleText(customExit.shadowRoot!.querySelector<HTMLElement>('.hint')!)).to.equal(
        'Your history stays. Safety tips',
      );

      const none = await fixture<HelpBanner>(html`<help-banner exit></help-banner>`);
      const noneExit = root(none).querySelector('quick-exit') as HTMLElement & {
        updateComplete: Promise<unknown>;
      };
      await noneExit.updateComplete;
      expect(noneExit.shadowRoot!.querySelector('.hint')).to.equal(null);
    });

    it('exit adds a <quick-exit> as the first focusable control, with the exit-url', async () => {
      const el = await fixture<HelpBanner>(
        html`<help-banner exit exit-url="https://example.org/weather"></help-banner>`,
      );
      const exit = root(el).querySelector('quick-exit')!;
      expect(exit).to.exist;
      expect(exit.getAttribute('url')).to.equal('https://example.org/weather');
      await (exit as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      el.focus();
      const first = root(el).querySelector('quick-exit')!.shadowRoot!.querySelector('a')!;
      expect(first.getAttribute('href')).to.equal('https://example.org/weather');
      const focusables = [...root(el).querySelectorAll('quick-exit, a, button')];
      expect(focusables[0]).to.equal(exit);
    });
  });
});
