/**
 * Privacy audit (issue 8, part 5). A visitor may be watched by their exploiter: the page must leave
 * no trace that our widgets did anything. Through load, interaction (everything except submitting a
 * form or exiting) and resize: no request besides our bundle, no cookie, no storage write, and no
 * global besides `StatWidgets`.
 *
 * Decision: Lit itself adds four globals (`litHtmlVersions`, `litElementVersions`,
 * `reactiveElementVersions`: the version lists every copy of Lit shares so it can detect several
 * copies; `litPropertyMetadata`: a WeakMap Lit's decorators share). They hold no data about the
 * visitor and every Lit site has them, so they are allowed by name; anything else fails.
 */
import { expect } from '@open-wc/testing';
import { closeBundlePages, loadBundlePage } from './bundle-page.js';
import { profileOf } from './element-profiles.js';
import { addEveryElement, exerciseActions, frames, manifestElements, pause } from './hostile-kit.js';

const LIT_GLOBALS = [
  'litElementVersions',
  'litHtmlVersions',
  'litPropertyMetadata',
  'reactiveElementVersions',
];

/**
 * The page's own files: the probe, our bundle, and the test server's live-reload script (which the
 * server injects into every HTML page it serves). Anything else is a request our widgets made.
 */
const pageOwnFiles = [
  '/test/bundle/pages/probe.js',
  '/dist/stat-widgets.js',
  '/__web-dev-server__web-socket.js',
];

function foreignRequests(requests: string[]): string[] {
  return requests.filter((request) => {
    try {
      const url = new URL(request);
      return !(url.origin === location.origin && pageOwnFiles.includes(url.pathname));
    } catch {
      return true; // fetch/XHR/beacon/socket calls are recorded as "<api> <url>": always foreign here.
    }
  });
}

describe('privacy audit: a page with every element', () => {
  afterEach(closeBundlePages);

  it('load, interaction and resize: no request besides the bundle, no cookie or storage write, no new global', async () => {
    const cookiesBefore = document.cookie;
    const page = await loadBundlePage('classic-once.html', { width: 1024 });
    const hosts = await addEveryElement(page);
    expect(hosts.length).to.equal(manifestElements().length);

    // Load and resize: nothing at all may be written.
    for (const width of ['320px', '768px', '1280px']) {
      page.frame.style.width = width;
      await frames(page);
    }
    await pause(page, 100);
    expect(foreignRequests(page.probe.requests), 'requests after load and resize').to.deep.equal([]);
    expect(page.probe.storageWrites, 'storage writes after load and resize').to.deep.equal([]);

    // Interaction: only the writes a user action needs by product decision.
    for (const host of hosts) await exerciseActions(page, host);
    page.frame.style.width = '400px';
    await frames(page);
    await pause(page, 100);
    expect(foreignRequests(page.probe.requests), 'requests after interaction').to.deep.equal([]);
    const allowed = hosts.flatMap((host) => profileOf(host.localName).allowedStorageWrites ?? []);
    const writes = page.probe.storageWrites.filter(
      (write) => !allowed.some((pattern) => pattern.test(write)),
    );
    expect(writes, 'storage writes after interaction').to.deep.equal([]);
    expect(page.doc.cookie, 'cookies').to.equal(cookiesBefore);

    const added = Object.getOwnPropertyNames(page.win)
      .filter((name) => !page.probe.globalsBefore.includes(name))
      .sort();
    expect(added, 'new globals').to.deep.equal(['StatWidgets', ...LIT_GLOBALS].sort());
    for (const { tagName } of manifestElements())
      expect(page.win.customElements.get(tagName), tagName).to.exist;
    expect(page.probe.errors).to.deep.equal([]);
  });

  it('the audit sees what it looks for (a page script that writes, fetches and leaks is caught)', async () => {
    const page = await loadBundlePage('classic-once.html');
    const win = page.win as unknown as Window & Record<string, unknown>;
    win.sessionStorage.setItem('probe-check', '1');
    win.sessionStorage.removeItem('probe-check');
    page.doc.cookie = 'probe-check=1; max-age=0';
    await win.fetch('/test/bundle/pages/probe.js?check');
    win.leakedGlobal = true;
    await pause(page, 50);
    expect(page.probe.storageWrites).to.have.length(3);
    expect(foreignRequests(page.probe.requests).some((r) => r.includes('probe.js?check'))).to.equal(true);
    expect(Object.getOwnPropertyNames(win).filter((n) => !page.probe.globalsBefore.includes(n))).to.include(
      'leakedGlobal',
    );
  });
});
