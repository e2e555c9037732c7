import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { restore, spy, stub } from 'sinon';
import {
  addExit,
  addHostileExitListeners,
  clickIn,
  closePages,
  control,
  cover,
  focusFrame,
  landed,
  landingLog,
  landingUrl,
  nextFrame,
  nextLoad,
  openPage,
  sleep,
} from './frame.js';

describe('<quick-exit> exit sequence (in a frame)', () => {
  afterEach(() => {
    restore();
    closePages();
  });

  it('a click replaces the page with the destination: same history length, Back skips it, no Referer', async () => {
    // previous.html → (push) host.html, so Back has somewhere to go inside the frame.
    const page = await openPage('previous.html', { scripted: false });
    const arrived = nextLoad(page.frame);
    // A real click, so the browser's history intervention keeps the previous entry reachable.
    await clickIn(page.frame, page.doc.getElementById('to-host')!);
    await arrived;
    const win = page.frame.contentWindow!;
    await win.customElements.whenDefined('quick-exit');
    const { id, url } = landingUrl();
    const element = await addExit({ ...page, win, doc: win.document }, { url });
    const lengthBefore = win.history.length;

    const left = nextLoad(page.frame);
    control(element).click();
    await left;
    const after = page.frame.contentDocument!;
    expect(landed(after)).to.equal(true);
    expect(page.frame.contentWindow!.location.href).to.equal(url);
    expect(page.frame.contentWindow!.history.length).to.equal(lengthBefore);
    const log = await landingLog(id);
    expect(log.hits).to.equal(1);
    expect(log.referers).to.deep.equal([null]);

    const back = nextLoad(page.frame);
    page.frame.contentWindow!.history.back();
    await back;
    // One Back goes to the page BEFORE the exited one.
    expect(page.frame.contentDocument!.getElementById('previous')).to.exist;
  });

  it('the no-JavaScript fallback link sends no Referer either', async () => {
    const page = await openPage('nojs.html', { sandbox: 'allow-same-origin', scripted: false });
    const link = page.doc.getElementById('fallback') as HTMLAnchorElement;
    expect(link.rel).to.equal('noreferrer nofollow');
    const left = nextLoad(page.frame);
    await clickIn(page.frame, link); // a real click: the frame runs no script at all
    await left;
    expect(landed(page.frame.contentDocument)).to.equal(true);
    const log = await landingLog('nojs');
    expect(log.hits).to.be.greaterThan(0);
    expect(log.referers.every((referer) => referer === null)).to.equal(true);
  });

  it('covers the page synchronously: one Canvas-coloured cover on top, neutral title, icon links gone, rest inert', async () => {
    const page = await openPage();
    const { url } = landingUrl(3000);
    const element = await addExit(page, { url });
    control(element).click();
    // Still inside the same task as the click: nothing could have painted in between.
    const shield = cover(page.doc)!;
    expect(shield).to.exist;
    expect(page.doc.title).to.equal('\u200B');
    // The page's own icon link (host.html has one) is removed and no blank icon is added: any blank
    // icon is a CSP report under a strict `img-src`, any icon such a CSP allows is a download.
    expect(page.doc.querySelectorAll('link[rel~="icon" i]')).to.have.length(0);
    expect(getComputedStyle(page.doc.body).display).to.equal('none');

    await nextFrame(page.win);
    // The first frame: every point of the viewport is the cover, painted in the system Canvas colour.
    const probe = page.doc.createElement('div');
    probe.style.setProperty('background', 'Canvas');
    page.doc.documentElement.append(probe);
    const canvas = getComputedStyle(probe).backgroundColor;
    probe.remove();
    expect(getComputedStyle(shield).backgroundColor).to.equal(canvas);
    for (const [x, y] of [
      [1, 1],
      [400, 300],
      [798, 598],
      [5, 590],
    ]) {
      expect(page.doc.elementFromPoint(x!, y!)).to.equal(shield);
    }
    // Its only text is visually hidden (so the frame is one uniform colour) and says "Loading.".
    expect(shield.textContent).to.equal('Loading.');
    const text = shield.firstElementChild as HTMLElement;
    expect(text.getBoundingClientRect().width).to.be.at.most(1);
    // Once that frame is painted: the top layer and `inert` reinforce it.
    await sleep(50);
    expect(shield.matches(':popover-open')).to.equal(true);
    expect(page.doc.body.inert).to.equal(true);
  });

  it('stays covered while the destination is slow; nothing behind the cover can take focus', async () => {
    const page = await openPage();
    const { url } = landingUrl(4000);
    const element = await addExit(page, { url });
    control(element).click();
    await sleep(1000);
    expect(cover(page.doc)).to.exist;
    expect(page.doc.elementFromPoint(400, 300)).to.equal(cover(page.doc));
    const field = page.doc.getElementById('field') as HTMLInputElement;
    field.focus();
    expect(page.doc.activeElement).to.not.equal(field);
    control(element).focus();
    expect(page.doc.activeElement).to.not.equal(element);
  });

  it('when the navigation is stopped (window.stop), the cover stays and the navigation is retried within 2 s', async () => {
    const page = await openPage();
    const { id, url } = landingUrl(600);
    const element = await addExit(page, { url });
    const left = nextLoad(page.frame);
    control(element).click();
    await nextFrame(page.win);
    const stoppedAt = performance.now();
    page.win.stop();
    await sleep(300);
    expect(cover(page.doc)).to.exist;
    await left;
    // Asked again within 2 s of the stop (plus the 600 ms the destination takes to answer): the stop
    // cancelled the first request, so arriving at all proves the retry. (Chromium had sent that
    // first request before the stop; Firefox and WebKit had not yet.)
    expect(performance.now() - stoppedAt).to.be.below(2600);
    expect(landed(page.frame.contentDocument)).to.equal(true);
    expect((await landingLog(id)).hits).to.be.within(1, 2);
  });

  it('when the visitor presses Esc while leaving, the cover stays and the navigation is requested again', async () => {
    const page = await openPage();
    const { id, url } = landingUrl(2000);
    const element = await addExit(page, { url });
    const left = nextLoad(page.frame);
    control(element).click();
    await focusFrame(page.frame);
    await sleep(100); // the cover has taken the focus, so the key reaches the page in every engine
    let requests = 0;
    page.win.addEventListener('beforeunload', () => (requests += 1));
    // Esc stops loading where the browser's own shortcut sees the key (a synthetic key may not reach
    // it); either way the watchdog asks again.
    await sendKeys({ press: 'Escape' });
    await sleep(300);
    expect(cover(page.doc)).to.exist;
    await left;
    expect(landed(page.frame.contentDocument)).to.equal(true);
    expect(requests).to.equal(1);
    // Chromium merges a request for the URL it is already loading; the others send it again.
    expect((await landingLog(id)).hits).to.be.within(1, 2);
  });

  it('a slow destination (4 s) is requested once and arrives', async function () {
    this.timeout(15000);
    const page = await openPage();
    const { id, url } = landingUrl(4000);
    const element = await addExit(page, { url });
    const left = nextLoad(page.frame);
    control(element).click();
    await sleep(2500);
    expect(cover(page.doc)).to.exist;
    await left;
    expect(landed(page.frame.contentDocument)).to.equal(true);
    expect((await landingLog(id)).hits).to.equal(1);
  });

  it('a throwing or slow stat-exit listener neither stops the exit nor runs before the cover', async () => {
    const page = await openPage();
    const { url } = landingUrl(300);
    const element = await addExit(page, { url });
    const seen: { covered: boolean; cancelable: boolean; composed: boolean; trigger: string }[] = [];
    page.doc.addEventListener('stat-exit', (event) =>
      seen.push({
        covered: cover(page.doc) !== null && page.doc.body.inert,
        cancelable: event.cancelable,
        composed: event.composed,
        trigger: (event as Event & { trigger: string }).trigger,
      }),
    );
    addHostileExitListeners(page);
    const left = nextLoad(page.frame);
    control(element).click();
    expect(seen).to.deep.equal([]); // not inside the click: after the cover is painted
    await left;
    expect(landed(page.frame.contentDocument)).to.equal(true);
    expect(seen).to.deep.equal([{ covered: true, cancelable: false, composed: true, trigger: 'pointer' }]);
  });

  it('a page restored from the back-forward cache leaves again, still covered', async () => {
    const page = await openPage();
    const { id, url } = landingUrl(2500);
    const element = await addExit(page, { url });
    control(element).click();
    page.win.stop(); // the page stayed (as a restored one would), with no navigation under way
    await sleep(100);
    // Chromium sends the first request before the stop; Firefox and WebKit do not get that far.
    const before = (await landingLog(id)).hits;
    page.win.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await sleep(200);
    expect(cover(page.doc)).to.exist;
    const region = element.shadowRoot!.querySelector<HTMLElement>('[role="status"]')!;
    expect(region.hidden || region.textContent!.trim() === '').to.equal(true);
    expect((await landingLog(id)).hits).to.equal(before + 1);
  });

  it('the decoy tab opens first, once, with noopener, on a click only — and a blocked popup changes nothing', async () => {
    const page = await openPage();
    const { url } = landingUrl(2000);
    const element = await addExit(page, { url, 'decoy-url': 'https://www.example.org/weather' });
    let coveredWhenOpened: boolean | undefined;
    const open = stub(page.win, 'open').callsFake(() => {
      coveredWhenOpened = cover(page.doc) !== null;
      return null; // blocked
    });
    control(element).click();
    expect(open.callCount).to.equal(1);
    expect(open.firstCall.args).to.deep.equal([
      'https://www.example.org/weather',
      '_blank',
      'noopener,noreferrer',
    ]);
    expect(coveredWhenOpened).to.equal(false);
    expect(cover(page.doc)).to.exist;
  });

  it('keyboard exits never try the decoy tab', async () => {
    const page = await openPage();
    const { url } = landingUrl(2000);
    const element = await addExit(page, { url, 'decoy-url': 'https://www.example.org/weather' });
    const open = spy(page.win, 'open');
    element.exit('keyboard');
    expect(open.callCount).to.equal(0);
    expect(cover(page.doc)).to.exist;
  });

  it('touches no storage or cookie and makes no request before the exit', async () => {
    const page = await openPage();
    const before = {
      cookie: page.doc.cookie,
      local: page.win.localStorage.length,
      session: page.win.sessionStorage.length,
      resources: page.win.performance.getEntriesByType('resource').length,
    };
    const { url } = landingUrl(2000);
    const element = await addExit(page, { url, 'safety-url': 'https://example.org/safety' });
    element.setAttribute('position', 'top');
    await element.updateComplete;
    control(element).focus();
    await nextFrame(page.win);
    expect(page.win.performance.getEntriesByType('resource').length).to.equal(before.resources);
    control(element).click();
    await nextFrame(page.win);
    expect({
      cookie: page.doc.cookie,
      local: page.win.localStorage.length,
      session: page.win.sessionStorage.length,
      resources: page.win.performance.getEntriesByType('resource').length,
    }).to.deep.equal(before);
    const databases = await page.win.indexedDB.databases();
    expect(databases).to.deep.equal([]);
    expect(await page.win.caches.keys()).to.deep.equal([]);
  });

  it('works on a page with no head, no title and no favicon, without console errors', async () => {
    const page = await openPage('bare.html');
    const { url } = landingUrl(1000);
    const element = await addExit(page, { url });
    control(element).click();
    expect(cover(page.doc)).to.exist;
    expect(page.doc.title).to.equal('\u200B');
    await nextFrame(page.win);
    expect(page.win.__statProbe!.errors).to.deep.equal([]);
  });

  it('a second trigger (another instance, a double click) does nothing', async () => {
    const page = await openPage();
    const { id, url } = landingUrl(1500);
    const first = await addExit(page, { url });
    const second = await addExit(page, { url: 'https://www.example.org/' });
    expect(first.exit('pointer')).to.equal(true);
    expect(second.exit('pointer')).to.equal(false);
    expect(page.doc.querySelectorAll(':root > [role="alert"]')).to.have.length(1);
    // The request reaches the server while the landing page is held: exactly one.
    for (let waited = 0; waited < 1400 && (await landingLog(id)).hits === 0; waited += 100) await sleep(100);
    expect((await landingLog(id)).hits).to.equal(1);
  });

  it('exits under a strict CSP with Trusted Types (the built bundle), with no error, no violation and no extra request', async () => {
    const page = await openPage('', { src: '/test/bundle/pages/classic-once.html?csp=strict' });
    const { id, url } = landingUrl(1500);
    // The page has an icon of its own (allowed by `img-src 'self'`), which the exit must hide without
    // a refused blank icon and without downloading anything.
    const icon = page.doc.createElement('link');
    icon.rel = 'icon';
    icon.href = new URL('/test/elements/quick-exit/pages/icon.svg', location.href).href;
    page.doc.head.append(icon);
    const element = await addExit(page, { url, 'safety-url': 'https://club.example/safety' });
    await sleep(100);
    const resources = page.win.performance.getEntriesByType('resource').length;
    const left = nextLoad(page.frame);
    control(element).click();
    expect(cover(page.doc)).to.exist;
    expect(page.doc.querySelectorAll('link[rel~="icon" i]')).to.have.length(0);
    await sleep(300);
    expect(page.win.__statProbe!.violations).to.deep.equal([]);
    expect(page.win.__statProbe!.errors).to.deep.equal([]);
    expect(page.win.performance.getEntriesByType('resource').length).to.equal(resources);
    await left;
    expect(landed(page.frame.contentDocument)).to.equal(true);
    expect((await landingLog(id)).referers).to.deep.equal([null]);
  });
});
