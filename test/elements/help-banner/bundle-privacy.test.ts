import { expect } from '@open-wc/testing';
import { DISMISSAL_KEY_PREFIX } from '../../../src/lib/dismissal.js';
import { addElement, closeBundlePages, loadBundlePage } from '../../bundle/bundle-page.js';

/**
 * Check 13 as written: one card and one banner from the built bundle, under the strict CSP with
 * Trusted Types. Nothing is requested beyond the bundle, no cookie is set, and storage stays untouched
 * until the visitor hides the banner — then exactly one neutral sessionStorage entry appears.
 */
const storageOf = (win: Window) =>
  JSON.stringify([Object.entries(win.sessionStorage), Object.entries(win.localStorage)]);

describe('<help-banner> from dist/stat-widgets.js, beside a <hotline-card>', () => {
  afterEach(() => {
    closeBundlePages();
    for (const key of Object.keys(sessionStorage))
      if (key.startsWith(DISMISSAL_KEY_PREFIX)) sessionStorage.removeItem(key);
  });

  it('requests nothing, stores nothing until dismissed, and logs nothing under the strict CSP', async () => {
    const page = await loadBundlePage('classic-once.html?csp=strict');
    const before = storageOf(page.win);
    const banner = await addElement(page, 'help-banner', {
      position: 'top',
      exit: '',
      message: 'Bundle privacy check',
    });
    await addElement(page, 'hotline-card', { preset: 'us-trafficking' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(storageOf(page.win)).to.equal(before);

    banner.shadowRoot!.querySelector<HTMLButtonElement>('.dismiss')!.click();
    await banner.updateComplete;
    const added = Object.keys(page.win.sessionStorage).filter((key) => !before.includes(key));
    expect(added).to.have.length(1);
    expect(added[0]).to.match(/^sw-d-[0-9a-z]{7}$/);
    expect(Object.entries(page.win.localStorage)).to.deep.equal(JSON.parse(before)[1]);

    const requested = page.win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => !path.startsWith('/__web-dev-server')); // the test server's reload socket
    expect(requested.sort()).to.deep.equal(['/dist/stat-widgets.js', '/test/bundle/pages/probe.js']);
    expect(page.doc.cookie).to.equal('');
    expect(page.probe.errors).to.deep.equal([]);
    expect(page.probe.warnings).to.deep.equal([]);
    expect(page.probe.violations).to.deep.equal([]);
  });
});
