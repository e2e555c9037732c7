/**
 * Other scripts on the page (issue 8, part 6): another copy of Lit, of a different version, and our
 * bundle loaded twice. Both keep working.
 *
 * Decision: the other copy is a real different version, not ours relabelled. `vendor/host-lit-2.8.0.js`
 * is "another plugin" (`<host-lit-widget>`, a click counter) built with Lit 2.8.0 (lit-html 2.8,
 * ReactiveElement 1.6), the major version many WordPress plugins still ship. It is a committed test
 * fixture, rebuilt by `scripts/vendor-host-lit.mjs` (which installs lit@2.8.0 into a temporary
 * folder): no dependency was added.
 *
 * Trusted Types: every copy of Lit creates a policy named `lit-html`, and under the Foundation's
 * `trusted-types lit-html` the second `createPolicy` throws, so whichever copy loads second does not
 * run at all. Sites with Trusted Types and another Lit must allow duplicates:
 * `trusted-types lit-html 'allow-duplicates'` (the `?csp=strict-shared-lit` header). Our bundle loaded
 * twice needs no such directive: its load-once guard stops the second copy before its Lit runs.
 */
import { expect } from '@open-wc/testing';
import { closeBundlePages, loadBundlePage, type BundlePage } from './bundle-page.js';
import { addEveryElement, controlsOf, exerciseActions, frames, visibleTextNodes } from './hostile-kit.js';

type LitWindow = Window & { litHtmlVersions?: string[] };

async function hostWidgetWorks(page: BundlePage): Promise<void> {
  const widget = page.doc.querySelector('host-lit-widget') as HTMLElement & {
    updateComplete: Promise<unknown>;
  };
  expect(page.win.customElements.get('host-lit-widget'), 'the other Lit widget is defined').to.exist;
  await widget.updateComplete;
  const button = widget.shadowRoot!.querySelector('button')!;
  const before = Number(button.textContent!.replace('Clicked ', ''));
  button.click();
  button.click();
  await widget.updateComplete;
  expect(button.textContent).to.equal(`Clicked ${before + 2}`);
}

async function ourElementsWork(page: BundlePage): Promise<void> {
  for (const host of await addEveryElement(page)) {
    expect(
      visibleTextNodes(host).length + controlsOf(host).length,
      `<${host.localName}> renders`,
    ).to.be.greaterThan(0);
    await exerciseActions(page, host);
  }
  await frames(page);
}

describe('other scripts on the page (built bundle)', () => {
  afterEach(closeBundlePages);

  for (const order of ['first', 'last'] as const) {
    it(`another copy of Lit (2.8.0) loaded ${order === 'first' ? 'before' : 'after'} our bundle: both work`, async () => {
      const page = await loadBundlePage(`other-lit-${order}.html`);
      expect((page.win as LitWindow).litHtmlVersions, 'two Lit runtimes').to.include.members([
        '2.8.0',
        '3.3.3',
      ]);
      await hostWidgetWorks(page);
      await ourElementsWork(page);
      await hostWidgetWorks(page);
      expect(page.probe.errors).to.deep.equal([]);
      expect(page.probe.warnings).to.deep.equal([]);
    });

    it(`the same under strict CSP with Trusted Types 'allow-duplicates' (Lit 2.8.0 ${order === 'first' ? 'before' : 'after'} ours)`, async () => {
      const page = await loadBundlePage(`other-lit-${order}.html?csp=strict-shared-lit`);
      await hostWidgetWorks(page);
      await ourElementsWork(page);
      expect(page.probe.violations).to.deep.equal([]);
      expect(page.probe.errors).to.deep.equal([]);
    });
  }

  it('our bundle twice with another Lit between the copies: one warning, everything works', async () => {
    const page = await loadBundlePage('twice-with-other-lit.html');
    expect(page.probe.warnings).to.have.length(1);
    expect(page.probe.warnings[0]).to.match(/^\[stat-widgets\] .*loaded twice/);
    await hostWidgetWorks(page);
    await ourElementsWork(page);
    expect(page.probe.errors).to.deep.equal([]);
    expect(page.probe.warnings).to.have.length(1);
  });

  it('our bundle twice under the strict CSP (no allow-duplicates): no violation, everything works', async () => {
    const page = await loadBundlePage('classic-twice.html?csp=strict');
    await ourElementsWork(page);
    expect(page.probe.violations).to.deep.equal([]);
    expect(page.probe.errors).to.deep.equal([]);
    expect(page.probe.warnings).to.have.length(1);
  });
});
