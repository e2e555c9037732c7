import { expect } from '@open-wc/testing';
import { addElement, closeBundlePages, loadBundlePage } from './bundle-page.js';

interface Manifest {
  modules: { declarations?: { customElement?: boolean; tagName?: string }[] }[];
}

async function manifestTags(): Promise<string[]> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .map((declaration) => declaration.tagName as string)
    .sort();
}

describe('dist/stat-widgets.js (the one-script-tag bundle)', () => {
  afterEach(closeBundlePages);

  it('registers every element in custom-elements.json, as a classic deferred script', async () => {
    const page = await loadBundlePage('classic-once.html');
    const tags = await manifestTags();
    expect(tags.length).to.be.greaterThan(0);
    for (const tag of tags) expect(page.win.customElements.get(tag), tag).to.exist;
    expect([...(page.win.StatWidgets?.elements ?? [])].sort()).to.deep.equal(tags);
    expect(page.probe.errors).to.deep.equal([]);
    expect(page.probe.warnings).to.deep.equal([]);
  });

  it('loaded twice as classic scripts: registers once, no error, exactly one warning', async () => {
    const page = await loadBundlePage('classic-twice.html');
    expect(page.probe.errors).to.deep.equal([]);
    expect(page.probe.warnings).to.have.length(1);
    expect(page.probe.warnings[0]).to.match(/^\[stat-widgets\] .*loaded twice/);
    for (const tag of await manifestTags()) {
      const element = await addElement(page, tag);
      expect(element.shadowRoot?.childElementCount ?? element.childElementCount, tag).to.be.greaterThan(0);
    }
    expect(page.probe.errors).to.deep.equal([]);
  });

  it('loaded twice as module scripts: registers once, no error, exactly one warning', async () => {
    const page = await loadBundlePage('module-twice.html');
    expect(page.win.StatWidgets?.version).to.be.a('string');
    expect(page.probe.errors).to.deep.equal([]);
    expect(page.probe.warnings).to.have.length(1);
    expect(page.probe.warnings[0]).to.match(/loaded twice/);
    for (const tag of await manifestTags()) expect(page.win.customElements.get(tag), tag).to.exist;
  });

  it('renders every element under a strict CSP with Trusted Types, with no violation', async () => {
    const page = await loadBundlePage('classic-once.html?csp=strict');
    // The header really is in force: an inline style attribute would be blocked and reported.
    const policyCheck = page.doc.createElement('div');
    page.doc.body.append(policyCheck);
    policyCheck.setAttribute('style', 'color: red');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(page.probe.violations.some((v) => v.startsWith('style-src'))).to.equal(true);
    page.probe.violations.length = 0;
    policyCheck.remove();

    for (const tag of await manifestTags()) {
      const element = await addElement(page, tag);
      expect(element.shadowRoot?.childElementCount ?? element.childElementCount, tag).to.be.greaterThan(0);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(page.probe.violations).to.deep.equal([]);
    expect(page.probe.errors).to.deep.equal([]);
  });
});
