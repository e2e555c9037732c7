import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { restore, spy, stub } from 'sinon';
import '../../../src/elements/quick-exit/define.js';
import type { QuickExit } from '../../../src/elements/quick-exit/quick-exit.js';
import { DEFAULT_EXIT_URL } from '../../../src/lib/exit.js';
import { pressKey } from '../../engine.js';
import {
  addExit,
  clickIn,
  closePages,
  control,
  cover,
  focusFrame,
  landingUrl,
  nextFrame,
  nextLoad,
  openPage,
  sleep,
} from './frame.js';

const statusOf = (element: QuickExit) =>
  element.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
const nameOf = (element: QuickExit) => control(element).textContent!.replace(/\s+/g, ' ').trim();
const overlaps = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

// Rendering checks run on the test page itself (nothing there ever triggers an exit); anything that
// can navigate runs in a frame (see frame.ts).
describe('<quick-exit> rendering', () => {
  afterEach(() => restore());

  for (const position of ['bottom-end', 'top', 'inline']) {
    for (const lang of ['en', 'es']) {
      it(`is accessible: position=${position}, lang=${lang}`, async () => {
        const el = await fixture<QuickExit>(
          html`<quick-exit
            lang=${lang}
            position=${position}
            url="https://www.example.org/"
            safety-url="https://club.example/safety"
          ></quick-exit>`,
        );
        await expect(el).to.be.accessible();
      });
    }
  }

  it('is a link whose accessible name starts with "Exit" and says it is an emergency exit; 44×44 at least', async () => {
    const el = await fixture<QuickExit>(html`<quick-exit url="https://www.example.org/"></quick-exit>`);
    const link = control(el);
    expect(link.localName).to.equal('a');
    expect(link.getAttribute('href')).to.equal('https://www.example.org/');
    expect(link.rel).to.equal('noreferrer nofollow');
    expect(nameOf(el)).to.equal('Exit this page (emergency exit)');
    const box = link.getBoundingClientRect();
    expect(box.width).to.be.at.least(44);
    expect(box.height).to.be.at.least(44);
  });

  it('speaks Spanish, and every string can be replaced by an attribute', async () => {
    const es = await fixture<QuickExit>(
      html`<quick-exit lang="es" safety-url="https://club.example/s"></quick-exit>`,
    );
    expect(nameOf(es)).to.equal('Salir de esta página (salida de emergencia)');
    expect(es.shadowRoot!.querySelector('.hint')!.textContent).to.contain('no borra su historial');
    const custom = await fixture<QuickExit>(
      html`<quick-exit
        label="Leave now"
        emergency-text="(safety exit)"
        hint="History is not erased."
        safety-link-text="Stay safer online"
        safety-url="https://club.example/s"
      ></quick-exit>`,
    );
    expect(nameOf(custom)).to.equal('Leave now (safety exit)');
    const hint = custom.shadowRoot!.querySelector('.hint')!;
    expect(hint.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'History is not erased. Stay safer online',
    );
    expect(hint.querySelector('a')!.getAttribute('href')).to.equal('https://club.example/s');
  });

  it('refuses a javascript: url with one warning and goes to the default', async () => {
    const warn = stub(console, 'warn');
    const el = await fixture<QuickExit>(html`<quick-exit url="javascript:alert(1)"></quick-exit>`);
    expect(control(el).getAttribute('href')).to.equal(DEFAULT_EXIT_URL);
    expect(el.destination).to.equal(DEFAULT_EXIT_URL);
    expect(warn.callCount).to.equal(1);
    expect(String(warn.firstCall.args[0])).to.match(
      /^\[stat-widgets\] <quick-exit>: url "javascript:alert\(1\)"/,
    );
  });

  it('bad position, shortcut, history, timeout, safety-url and decoy-url each warn once when set, and fall back', async () => {
    const warn = stub(console, 'warn');
    const el = await fixture<QuickExit>(
      html`<quick-exit
        position="left"
        shortcut="ctrl"
        history="wipe"
        shortcut-timeout="soon"
        safety-url="javascript:x"
        decoy-url="data:text/html,decoy"
      ></quick-exit>`,
    );
    await el.updateComplete;
    // The decoy is only tried on a click, but a bad decoy-url is reported when it is set.
    const messages = warn.getCalls().map((call) => String(call.args[0]));
    for (const word of ['position', 'shortcut "', 'history', 'shortcut-timeout', 'safety-url', 'decoy-url'])
      expect(
        messages.filter((m) => m.includes(word)),
        word,
      ).to.have.length(1);
    expect(el.shadowRoot!.querySelector('.dock')!.classList.contains('bottom-end')).to.equal(true);
    expect(el.shadowRoot!.querySelector('.hint')).to.equal(null);
  });

  it('uses the fallback link as destination and hides it once running', async () => {
    const el = await fixture<QuickExit>(
      html`<quick-exit><a href="https://weather.example/" rel="noreferrer nofollow">Exit</a></quick-exit>`,
    );
    expect(control(el).getAttribute('href')).to.equal('https://weather.example/');
    expect(el.querySelector('a')!.getClientRects().length).to.equal(0);
  });

  it('floats in the top layer, above a cookie banner with a huge z-index', async () => {
    const banner = document.createElement('div');
    banner.style.cssText = 'position:fixed;inset:auto 0 0 0;height:200px;background:#333;z-index:2147483647';
    document.body.append(banner);
    const el = await fixture<QuickExit>(html`<quick-exit></quick-exit>`);
    const box = control(el).getBoundingClientRect();
    expect(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)).to.equal(el);
    expect(el.shadowRoot!.querySelector('.dock')!.matches(':popover-open')).to.equal(true);
    banner.remove();
  });
});

