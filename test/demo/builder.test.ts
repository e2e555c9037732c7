import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { sampleAttributes } from '../bundle/bundle-page.js';
import { fallbackSlot } from '../../demo/lib/fallback.js';
import { isColorProperty, type ElementInfo } from '../../demo/lib/manifest.js';
import { checkAttribute, isUnsafe } from '../../demo/lib/validate.js';
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

type Rendered = HTMLElement & { updateComplete?: Promise<unknown> };

async function openBuilder(options: { width?: number; height?: number } = {}): Promise<DemoPage> {
  const page = await loadDemoPage('builder.html', options);
  await waitFor(() => page.doc.querySelector('#preview-section[data-state="ready"]'), 'the first preview');
  return page;
}

/** Chooses `tagName` in the builder and waits for its preview. */
async function chooseElement(page: DemoPage, tagName: string): Promise<void> {
  const select = page.doc.getElementById('element-select') as HTMLSelectElement;
  if (select.value !== tagName) fill(select, tagName);
  await settle(page);
}

/** Waits until the preview has caught up with every change. */
async function settle(page: DemoPage): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await waitFor(
    () => page.doc.querySelector('#preview-section[data-state="ready"]'),
    'the preview to update',
  );
}

function control(page: DemoPage, selector: string): HTMLInputElement | HTMLSelectElement {
  const found = page.doc.querySelector(`${selector} input:not([type="color"]), ${selector} select`);
  expect(found, selector).to.exist;
  return found as HTMLInputElement | HTMLSelectElement;
}

/** Fills the attribute fields with `values` the way a webmaster would choose them. */
function fillAttributes(page: DemoPage, values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values)) {
    if (name === 'lang') continue;
    const field = control(page, `[data-attribute="${name}"]`);
    if (field.localName === 'input' && field.type === 'checkbox') fill(field, value !== 'false');
    else if (
      field.localName === 'select' &&
      [...(field as HTMLSelectElement).options].some((o) => o.value === 'on')
    )
      fill(field, value === 'false' ? 'false' : 'on');
    else fill(field, value);
  }
}

function snippetText(page: DemoPage): string {
  return (page.doc.getElementById('snippet') as HTMLTextAreaElement).value;
}

/** Clicks the copy button with the mouse and returns what went to the clipboard. */
async function copyWithOneClick(page: DemoPage): Promise<string> {
  const copied: string[] = [];
  // The test cannot read the system clipboard; record what the page writes to it instead.
  Object.defineProperty(page.win.navigator, 'clipboard', {
    configurable: true,
    value: { writeText: (text: string) => (copied.push(text), Promise.resolve()) },
  });
  const button = page.doc.getElementById('copy-snippet')!;
  button.scrollIntoView({ block: 'center' });
  const frameRect = page.frame.getBoundingClientRect();
  const rect = button.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [
      Math.round(frameRect.left + rect.left + rect.width / 2),
      Math.round(frameRect.top + rect.top + rect.height / 2),
    ],
  });
  await waitFor(() => copied.length > 0, 'the copy');
  expect(page.doc.getElementById('copy-status')!.textContent).to.match(/Copied/);
  return copied[0]!;
}

