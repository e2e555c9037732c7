import { expect } from '@open-wc/testing';

/**
 * A developer's `import 'stat-widgets'`: the unbundled ESM build in dist/ (tsc output), with `lit`
 * resolved as a shared dependency rather than bundled.
 */
interface Manifest {
  modules: { declarations?: { customElement?: boolean; tagName?: string; name: string }[] }[];
}

describe('npm entry (dist/index.js, unbundled ESM)', () => {
  it('registers every element in the manifest and exports its class', async () => {
    // A runtime path, so type-checking does not depend on a build having run first.
    const entryUrl = '/dist/index.js';
    const entry = (await import(entryUrl)) as Record<string, unknown>;
    const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
    const elements = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      // With a tag: the base class (StatElement) is declared too, and defines no element itself.
      .filter((declaration) => declaration.customElement && declaration.tagName);
    expect(elements.length).to.be.greaterThan(0);
    for (const element of elements) {
      expect(customElements.get(element.tagName!), element.tagName).to.equal(entry[element.name]);
    }
    expect(entry.safeUrl).to.be.a('function');
    expect(entry.VERSION).to.be.a('string');
  });

  it('shares the page’s Lit instead of bundling its own copy', async () => {
    const source = await (await fetch('/dist/base/stat-element.js')).text();
    // The test server resolves bare imports, so `from 'lit'` is served as `from '…/node_modules/lit/index.js'`.
    expect(source).to.match(/from ['"](lit|[./]*node_modules\/lit\/index\.js)['"]/);
  });
});
