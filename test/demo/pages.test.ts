import { expect } from '@open-wc/testing';
import type { ElementInfo } from '../../demo/lib/manifest.js';
import {
  axeViolations,
  closeDemoPages,
  fill,
  loadDemoPage,
  manifestElements,
  reflowProblems,
  waitFor,
  type DemoPage,
} from './demo-page.js';

function rowNames(page: DemoPage, tableId: string): string[] {
  return [...page.doc.querySelectorAll(`#${tableId} tbody th code`)].map((code) => code.textContent ?? '');
}

/** Every example in the gallery has upgraded and rendered. */
async function galleryRendered(page: DemoPage, elements: ElementInfo[]): Promise<HTMLElement[]> {
  const examples = [...page.doc.querySelectorAll<HTMLElement>(elements.map((e) => e.tagName).join(','))];
  await waitFor(
    () => examples.every((example) => page.win.customElements.get(example.localName)),
    'the gallery to upgrade',
  );
  for (const example of examples)
    await (example as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  return examples;
}

describe('demo/api.html (API reference from custom-elements.json)', () => {
  afterEach(closeDemoPages);

  it('lists every attribute, event, slot, part and CSS property of every element', async () => {
    const elements = await manifestElements();
    expect(elements.length).to.be.greaterThan(0);
    const page = await loadDemoPage('api.html');
    await waitFor(() => page.doc.body.dataset.state === 'ready', 'the reference');
    for (const element of elements) {
      const id = element.tagName;
      expect(page.doc.getElementById(`${id}-heading`)?.textContent).to.equal(`<${id}>`);
      expect(rowNames(page, `${id}-attributes`), id).to.deep.equal(element.attributes.map((a) => a.name));
      expect(rowNames(page, `${id}-events`), id).to.deep.equal(element.events.map((e) => e.name));
      expect(rowNames(page, `${id}-parts`), id).to.deep.equal(
        element.cssParts.map((p) => `::part(${p.name})`),
      );
      expect(rowNames(page, `${id}-css-properties`), id).to.deep.equal(
        element.cssProperties.map((p) => p.name),
      );
      const slots = [...page.doc.querySelectorAll(`#${id}-slots tbody th`)].map((th) => th.textContent);
      expect(slots, id).to.deep.equal(element.slots.map((slot) => slot.name || 'default (no name)'));
    }
  });

  it('is axe-clean and readable at 320 px (wide tables scroll in their own region)', async function () {
    this.timeout(60000);
    const page = await loadDemoPage('api.html', { width: 320, height: 640 });
    await waitFor(() => page.doc.body.dataset.state === 'ready', 'the reference');
    expect(reflowProblems(page)).to.deep.equal([]);
    expect(await axeViolations(page)).to.deep.equal([]);
  });
});

describe('demo/index.html (gallery)', () => {
  let elements: ElementInfo[];
  before(async () => {
    elements = await manifestElements();
  });
  afterEach(closeDemoPages);

  it('links to the builder and the API reference', async () => {
    const page = await loadDemoPage('index.html');
    const links = [...page.doc.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.include('./builder.html');
    expect(links).to.include('./api.html');
  });

  it('shows the examples in Spanish, dark and right-to-left, as a host page would set them', async function () {
    this.timeout(60000);
    const page = await loadDemoPage('index.html');
    const examples = await galleryRendered(page, elements);
    const gallery = page.doc.getElementById('gallery')!;
    const english = examples.map((example) => example.shadowRoot?.textContent ?? '');

    fill(page.doc.getElementById('gallery-lang') as HTMLSelectElement, 'es');
    fill(page.doc.getElementById('gallery-theme') as HTMLSelectElement, 'dark');
    fill(page.doc.getElementById('gallery-rtl') as HTMLInputElement, true);
    expect(gallery.lang).to.equal('es');
    expect(gallery.dir).to.equal('rtl');
    expect(page.doc.documentElement.dataset.theme).to.equal('dark');
    expect(page.win.getComputedStyle(page.doc.documentElement).colorScheme).to.equal('dark');
    await new Promise((resolve) => page.win.requestAnimationFrame(resolve));
    for (const example of examples)
      await (example as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
    // The examples follow the page: at least one shows different (Spanish) words now.
    if (examples.length > 0)
      expect(examples.map((example) => example.shadowRoot?.textContent ?? '')).to.not.deep.equal(english);
    // The choice is in the address, so a view can be shared.
    expect(new URL(page.win.location.href).searchParams.get('lang')).to.equal('es');
  });

  for (const view of ['lang=en&theme=light', 'lang=es&theme=dark&dir=rtl']) {
    it(`is axe-clean (${view})`, async function () {
      this.timeout(60000);
      const page = await loadDemoPage(`index.html?${view}`);
      await galleryRendered(page, elements);
      expect(await axeViolations(page)).to.deep.equal([]);
    });
  }

  it('is usable at 320 px', async function () {
    this.timeout(60000);
    const page = await loadDemoPage('index.html?lang=es', { width: 320, height: 640 });
    await galleryRendered(page, elements);
    expect(reflowProblems(page)).to.deep.equal([]);
    expect(await axeViolations(page)).to.deep.equal([]);
  });
});