/** A blank page holding only `snippet` (plus the console probe), like a fresh Custom HTML block. */
async function blankPageWith(
  snippet: string,
): Promise<{ doc: Document; probe: { errors: string[]; warnings: string[] } }> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank page</title><script src="/test/bundle/pages/probe.js"></script></head><body>${snippet}</body></html>`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & { __statProbe: { errors: string[]; warnings: string[] } };
  return { doc: win.document, probe: win.__statProbe };
}

/** What the element rendered: its shadow root's text, or (for light-DOM widgets such as forms) its own text. */
function renderedText(element: Element): string {
  const normalise = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();
  return normalise(element.shadowRoot?.textContent) || normalise(element.textContent);
}

describe('demo/builder.html (snippet builder)', () => {
  let elements: ElementInfo[];
  before(async () => {
    elements = await manifestElements();
  });
  afterEach(() => {
    closeDemoPages();
    for (const frame of Array.from(document.querySelectorAll('iframe[srcdoc]'))) frame.remove();
  });

  it('offers every attribute and CSS property in custom-elements.json, for every element', async function () {
    this.timeout(60000);
    expect(elements.length).to.be.greaterThan(0);
    const page = await openBuilder();
    const offered = [...(page.doc.getElementById('element-select') as HTMLSelectElement).options].map(
      (o) => o.value,
    );
    expect(offered).to.deep.equal(elements.map((element) => element.tagName));
    for (const element of elements) {
      await chooseElement(page, element.tagName);
      for (const attribute of element.attributes)
        expect(
          page.doc.querySelector(`[data-attribute="${attribute.name}"]`),
          `${element.tagName} ${attribute.name}`,
        ).to.exist;
      for (const property of element.cssProperties)
        expect(
          page.doc.querySelector(`[data-css-property="${property.name}"]`),
          `${element.tagName} ${property.name}`,
        ).to.exist;
    }
  });

  it('round trip: fill, copy with one click, paste into a blank page with the built bundle', async function () {
    this.timeout(120000); // one fresh preview and one fresh page per element
    const page = await openBuilder();
    // The default base URL is the builder's own folder, which holds the built bundle it hashed.
    const baseUrl = page.doc.getElementById('base-url') as HTMLInputElement;
    expect(baseUrl.value).to.equal(new URL('/dist/demo/', location.href).href);
    for (const element of elements) {
      await chooseElement(page, element.tagName);
      const attributes = sampleAttributes[element.tagName] ?? {};
      fillAttributes(page, attributes);
      fill(page.doc.getElementById('lang-select') as HTMLSelectElement, 'es');
      const colour = element.cssProperties.find((property) => isColorProperty(property.name));
      if (colour) fill(control(page, `[data-css-property="${colour.name}"]`), '#7a1f5c');
      await settle(page);

      const snippet = await copyWithOneClick(page);
      expect(snippet).to.equal(snippetText(page));
      expect(snippet).to.match(
        /^<script src="[^"]+\/dist\/demo\/stat-widgets\.js" integrity="sha384-[A-Za-z0-9+/=]+" crossorigin="anonymous" defer><\/script>/,
      );

      const blank = await blankPageWith(snippet);
      const placed = blank.doc.querySelector(element.tagName) as Rendered;
      expect(placed, element.tagName).to.exist;
      // The integrity hash matches the built bundle, or the browser would not have run it.
      await waitFor(
        () => blank.doc.defaultView!.customElements.get(element.tagName),
        `${element.tagName} defined`,
      );
      await placed.updateComplete;
      for (const [name, value] of Object.entries(attributes))
        expect(placed.getAttribute(name), name).to.equal(value);
      expect(placed.getAttribute('lang')).to.equal('es');
      if (colour)
        expect(getComputedStyle(placed).getPropertyValue(colour.name).trim(), colour.name).to.equal(
          '#7a1f5c',
        );
      // Rendered with the chosen options: the same content as the builder's live preview.
      const preview = (
        page.doc.getElementById('preview-frame') as HTMLIFrameElement
      ).contentDocument!.querySelector(element.tagName)!;
      expect(renderedText(placed), element.tagName).to.not.equal('');
      expect(renderedText(placed), element.tagName).to.equal(renderedText(preview));
      expect(blank.probe.errors, element.tagName).to.deep.equal([]);
      expect(blank.probe.warnings, element.tagName).to.deep.equal([]);

      // Without JavaScript (the same snippet, script line removed), the fallback still works: the
      // same form (same action and fields) for a form widget, else the same links as the preview.
      if (fallbackSlot(element.slots) !== null) {
        const noScript = await blankPageWith(snippet.split('\n').slice(1).join('\n'));
        const withoutJs = noScript.doc.querySelector(element.tagName)!;
        const previewForm = preview.querySelector('form');
        const names = (form: Element): string[] =>
          [...form.querySelectorAll('input, select, textarea')].map(
            (field) => field.getAttribute('name') ?? '',
          );
        if (previewForm) {
          const form = withoutJs.querySelector('form');
          expect(form, `${element.tagName} form without JavaScript`).to.exist;
          expect(form!.getAttribute('action')).to.equal(previewForm.getAttribute('action'));
          expect(names(form!)).to.deep.equal(names(previewForm));
        } else {
          const previewLinks = [...page.doc.querySelectorAll('#preview-links code')].map(
            (code) => code.textContent,
          );
          expect(previewLinks.length, `${element.tagName} links`).to.be.greaterThan(0);
          const visible = [...withoutJs.querySelectorAll('a[href]')].filter(
            (link) => link.getBoundingClientRect().width > 0,
          );
          expect(
            visible.map((link) => link.getAttribute('href')),
            `${element.tagName} without JavaScript`,
          ).to.deep.equal(previewLinks);
        }
      }
    }
  });

  it('asks for <did-you-know>’s facts, one per line, and writes each as a paragraph (as text)', async function () {
    this.timeout(60000);
    const page = await openBuilder();
    await chooseElement(page, 'did-you-know');
    const content = page.doc.querySelector('[data-content] textarea') as HTMLTextAreaElement;
    expect(content, 'a content field').to.exist;
    fill(content as unknown as HTMLInputElement, 'First fact.\n\n  Second fact with <b>markup</b>.  ');
    await settle(page);
    expect(snippetText(page)).to.include(
      '<did-you-know>\n  <p>First fact.</p>\n  <p>Second fact with &lt;b&gt;markup&lt;/b&gt;.</p>\n</did-you-know>',
    );
    const preview = (
      page.doc.getElementById('preview-frame') as HTMLIFrameElement
    ).contentDocument!.querySelector('did-you-know')!;
    expect([...preview.children].map((fact) => fact.textContent)).to.deep.equal([
      'First fact.',
      'Second fact with <b>markup</b>.',
    ]);
    expect(page.doc.getElementById('preview-warnings')!.textContent).to.match(/^None/);
    await chooseElement(page, 'hotline-card');
    expect(page.doc.querySelector('[data-content]'), 'only for elements whose content is required').to.equal(
      null,
    );
  });

  it('flags an unsafe URL with checkUrl() and keeps it out of the snippet', async function () {
    this.timeout(60000);
    const page = await openBuilder();
    let checked = 0;
    for (const element of elements) {
      const urlAttributes = element.attributes.filter((attribute) =>
        isUnsafe(attribute, 'javascript:alert(1)'),
      );
      if (urlAttributes.length === 0) continue;
      await chooseElement(page, element.tagName);
      for (const attribute of urlAttributes) {
        const input = control(page, `[data-attribute="${attribute.name}"]`) as HTMLInputElement;
        fill(input, 'javascript:alert(1)');
        await settle(page);
        expect(input.getAttribute('aria-invalid'), attribute.name).to.equal('true');
        expect(page.doc.getElementById(`${input.id}-feedback`)!.textContent).to.match(/javascript: scheme/);
        expect(snippetText(page)).to.not.include('javascript:');
        fill(input, 'https://example.org/safe');
        await settle(page);
        expect(input.hasAttribute('aria-invalid')).to.equal(false);
        expect(snippetText(page)).to.include(`${attribute.name}="https://example.org/safe"`);
        fill(input, '');
        checked += 1;
      }
    }
    expect(checked, 'URL attributes found in the manifest').to.be.greaterThan(0);
  });

  it('shows the tel: link a phone number will dial, with the phone module the elements use', async function () {
    this.timeout(60000);
    const page = await openBuilder();
    let checked = 0;
    for (const element of elements) {
      const phoneAttributes = element.attributes.filter((attribute) =>
        checkAttribute(attribute, '1-888-373-7888')?.message.startsWith('Dials'),
      );
      if (phoneAttributes.length === 0) continue;
      await chooseElement(page, element.tagName);
      for (const attribute of phoneAttributes) {
        const input = control(page, `[data-attribute="${attribute.name}"]`);
        fill(input, '1-888-373-7888');
        await settle(page);
        const feedback = page.doc.getElementById(`${input.id}-feedback`)!;
        expect(feedback.textContent, attribute.name).to.include('tel:+18883737888');
        fill(input, '12');
        await settle(page);
        expect(input.getAttribute('aria-invalid'), `${attribute.name}=12`).to.equal('true');
        fill(input, '');
        checked += 1;
      }
    }
    expect(checked, 'phone attributes found in the manifest').to.be.greaterThan(0);
  });

  it('says Open now or Closed now for hours, in the line’s time zone', async function () {
    this.timeout(60000);
    const page = await openBuilder();
    const hhmm = (offsetMinutes: number): string => {
      const at = new Date(Date.now() + offsetMinutes * 60000);
      return `${String(at.getUTCHours()).padStart(2, '0')}:${String(at.getUTCMinutes()).padStart(2, '0')}`;
    };
    let checked = 0;
    for (const element of elements) {
      const hours = element.attributes.filter((attribute) =>
        checkAttribute(attribute, '24/7', new Map([['timezone', 'UTC']]))?.message.startsWith('Open'),
      );
      if (hours.length === 0 || !element.attributes.some((attribute) => attribute.name === 'timezone'))
        continue;
      await chooseElement(page, element.tagName);
      fill(control(page, '[data-attribute="timezone"]'), 'UTC');
      for (const attribute of hours) {
        const input = control(page, `[data-attribute="${attribute.name}"]`);
        const feedback = (): string => page.doc.getElementById(`${input.id}-feedback`)!.textContent ?? '';
        fill(input, `Mo-Su ${hhmm(-60)}-${hhmm(60)}`);
        expect(feedback()).to.match(/^Open now/);
        fill(input, `Mo-Su ${hhmm(360)}-${hhmm(361)}`);
        expect(feedback()).to.match(/^Closed now/);
        fill(input, 'whenever');
        expect(input.getAttribute('aria-invalid')).to.equal('true');
        checked += 1;
      }
      await settle(page);
    }
    expect(checked, 'hours attributes found in the manifest').to.be.greaterThan(0);
  });

  it('shows a warning as its full sentence (the bundle itself logs a code)', async function () {
    this.timeout(60000);
    const page = await openBuilder();
    await chooseElement(page, 'hotline-card');
    fillAttributes(page, { preset: 'us-trafficking', country: 'USA' });
    await settle(page);
    const warnings = [...page.doc.querySelectorAll('#preview-warnings li')].map((li) => li.textContent);
    expect(warnings).to.deep.equal([
      '[stat-widgets] <hotline-card>: country "USA" is not a two-letter region code; using US.',
    ]);
  });

  it('leaves the script line out when a plugin or the theme already loads the script', async () => {
    const page = await openBuilder();
    const present = page.doc.getElementById('script-present') as HTMLInputElement;
    expect(present.checked).to.equal(false);
    expect(snippetText(page)).to.match(/^<script src=/);
    fill(present, true);
    const snippet = snippetText(page);
    expect(snippet).to.not.include('<script');
    expect(snippet).to.match(new RegExp(`^<${elements[0]!.tagName}[ >]`));
    expect(page.doc.getElementById('snippet-help')!.textContent).to.match(/no script line/);
    fill(present, false);
    expect(snippetText(page)).to.match(/^<script src=/);
  });

  it('hints, suggestions and fallback text read as a webmaster expects (no code names, no run-on words)', async function () {
    this.timeout(60000);
    const page = await openBuilder();
    for (const element of elements) {
      await chooseElement(page, element.tagName);
      const notValues = new Set([
        ...element.attributes.map((a) => a.name),
        ...element.events.map((e) => e.name),
      ]);
      for (const hint of page.doc.querySelectorAll('#attribute-fields .hint'))
        expect(hint.textContent, `${element.tagName} hint`).to.not.match(
          /Default: ([A-Z_]{3,}|null|undefined)\b/,
        );
      for (const option of page.doc.querySelectorAll<HTMLOptionElement>(
        '#attribute-fields datalist option',
      )) {
        const where = `${element.tagName} ${option.closest('[data-attribute]')!.getAttribute('data-attribute')}`;
        expect(notValues.has(option.value), `${where}: "${option.value}" is a name, not a value`).to.equal(
          false,
        );
        expect(option.value, where).to.match(/^[\p{L}\p{N}+][\p{L}\p{N}+/_.:-]*$/u);
        expect(option.value, where).to.not.match(/^[a-z]+(\.[a-z]+)+$/i);
      }
    }
    await chooseElement(page, 'help-banner');
    // The text line's note is its own words in the no-JavaScript fallback.
    expect(snippetText(page)).to.include('Text HELP to 233733 US mobile networks only');
    expect(snippetText(page)).to.not.match(/233733US/);
  });

  it('writes the script address from the base URL, and refuses an unsafe one', async () => {
    const page = await openBuilder();
    const baseUrl = page.doc.getElementById('base-url') as HTMLInputElement;
    fill(baseUrl, 'https://club.example/js');
    expect(snippetText(page)).to.match(
      /^<script src="https:\/\/club\.example\/js\/stat-widgets\.js" integrity="sha384-/,
    );
    fill(baseUrl, 'javascript:alert(1)//');
    expect(baseUrl.getAttribute('aria-invalid')).to.equal('true');
    expect(snippetText(page)).to.match(/^<script src="https:\/\/club\.example\/js\/stat-widgets\.js"/);
    fill(baseUrl, '/assets/');
    expect(snippetText(page)).to.match(/^<script src="\/assets\/stat-widgets\.js"/);
  });

  it('escapes what is typed, so a value cannot break out of its attribute', async () => {
    const page = await openBuilder();
    const element = elements.find((candidate) =>
      candidate.attributes.some((attribute) => attribute.kind === 'text' && !checkAttribute(attribute, 'x')),
    )!;
    await chooseElement(page, element.tagName);
    const attribute = element.attributes.find(
      (candidate) => candidate.kind === 'text' && !checkAttribute(candidate, 'x'),
    )!;
    fill(control(page, `[data-attribute="${attribute.name}"]`), '"><img src=x onerror=alert(1)>');
    await settle(page);
    expect(snippetText(page)).to.include(`${attribute.name}="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"`);
    const preview = (page.doc.getElementById('preview-frame') as HTMLIFrameElement).contentDocument!;
    expect(preview.querySelector('img')).to.equal(null);
  });

  it('is axe-clean, for every element', async function () {
    this.timeout(60000);
    const page = await openBuilder();
    for (const element of elements) {
      await chooseElement(page, element.tagName);
      expect(await axeViolations(page), element.tagName).to.deep.equal([]);
    }
  });

  it('is usable at 320 px: no sideways scrolling, every control fits and can be operated', async function () {
    this.timeout(60000);
    const page = await openBuilder({ width: 320, height: 640 });
    for (const element of elements) {
      await chooseElement(page, element.tagName);
      expect(reflowProblems(page), element.tagName).to.deep.equal([]);
    }
    expect(await axeViolations(page)).to.deep.equal([]);
  });
});
