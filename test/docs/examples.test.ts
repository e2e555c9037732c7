import { expect } from '@open-wc/testing';
import { htmlExamples, withoutScriptLine, type HtmlExample } from '../../scripts/docs-examples.mjs';
import { elementsOf, type RawManifest } from '../../demo/lib/manifest.js';
import type { Probe } from '../bundle/bundle-page.js';
import { waitFor } from '../demo/demo-page.js';
import { exampleSources, fetchText } from './docs-site.js';

/**
 * Every ```html example in the README and in docs/*.md, loaded into a page of its own with the built
 * bundle (dist/stat-widgets.js with `defer`, as the snippets load it; the example's own script line is
 * that bundle):
 * each of our elements in it upgrades and shows something, and the console stays silent. An example
 * marked `warns: <line>` must print exactly that warning (scripts/docs-examples.mjs has the markers).
 */

interface ExamplePage {
  win: Window & { __statProbe: Probe };
  doc: Document;
}

const frames: HTMLIFrameElement[] = [];

async function loadExample(markup: string): Promise<ExamplePage> {
  sessionStorage.clear(); // a banner hidden by an earlier test would stay hidden
  localStorage.clear();
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px; border: 0';
  // No top navigation from an exit example; the page otherwise behaves like a club's.
  frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-forms allow-popups');
  frame.srcdoc = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <script src="/test/bundle/pages/probe.js"></script>
    <script src="/dist/stat-widgets.js" defer></script>
  </head>
  <body>
${markup}
  </body>
</html>`;
  const loaded = new Promise<void>((resolve) =>
    frame.addEventListener('load', () => resolve(), { once: true }),
  );
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const win = frame.contentWindow as ExamplePage['win'];
  return { win, doc: win.document };
}

/** A box on screen with some size: the element shows something, not an empty or hidden box. */
function visibleBoxes(root: ParentNode): number {
  return [...root.querySelectorAll('*')].filter((node) => {
    const rect = node.getBoundingClientRect();
    return rect.width > 1 && rect.height > 1;
  }).length;
}

type Rendered = HTMLElement & { renderRoot?: HTMLElement | ShadowRoot; updateComplete?: Promise<unknown> };

describe('documentation examples (README.md and docs/*.md, with the built bundle)', () => {
  let tags: string[];
  let codes: Record<string, string>;
  const examples: { source: string; index: number; example: HtmlExample }[] = [];

  before(async () => {
    tags = elementsOf((await (await fetch('/custom-elements.json')).json()) as RawManifest).map(
      (e) => e.tagName,
    );
    codes = await (await fetch('/demo/lib/warning-codes.json')).json();
    for (const source of await exampleSources())
      htmlExamples(await fetchText(`/${source}`)).forEach((example, index) =>
        examples.push({ source, index: index + 1, example }),
      );
  });
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  /**
   * A coded bundle warning as the sentence the sources print (the table of docs/developers.md): the
   * message's code with its values, and any code among the values (a coded branch of a condition).
   */
  const sentence = (line: string): string => {
    const match =
      /^(\[stat-widgets\] <[a-z-]+>: )(SW-[0-9a-z]{4}) ?(.*) \(see \2 in the stat-widgets README\)$/.exec(
        line,
      );
    if (!match || !codes[match[2]!]) return line;
    const values = match[3]!.split(' · ').map((value) => {
      const branch = /^(SW-[0-9a-z]{4}) ?(.*)$/.exec(value);
      return branch && codes[branch[1]!] ? codes[branch[1]!]!.replace(/\{\d+\}/g, branch[2]!) : value;
    });
    return match[1] + codes[match[2]!]!.replace(/\{(\d+)\}/g, (_, k: string) => values[Number(k)] ?? '');
  };

  it('finds the examples: the README has one, and every element has several', async () => {
    expect(examples.filter((e) => e.source === 'README.md')).to.have.length.greaterThan(0);
    for (const tag of tags)
      expect(
        examples.filter((e) => e.source === `docs/${tag}.md`),
        `docs/${tag}.md`,
      ).to.have.length.greaterThan(1);
  });

  it('renders every example, with no console error and no warning but the one it is marked with', async function () {
    this.timeout(180000);
    const failures: string[] = [];
    for (const { source, index, example } of examples) {
      const name = `${source} example ${index}`;
      const page = await loadExample(withoutScriptLine(example.code));
      const elements = [...page.doc.body.querySelectorAll<Rendered>(tags.join(','))];
      if (elements.length === 0) failures.push(`${name}: none of our elements in it`);
      for (const element of elements) {
        // Upgraded, rendered into its render root (a shadow root; <mailing-list-form> renders into
        // the page by design), and something of it on screen.
        await waitFor(
          () => element.matches(':defined') && element.renderRoot,
          `${name}: <${element.localName}> to upgrade`,
        );
        await element.updateComplete;
        await new Promise((resolve) => page.win.requestAnimationFrame(resolve));
        const root = element.renderRoot!;
        if (root !== element && root !== element.shadowRoot)
          failures.push(`${name}: <${element.localName}> has no shadow root`);
        if (visibleBoxes(root) === 0) failures.push(`${name}: <${element.localName}> shows nothing`);
      }
      const probe = page.win.__statProbe;
      const expected = example.warns ? [example.warns] : [];
      const warnings = probe.warnings.map(sentence);
      if (JSON.stringify(warnings) !== JSON.stringify(expected))
        failures.push(`${name}: warnings ${JSON.stringify(warnings)}, expected ${JSON.stringify(expected)}`);
      if (probe.errors.length) failures.push(`${name}: errors ${JSON.stringify(probe.errors)}`);
      if (probe.violations.length) failures.push(`${name}: CSP reports ${JSON.stringify(probe.violations)}`);
      for (const frame of frames.splice(0)) frame.remove();
    }
    expect(failures).to.deep.equal([]);
  });

  it("hears the bundle's warnings and reads them back as the sentences the sources print", async () => {
    const page = await loadExample(
      '<hotline-card preset="us-trafficking" variant="compactt"></hotline-card><hotline-card preset="nope"></hotline-card>',
    );
    await waitFor(() => page.win.__statProbe.warnings.length > 1, 'the warnings');
    expect(page.win.__statProbe.warnings.map(sentence)).to.deep.equal([
      '[stat-widgets] <hotline-card>: variant "compactt" is not "full" or "compact"; using "full".',
      '[stat-widgets] <hotline-card>: unknown preset "nope" (known presets: us-trafficking, us-988, us-ncmec, mx-trafficking, ca-trafficking, uk-modern-slavery); the card shows no name and phone until you set a known preset, or name and phone.',
    ]);
  });
});

describe('README.md', () => {
  it('is at most 12 KB', async () => {
    const bytes = (await (await fetch('/README.md')).arrayBuffer()).byteLength;
    expect(bytes).to.be.at.most(12 * 1024);
  });
});
