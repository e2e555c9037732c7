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

  it('the bundle names no tracker, font or analytics host', async () => {
    const source = await (await fetch('/dist/stat-widgets.js')).text();
    for (const host of [
      'fonts.googleapis',
      'fonts.gstatic',
      'google-analytics',
      'googletagmanager',
      'facebook',
      'hotjar',
      'doubleclick',
      'cookieyes',
      'sendBeacon',
    ]) {
      expect(source, host).to.not.include(host);
    }
  });
});
