/**
 * The <quick-exit> acceptance checks (reference §5) that need the DevTools protocol: a real screenshot,
 * the accessibility tree, the network log, forced-colours emulation and top-level tabs driven by
 * Puppeteer (test/server/quick-exit-plugin.mjs, test/server/forced-colors-plugin.mjs). What each of
 * them shows that a visitor meets is also checked in every engine in checks.test.ts and
 * exit-sequence.test.ts; the mapping is in CHECKS.md.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import {
  addExit,
  addExitAndInteract,
  clickIn,
  closePages,
  control,
  cover,
  landed,
  landingLog,
  landingUrl,
  nextLoad,
  openPage,
  pageUrl,
  sleep,
  type ExitPage,
} from './frame.js';

/** The distinct colours of a real screenshot of the frame (1 px in from its edges). */
async function screenshotColours(page: ExitPage): Promise<Set<string>> {
  const png = (await executeServerCommand('quick-exit-screenshot', { frame: page.frame.name })) as string;
  const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  const { data } = context.getImageData(1, 1, bitmap.width - 2, bitmap.height - 2);
  const colours = new Set<string>();
  for (let i = 0; i < data.length; i += 4) colours.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
  return colours;
}

interface AXNode {
  role: string;
  name?: string;
  children?: AXNode[];
}
/** Every named node of the frame's accessibility tree (what a screen reader can reach), as role:name. */
async function accessibleNames(page: ExitPage): Promise<string[]> {
  const tree = (await executeServerCommand('quick-exit-a11y', { frame: page.frame.name })) as AXNode | null;
  const names: string[] = [];
  const walk = (node: AXNode) => {
    if (node.role !== 'RootWebArea' && node.name && node.name.trim() !== '')
      names.push(`${node.role}:${node.name.trim()}`);
    node.children?.forEach(walk);
  };
  if (tree) walk(tree);
  return names;
}

describe('<quick-exit> acceptance checks (Chromium only: DevTools protocol)', () => {
  afterEach(() => closePages());

  it('check 8: with the destination held 10 s, a screenshot is one colour at 1 s and 5 s and the accessibility tree holds only "Loading."', async function () {
    this.timeout(20000);
    const page = await openPage();
    const { url } = landingUrl(10000);
    const element = await addExit(page, { url, 'safety-url': 'https://club.example/safety' });
    // The screenshot sees the page's content before the exit (so "one colour" below means blank).
    expect((await screenshotColours(page)).size).to.be.greaterThan(1);
    expect(await accessibleNames(page)).to.include('heading:Support for survivors');

    const started = performance.now();
    await clickIn(page.frame, control(element));
    expect(cover(page.doc)).to.exist;
    await sleep(1000 - (performance.now() - started));
    expect([...(await screenshotColours(page))]).to.have.length(1);
    expect(await accessibleNames(page)).to.deep.equal(['StaticText:Loading.']);

    await sleep(5000 - (performance.now() - started));
    expect([...(await screenshotColours(page))]).to.have.length(1);
    expect(await accessibleNames(page)).to.deep.equal(['StaticText:Loading.']);
  });

  it('check 20: in forced-colours mode (really emulated) the control keeps a visible outline in system colours', async () => {
    const page = await openPage();
    const element = await addExit(page, { url: landingUrl(3000).url });
    try {
      await executeServerCommand('emulate-forced-colors', { active: true });
      expect(page.win.matchMedia('(forced-colors: active)').matches).to.equal(true);
      const probe = page.doc.createElement('div');
      probe.style.setProperty('color', 'ButtonText');
      probe.style.setProperty('background', 'ButtonFace');
      page.doc.body.append(probe);
      const system = getComputedStyle(probe);
      const style = getComputedStyle(control(element));
      expect(style.borderTopStyle).to.equal('solid');
      expect(style.borderTopWidth).to.equal('2px');
      expect(style.borderTopColor).to.equal(system.color);
      expect(style.color).to.equal(system.color);
      expect(style.backgroundColor).to.equal(system.backgroundColor);
      const box = control(element).getBoundingClientRect();
      expect(box.width).to.be.at.least(44);
      expect(page.doc.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)).to.equal(element);
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
  });

  it('check 21: the only request the page makes, from load through interaction to the exit, is the navigation', async () => {
    const page = await openPage();
    const log = (action: string) =>
      executeServerCommand('quick-exit-requests', { frame: page.frame.name, action }) as Promise<string[]>;
    await log('start');
    // (Drain: anything the browser reports late from the page's own load is not part of this.)
    await sleep(300);
    await log('stop');
    await log('start');
    // Load, interaction (hover, focus, a Shift tap and its expiry), then the exit.
    const { url } = landingUrl();
    const element = await addExitAndInteract(page, url);
    const left = nextLoad(page.frame);
    await clickIn(page.frame, control(element));
    await left;
    expect(landed(page.frame.contentDocument)).to.equal(true);
    expect(await log('stop')).to.deep.equal([url]);
  });

  it('check 23: Back after a push-mode exit restores the page from the bfcache, and it leaves again at once', async function () {
    this.timeout(20000);
    const stamp = String(Date.now());
    const result = (await executeServerCommand('quick-exit-top-page', {
      url: `${pageUrl('bfcache.html')}?${stamp}`,
      scenario: 'bfcache',
    })) as { notRestoredReasons: string[]; urls: string[]; errors: string[] };
    expect(result.urls[0]).to.contain('/__quick-exit/landing');
    // Back really restored the page from the back-forward cache (not an ordinary reload) ...
    expect(result.notRestoredReasons).to.deep.equal([]);
    // ... and, as documented, it left again for the same destination: a second request, and the tab
    // ends on the destination (never a dead blank page).
    expect((await landingLog(`bfcache-${stamp}`)).hits).to.equal(2);
    expect(result.urls[2]).to.contain('/__quick-exit/landing');
    // (The test server's live-reload socket, injected into every page it serves, reports its own
    // pause when the page enters the cache; that is the test harness, not the page.)
    expect(result.errors.filter((error) => !error.includes('/wds'))).to.deep.equal([]);
  });

  it('check 29: in a same-origin frame (no title, no favicon) the exit navigates the top tab, with no console error', async function () {
    this.timeout(20000);
    const result = (await executeServerCommand('quick-exit-top-page', {
      url: pageUrl('framed.html'),
      scenario: 'framed',
    })) as { topUrl: string; frameUrls: string[]; errors: string[] };
    expect(result.topUrl).to.equal(`${location.origin}/__quick-exit/landing?id=framed-top`);
    expect(result.frameUrls).to.have.length(1); // the framing page is gone with it
    expect(result.errors).to.deep.equal([]);
  });

  it('check 30: in a fresh tab that has had no user activation, three Shift presses exit', async function () {
    this.timeout(20000);
    const result = (await executeServerCommand('quick-exit-top-page', {
      url: pageUrl('framed-child.html'),
      scenario: 'fresh-keyboard',
    })) as { activated: boolean; topUrl: string; errors: string[] };
    expect(result.activated).to.equal(false);
    expect(result.topUrl).to.equal(`${location.origin}/__quick-exit/landing?id=framed-top`);
    expect(result.errors).to.deep.equal([]);
  });
});
