import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { PRESETS } from '../../src/data/presets.js';
import { en } from '../../src/i18n/en.js';
import { es } from '../../src/i18n/es.js';
import '../../src/index.js';
import { addElement, closeBundlePages, loadBundlePage } from './bundle-page.js';

/**
 * What the embed build (scripts/embed-transforms.mjs) changes in dist/stat-widgets.js, and only there:
 * warnings become codes that the docs' table (demo/lib/warning-codes.json) turns back into the
 * sentence the sources print; the presets' source URLs and dates are left out; private members are
 * renamed, while every public member in custom-elements.json keeps its name.
 */
const bundleText = async () => (await fetch('/dist/stat-widgets.js')).text();
let codes: Record<string, string>;

/** The sentence a code stands for, with the values the coded line carries. */
function sentence(code: string, values: string[]): string {
  return codes[code]!.replace(/\{(\d+)\}/g, (_, k: string) => values[Number(k)]!);
}

describe('the embed bundle: warning codes, presets without sources, mangled private members', () => {
  before(async () => {
    codes = await (await fetch('/demo/lib/warning-codes.json')).json();
  });
  afterEach(closeBundlePages);

  it('logs a bad attribute as a code and its value; the table gives the sentence the sources log', async () => {
    const page = await loadBundlePage('classic-once.html');
    await addElement(page, 'hotline-card', { preset: 'us-trafficking', variant: 'compactt' });
    expect(page.probe.warnings).to.have.length(1);
    const match =
      /^\[stat-widgets\] <hotline-card>: (SW-[0-9a-z]{4}) (.*) \(see \1 in the stat-widgets README\)$/.exec(
        page.probe.warnings[0]!,
      );
    expect(match, page.probe.warnings[0]).to.not.equal(null);
    const [, code, values] = match!;

    // The same card from the sources (as npm users and the tests get it) logs the whole sentence.
    const warn = sinon.stub(console, 'warn');
    try {
      await fixture(html`<hotline-card preset="us-trafficking" variant="compacttt"></hotline-card>`);
      const source = warn.getCalls().map((call) => String(call.args[0]));
      expect(source).to.deep.equal([
        '[stat-widgets] <hotline-card>: variant "compacttt" is not "full" or "compact"; using "full".',
      ]);
    } finally {
      warn.restore();
    }
    expect(`[stat-widgets] <hotline-card>: ${sentence(code!, values!.split(' · '))}`).to.equal(
      '[stat-widgets] <hotline-card>: variant "compactt" is not "full" or "compact"; using "full".',
    );
  });

  it('holds no sentence of the table, while the builder preview copy holds them all', async () => {
    const bundle = await bundleText();
    const preview = await (await fetch('/dist/demo/builder-preview.js')).text();
    const pieces = Object.values(codes).flatMap((text) =>
      text.split(/\{\d+\}/).filter((p) => p.length >= 16),
    );
    expect(pieces.length).to.be.greaterThan(20);
    expect(pieces.filter((piece) => bundle.includes(piece))).to.deep.equal([]);
    expect(pieces.filter((piece) => !preview.includes(piece))).to.deep.equal([]);
  });

  it("leaves out the presets' source URLs and dates, which the sources keep for the tests", async () => {
    const bundle = await bundleText();
    for (const preset of Object.values(PRESETS)) {
      expect(preset.sourceUrl, preset.id).to.match(/^https?:\/\//);
      expect(bundle.includes(preset.sourceUrl), preset.sourceUrl).to.equal(false);
      if (preset.emergencySourceUrl) expect(bundle.includes(preset.emergencySourceUrl)).to.equal(false);
      expect(bundle.includes(preset.verifiedOn), preset.verifiedOn).to.equal(false);
      // The facts themselves are there.
      expect(bundle.includes(`\`${preset.id}\``), preset.id).to.equal(true);
    }
  });

  it('renames the translation keys a page cannot name, and the elements still say every word, in both languages', async () => {
    const bundle = await bundleText();
    for (const key of Object.keys(en)) {
      const named = bundle.includes(`\`${key}\``) || bundle.includes(`${key}:`);
      expect(named, key).to.equal(!/^(quickExit|banner|mlf|facts|meeting)[A-Z]/.test(key));
    }
    const page = await loadBundlePage('classic-once.html');
    for (const [lang, table] of [
      ['en', en],
      ['es', es],
    ] as const) {
      page.doc.documentElement.lang = lang;
      const form = await addElement(page, 'mailing-list-form');
      const banner = await addElement(page, 'help-banner', { dismissible: 'true' });
      const text = `${form.textContent} ${banner.shadowRoot!.textContent}`.replace(/\s+/g, ' ');
      for (const key of [
        'mlfHeading',
        'mlfDescription',
        'mlfButton',
        'bannerLabel',
        'bannerDismiss',
      ] as const) {
        const shown =
          key === 'bannerLabel'
            ? banner.shadowRoot!.querySelector('section')!.getAttribute('aria-label')
            : text;
        expect(shown, `${lang} ${key}`).to.include(table[key]);
      }
      form.remove();
      banner.remove();
    }
  });

  it('keeps the name of every public member in custom-elements.json, and renames the private ones', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    const page = await loadBundlePage('classic-once.html');
    const domPrototype = (page.win as unknown as typeof globalThis).HTMLElement.prototype;
    // The element or its classes define the name (not the DOM: Chromium's EventTarget has a `when`).
    const ours = (el: object, name: string) => {
      for (let at = el; at && at !== domPrototype; at = Object.getPrototypeOf(at))
        if (Object.prototype.hasOwnProperty.call(at, name)) return true;
      return false;
    };
    const kept: string[] = [];
    const renamed: string[] = [];
    for (const module of manifest.modules)
      for (const declaration of module.declarations ?? []) {
        if (!declaration.customElement || !declaration.tagName) continue;
        // Rendered, so fields set on first render (a card's `model`) exist too.
        const el = (await addElement(page, declaration.tagName)) as unknown as Record<string, unknown>;
        for (const member of declaration.members ?? []) {
          if (member.static || !['field', 'method'].includes(member.kind)) continue;
          const name = `<${declaration.tagName}>.${member.name}`;
          if (member.privacy === 'private') {
            if (!ours(el, member.name)) renamed.push(name);
            else kept.push(`${name} (private, not renamed)`);
          } else if (member.name in el) kept.push(name);
          else renamed.push(`${name} (${member.privacy ?? 'public'}, renamed!)`);
        }
      }
    expect(renamed.filter((name) => name.endsWith('renamed!)'))).to.deep.equal([]);
    expect(kept.filter((name) => name.endsWith('not renamed)'))).to.deep.equal([]);
    expect(kept.length).to.be.greaterThan(40);
    expect(renamed.length).to.be.greaterThan(40);
  });
});