describe('<quick-exit> keyboard and layout (in a frame)', () => {
  afterEach(() => {
    restore();
    closePages();
  });

  it('three Shift taps announce progress and exit on the third keyup', async () => {
    const page = await openPage();
    const { url } = landingUrl(3000);
    const element = await addExit(page, { url });
    await focusFrame(page.frame);
    await sendKeys({ press: 'Shift' });
    await element.updateComplete;
    expect(statusOf(element)).to.equal('Shift, press 2 more times to exit.');
    await sendKeys({ press: 'Shift' });
    await element.updateComplete;
    expect(statusOf(element)).to.equal('Shift, press 1 more time to exit.');
    expect(cover(page.doc)).to.equal(null);
    await pressKey('ShiftRight'); // left and right mixed still count
    expect(cover(page.doc)).to.exist;
    expect(cover(page.doc)!.textContent).to.equal('Loading.');
    // The progress region is out of the accessibility tree: no stale "press 1 more time".
    expect(element.shadowRoot!.querySelector<HTMLElement>('[role="status"]')!.hidden).to.equal(true);
  });

  it('works with focus in a text field and inside another shadow root', async () => {
    const page = await openPage();
    const { url } = landingUrl(3000);
    await addExit(page, { url });
    const host = page.doc.createElement('div');
    page.doc.body.append(host);
    const input = page.doc.createElement('input');
    host.attachShadow({ mode: 'open' }).append(input);
    await focusFrame(page.frame);
    input.focus();
    await sendKeys({ type: 'Hi' }); // typing with Shift does not count
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    expect(cover(page.doc)).to.equal(null);
    await sendKeys({ press: 'Shift' });
    expect(cover(page.doc)).to.exist;
  });

  it('the sequence expires after shortcut-timeout, says so, and starts again', async () => {
    const page = await openPage();
    const element = await addExit(page, { url: landingUrl(3000).url, 'shortcut-timeout': '600' });
    await focusFrame(page.frame);
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    await sleep(900);
    await element.updateComplete;
    expect(statusOf(element)).to.equal('Exit this page expired.');
    await sendKeys({ press: 'Shift' });
    expect(cover(page.doc)).to.equal(null);
  });

  it('announces in Spanish, and progress/expired texts can be replaced', async () => {
    const page = await openPage();
    page.doc.documentElement.lang = 'es';
    const element = await addExit(page, { url: landingUrl(3000).url, 'shortcut-timeout': '600' });
    await focusFrame(page.frame);
    await sendKeys({ press: 'Shift' });
    await element.updateComplete;
    expect(statusOf(element)).to.equal('Mayús: pulse 2 veces más para salir.');
    await sleep(900);
    await element.updateComplete;
    expect(statusOf(element)).to.equal('Salir de esta página: tiempo agotado.');
    element.setAttribute('progress-text', '{count} left ({key})');
    element.setAttribute('expired-text', 'Gone.');
    await sendKeys({ press: 'Shift' });
    await element.updateComplete;
    expect(statusOf(element)).to.equal('2 left (Mayús)');
    await sleep(900);
    await element.updateComplete;
    expect(statusOf(element)).to.equal('Gone.');
  });

  it('shortcut="escape": two Esc within 1 s exit, but not from a text field', async () => {
    const page = await openPage();
    await addExit(page, { url: landingUrl(3000).url, shortcut: 'escape' });
    await focusFrame(page.frame);
    (page.doc.getElementById('field') as HTMLInputElement).focus();
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    expect(cover(page.doc)).to.equal(null);
    page.doc.body.focus();
    (page.doc.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    expect(cover(page.doc)).to.equal(null); // Shift is not this control's shortcut
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    expect(cover(page.doc)).to.exist;
  });

  it('shortcut="none" ignores keys', async () => {
    const page = await openPage();
    await addExit(page, { url: landingUrl(3000).url, shortcut: 'none' });
    await focusFrame(page.frame);
    for (let i = 0; i < 3; i += 1) await sendKeys({ press: 'Shift' });
    expect(cover(page.doc)).to.equal(null);
  });

  it('two instances: one keyboard listener, one exit, one announcement; removal removes the listeners', async () => {
    const page = await openPage();
    const add = spy(page.win, 'addEventListener');
    const remove = spy(page.win, 'removeEventListener');
    const first = await addExit(page, { url: landingUrl(3000).url });
    const second = await addExit(page, { url: landingUrl(3000).url, position: 'top' });
    const keyups = (s: typeof add) => s.getCalls().filter((call) => call.args[0] === 'keyup');
    expect(keyups(add)).to.have.length(1);
    await focusFrame(page.frame);
    await sendKeys({ press: 'Shift' });
    await first.updateComplete;
    await second.updateComplete;
    const statuses = [statusOf(first), statusOf(second)].filter(Boolean);
    expect(statuses).to.have.length(1);
    first.remove();
    expect(keyups(remove)).to.have.length(0);
    second.remove();
    expect(keyups(remove)).to.have.length(1);
    const third = await addExit(page, { url: landingUrl(3000).url });
    const exitEvents: Event[] = [];
    page.doc.addEventListener('stat-exit', (event) => exitEvents.push(event));
    const extra = await addExit(page, { url: landingUrl(3000).url });
    for (let i = 0; i < 3; i += 1) await sendKeys({ press: 'Shift' });
    expect(page.doc.querySelectorAll(':root > [role="alert"]')).to.have.length(1);
    await sleep(100);
    expect(exitEvents).to.have.length(1);
    expect(exitEvents[0]!.target).to.equal(third);
    expect(extra.isConnected).to.equal(true);
  });

  it('the first Tab press of the page focuses the exit, and Enter on it exits', async () => {
    const page = await openPage();
    const element = await addExit(page, { url: landingUrl(3000).url });
    page.doc.body.append(element); // last in the page: the first Tab still reaches it first
    await element.updateComplete;
    await focusFrame(page.frame);
    await sendKeys({ press: 'Tab' });
    expect(page.doc.activeElement).to.equal(element);
    expect(element.shadowRoot!.activeElement).to.equal(control(element));
    await sendKeys({ press: 'Enter' });
    expect(cover(page.doc)).to.exist;
  });

  it('the first Tab is left alone when focus is already in a field', async () => {
    const page = await openPage();
    const element = await addExit(page, { url: landingUrl(3000).url });
    await focusFrame(page.frame);
    (page.doc.getElementById('field') as HTMLInputElement).focus();
    await sendKeys({ press: 'Tab' });
    expect(page.doc.activeElement).to.not.equal(element);
  });

  for (const [width, height] of [
    [320, 568],
    [768, 1024],
    [1280, 800],
    [320, 200], // 1280×800 at 400% zoom (check 18): the same CSS viewport
  ] as const) {
    it(`stays in view while scrolling and never covers the focused element at ${width}×${height}`, async () => {
      const page = await openPage('host.html', { width, height });
      const element = await addExit(page, { url: landingUrl(3000).url });
      const stage = page.doc.getElementById('stage')!;
      for (let i = 0; i < 40; i += 1) {
        const p = page.doc.createElement('p');
        const link = page.doc.createElement('a');
        link.href = `#item-${i}`;
        link.textContent = `Item ${i} with a longer link text so it spans more of the line`;
        link.style.setProperty('display', i % 3 === 0 ? 'block' : 'inline');
        p.append(link);
        stage.append(p);
      }
      const inView = () => {
        const box = control(element).getBoundingClientRect();
        return box.top >= 0 && box.left >= 0 && box.bottom <= height && box.right <= width;
      };
      expect(inView()).to.equal(true);
      expect(control(element).getBoundingClientRect().width).to.be.at.least(44);
      page.win.scrollTo(0, page.doc.documentElement.scrollHeight);
      await nextFrame(page.win);
      expect(inView()).to.equal(true);
      page.win.scrollTo(0, 0);
      await focusFrame(page.frame);
      const focusable = [...page.doc.querySelectorAll<HTMLElement>('a[href], input')];
      for (const target of focusable) {
        target.focus();
        await nextFrame(page.win);
        const a = target.getBoundingClientRect();
        const b = control(element).getBoundingClientRect();
        expect(overlaps(a, b), target.textContent ?? target.id).to.equal(false);
      }
    });
  }

  it('mirrors under dir=rtl', async () => {
    const page = await openPage();
    page.doc.documentElement.dir = 'rtl';
    const element = await addExit(page, { url: landingUrl(3000).url });
    await element.updateComplete;
    const box = control(element).getBoundingClientRect();
    expect(box.right).to.be.below(400);
  });

  it('hostile page CSS and a cookie banner can neither hide the control nor stop the cover', async () => {
    const page = await openPage('hostile.html');
    const element = await addExit(page, { url: landingUrl(3000).url });
    const box = control(element).getBoundingClientRect();
    expect(box.width).to.be.at.least(44);
    expect(box.height).to.be.at.least(44);
    expect(page.doc.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)).to.equal(element);
    await clickIn(page.frame, control(element));
    const shield = cover(page.doc)!;
    expect(page.doc.elementFromPoint(400, 590)).to.equal(shield);
    expect(page.doc.elementFromPoint(10, 10)).to.equal(shield);
  });

  it('history="collapse": other site → 3 club pages → exit → one Back lands on the other site', async function () {
    this.timeout(20000); // six page loads
    const otherOrigin = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    const other = new URL('./pages/other-origin.html', import.meta.url);
    other.hostname = otherOrigin;
    other.searchParams.set('club', new URL('./pages/site.html', import.meta.url).href);
    const page = await openPage('', { src: other.href, scripted: false });
    const { url } = landingUrl();
    // The other site links to the club (a push, as any link): a real click on its link, which sits
    // at the top left of the page (a script cannot read the other site's document).
    let arrived = nextLoad(page.frame);
    const frameBox = page.frame.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(frameBox.left) + 50, Math.round(frameBox.top) + 50],
    });
    await arrived;
    const entries = page.frame.contentWindow!.history.length; // the session history, other site included
    for (const next of [2, 3]) {
      const doc = page.frame.contentDocument!;
      await page.frame.contentWindow!.customElements.whenDefined('quick-exit');
      arrived = nextLoad(page.frame);
      await clickIn(page.frame, doc.getElementById('next')!);
      await arrived;
      expect(page.frame.contentDocument!.getElementById('page')!.textContent).to.equal(String(next));
    }
    const doc = page.frame.contentDocument!;
    await page.frame.contentWindow!.customElements.whenDefined('quick-exit');
    const element = doc.querySelector('quick-exit') as QuickExit;
    element.url = url;
    await element.updateComplete;
    arrived = nextLoad(page.frame);
    await clickIn(page.frame, control(element));
    await arrived;
    expect(page.frame.contentDocument!.getElementById('landed')).to.exist;
    // The three club pages and the exit added no history entry: the visit collapsed into the exit.
    // (Checked first, so a failure never lets the Back below travel further up the test page's history.)
    expect(page.frame.contentWindow!.history.length).to.equal(entries);
    arrived = nextLoad(page.frame);
    page.frame.contentWindow!.history.back();
    await arrived;
    // Cross-origin again: the frame's document is no longer readable from here.
    expect(page.frame.contentDocument).to.equal(null);
  });
});
