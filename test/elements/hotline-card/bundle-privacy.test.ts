import { expect } from '@open-wc/testing';
import { addElement, closeBundlePages, loadBundlePage } from '../../bundle/bundle-page.js';

/**
 * Checks 13, 15, 16, 18: a page with the built bundle and a card, under the strict CSP with Trusted
 * Types, requests nothing beyond the bundle (the page's own resource log), writes no cookie or
 * storage, and reports no console error, warning or CSP violation — on render and on copy.
 */
describe('<hotline-card> from dist/stat-widgets.js', () => {
  afterEach(closeBundlePages);

  it('requests nothing beyond the bundle, writes nothing, and logs nothing under the strict CSP', async () => {
    const page = await loadBundlePage('classic-once.html?csp=strict');
    const card = await addElement(page, 'hotline-card', { preset: 'us-trafficking', 'emit-events': '' });
    const list = await addElement(page, 'hotline-card', {
      name: 'District Attorney victim witness line',
      phone: '(619) 531-4041',
      hours: 'Mo-Fr 08:00-17:00',
      timezone: 'America/Los_Angeles',
    });
    expect(card.shadowRoot!.querySelector('a[href="tel:+18883737888"]')).to.exist;
    expect(list.shadowRoot!.querySelector('.status')!.textContent).to.match(/\(PT\)/);

    // Copy: stub the frame's clipboard so the test needs no permission; the click is what is checked.
    const clipboard = page.win.navigator.clipboard as { writeText: (text: string) => Promise<void> };
    const written: string[] = [];
    clipboard.writeText = (text: string) => {
      written.push(text);
      return Promise.resolve();
    };
    card.shadowRoot!.querySelector<HTMLButtonElement>('button.copy')!.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(written).to.deep.equal(['1-888-373-7888']);

    const requested = page.win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      // The test server injects its own reload socket script into served pages; that one is not ours.
      .filter((path) => !path.startsWith('/__web-dev-server'));
    expect(requested.sort()).to.deep.equal(['/dist/stat-widgets.js', '/test/bundle/pages/probe.js']);
    expect(page.doc.cookie).to.equal('');
    expect(page.win.sessionStorage.length).to.equal(0);
    expect(page.win.localStorage.length).to.equal(0);
    expect(page.probe.errors).to.deep.equal([]);
    expect(page.probe.warnings).to.deep.equal([]);
    expect(page.probe.violations).to.deep.equal([]);
  });

  it('check 13: a page with one card and one banner requests only the script and writes nothing', async () => {
    const page = await loadBundlePage('classic-once.html?csp=strict');
    const card = await addElement(page, 'hotline-card');
    const banner = await addElement(page, 'help-banner');
    expect(card.shadowRoot!.querySelector('a[href="tel:+18883737888"]')).to.exist;
    expect(banner.shadowRoot!.childElementCount).to.be.greaterThan(0);
    const ours = page.probe.requests
      .map((name) => name.replace(page.win.location.origin, ''))
      // The test server's own reload socket and the probe are the harness, not the page's.
      .filter((name) => !name.includes('/__web-dev-server') && name !== '/test/bundle/pages/probe.js');
    expect(ours).to.deep.equal(['/dist/stat-widgets.js']);
    expect(page.probe.storageWrites).to.deep.equal([]);
    expect(page.doc.cookie).to.equal('');
    expect(page.probe.errors).to.deep.equal([]);
    expect(page.probe.violations).to.deep.equal([]);
  });

  it('check 14: no file of the built dist/ output names a third-party tracker, font, analytics or CDN host', async () => {
    // Every shipped module: the embed bundle, the npm entry and each element's define module, and
    // everything they import from dist/ (followed through relative imports), with the source maps
    // they name.
    const manifest = await (await fetch('/custom-elements.json')).json();
    const tags: string[] = manifest.modules.flatMap((m: { declarations?: { tagName?: string }[] }) =>
      (m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : [])),
    );
    const queue = [
      '/dist/stat-widgets.js',
      '/dist/index.js',
      ...tags.map((t) => `/dist/elements/${t}/define.js`),
    ];
    const seen = new Map<string, string>();
    while (queue.length) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      const response = await fetch(path);
      expect(response.ok, path).to.equal(true);
      const source = await response.text();
      seen.set(path, source);
      for (const [, spec] of source.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g))
        queue.push(new URL(spec, `http://x${path}`).pathname);
      const map = /\/\/# sourceMappingURL=(\S+\.map)\s*$/.exec(source)?.[1];
      if (map) queue.push(new URL(map, `http://x${path}`).pathname);
    }
    expect(seen.size, 'modules crawled').to.be.greaterThan(tags.length * 3);
    const banned =
      /fonts\.googleapis|fonts\.gstatic|google-analytics|googletagmanager|gtag\(|facebook|fbcdn|hotjar|doubleclick|segment\.(io|com)|mixpanel|sentry\.io|clarity\.ms|cdn\.jsdelivr|unpkg\.com|cdnjs|typekit|sendBeacon/i;
    for (const [path, source] of seen) expect(banned.exec(source)?.[0], path).to.equal(undefined);
  });
});
