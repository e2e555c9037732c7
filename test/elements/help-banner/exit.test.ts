import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { HelpBanner } from '../../../src/elements/help-banner/help-banner.js';
import type { QuickExit } from '../../../src/elements/quick-exit/quick-exit.js';
// The <quick-exit> engineer's frame helpers and pages: the banner's exit is checked on the same
// sandboxed host page, against the same neutral-destination stand-in, as <quick-exit> itself.
import {
  addExit,
  clickIn,
  closePages,
  control,
  cover,
  landingLog,
  landingUrl,
  nextFrame,
  nextLoad,
  openPage,
  type ExitPage,
} from '../quick-exit/frame.js';

/** Loads the banner's define module into the frame and adds a banner with `attributes`. */
async function addBanner(page: ExitPage, attributes: Record<string, string>): Promise<HelpBanner> {
  const script = page.doc.createElement('script');
  script.type = 'module';
  script.src = '/src/elements/help-banner/define.ts';
  page.doc.head.append(script);
  await page.win.customElements.whenDefined('help-banner');
  const banner = page.doc.createElement('help-banner') as HelpBanner;
  for (const [name, value] of Object.entries(attributes)) banner.setAttribute(name, value);
  page.doc.body.prepend(banner);
  await banner.updateComplete;
  const exit = banner.shadowRoot!.querySelector('quick-exit') as QuickExit;
  await exit.updateComplete;
  await nextFrame(page.win);
  return banner;
}

/** Our console warnings in the frame (host.html records the console through the bundle tests' probe;
 * the frame runs the sources, so Lit's dev-mode notice is there too). */
const ourWarnings = (page: ExitPage) =>
  page.win.__statProbe!.warnings.filter((line) => line.startsWith('[stat-widgets]'));

const bannerExit = (banner: HelpBanner) => banner.shadowRoot!.querySelector('quick-exit') as QuickExit;

/** Three clean Shift taps with focus in a text field of the frame (the shortcut works there too). */
async function pressShiftThrice(page: ExitPage): Promise<void> {
  page.win.focus();
  (page.doc.getElementById('field') as HTMLInputElement).focus();
  for (let i = 0; i < 3; i += 1) await sendKeys({ press: 'Shift' });
}

/** What an exit leaves behind in the document, at the moment it starts. */
function exitTraces(doc: Document) {
  const shield = cover(doc);
  return {
    cover: shield !== null,
    coverRole: shield?.getAttribute('role'),
    title: doc.title,
    icons: [...doc.querySelectorAll('link[rel~="icon"]')].map((icon) => icon.getAttribute('href')),
    referrerPolicy: doc.querySelector('meta[name="referrer"]')?.getAttribute('content'),
    bodyInert: doc.body.inert,
    bodyDisplay: getComputedStyle(doc.body).display,
  };
}

describe('<help-banner exit> leaves exactly as <quick-exit> does', () => {
  afterEach(closePages);

  it('a click covers the page the same way, in the same task', async () => {
    const reference = await openPage();
    const referenceExit = await addExit(reference, { url: landingUrl(5000).url });
    control(referenceExit).click();
    const expected = exitTraces(reference.doc);
    expect(expected.cover).to.equal(true);

    const page = await openPage();
    const banner = await addBanner(page, { exit: '', 'exit-url': landingUrl(5000).url });
    control(bannerExit(banner)).click();
    expect(exitTraces(page.doc)).to.deep.equal(expected);
  });

  it('replaces the page with exit-url: same history length, no Referer, stat-exit reaches the page', async () => {
    const page = await openPage();
    const { id, url } = landingUrl();
    const banner = await addBanner(page, { exit: '', 'exit-url': url });
    const exits: string[] = [];
    page.doc.addEventListener('stat-exit', (event) =>
      exits.push((event as Event & { destination: string }).destination),
    );
    const lengthBefore = page.win.history.length;
    const left = nextLoad(page.frame);
    await clickIn(page.frame, control(bannerExit(banner)));
    await left;
    expect(page.frame.contentDocument!.getElementById('landed')).to.exist;
    expect(page.frame.contentWindow!.location.href).to.equal(url);
    expect(page.frame.contentWindow!.history.length).to.equal(lengthBefore);
    const log = await landingLog(id);
    expect(log.hits).to.equal(1);
    expect(log.referers.every((referer) => !referer)).to.equal(true);
    expect(exits).to.deep.equal([url]);
  });

  it('an unsafe exit-url is refused with one <help-banner> warning and the <quick-exit> default is used', async () => {
    const page = await openPage();
    const banner = await addBanner(page, { exit: '', 'exit-url': 'javascript:alert(1)' });
    const warnings = ourWarnings(page);
    expect(control(bannerExit(banner)).getAttribute('href')).to.equal('https://www.google.com/webhp');
    expect(bannerExit(banner).hasAttribute('url')).to.equal(false);
    // Named after the tag the webmaster typed it on; the embedded <quick-exit> never sees the value.
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^\[stat-widgets\] <help-banner>: exit-url "javascript:alert\(1\)" /);
  });

  it('an unsafe safety-url is refused with one <help-banner> warning and no safety note', async () => {
    const page = await openPage();
    const banner = await addBanner(page, { exit: '', 'safety-url': '//evil.example/tips' });
    const warnings = ourWarnings(page);
    expect(bannerExit(banner).hasAttribute('safety-url')).to.equal(false);
    expect(bannerExit(banner).shadowRoot!.querySelector('[part~="hint"]')).to.equal(null);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^\[stat-widgets\] <help-banner>: safety-url "\/\/evil.example\/tips" /);
  });

  it('a valid safety-url reaches the exit as its safety note link', async () => {
    const page = await openPage();
    const banner = await addBanner(page, { exit: '', 'safety-url': 'https://club.example/stay-safe' });
    const hint = bannerExit(banner).shadowRoot!.querySelector('[part~="hint"] a');
    expect(hint?.getAttribute('href')).to.equal('https://club.example/stay-safe');
    expect(ourWarnings(page)).to.deep.equal([]);
  });

  it('three clean Shift taps leave from the banner too (the shared shortcut)', async () => {
    const page = await openPage();
    const { id, url } = landingUrl();
    await addBanner(page, { exit: '', 'exit-url': url });
    const left = nextLoad(page.frame);
    await pressShiftThrice(page);
    await left;
    expect(page.frame.contentDocument!.getElementById('landed')).to.exist;
    expect((await landingLog(id)).hits).to.equal(1);
  });

  it('a banner and a <quick-exit> on one page share one shortcut and leave once', async () => {
    const page = await openPage();
    const { id, url } = landingUrl();
    await addExit(page, { url });
    await addBanner(page, { exit: '', 'exit-url': url });
    const left = nextLoad(page.frame);
    await pressShiftThrice(page);
    await left;
    expect((await landingLog(id)).hits).to.equal(1);
  });
});
