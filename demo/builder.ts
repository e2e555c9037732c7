/**
 * The snippet builder (demo/builder.html). Everything it offers comes from `custom-elements.json`:
 * the elements, every attribute, the `--stat-*` properties and the slots. The preview is the snippet
 * itself, rendered in a fresh sandboxed frame with the same script the page uses (`lib/preview.ts`),
 * so what a webmaster sees is what their page will show, warnings included.
 */
import { en } from '../src/i18n/en.js';
import { es } from '../src/i18n/es.js';
import { checkUrl } from '../src/lib/safe-url.js';
import { h, loadManifest, replaceChildren, withCode, type Child } from './lib/dom.js';
import { contentNodes, fallbackFor, hasContentSlot, linesOf, renderedLinks } from './lib/fallback.js';
import {
  displayDefault,
  elementsOf,
  hasExplicitOff,
  isColorProperty,
  type AttributeInfo,
  type ElementInfo,
  type RawManifest,
} from './lib/manifest.js';
import { fitFrame, PREVIEW_SANDBOX, renderPreview as renderWidget } from './lib/preview.js';
import { buildSnippet, integrityFromDigest, isSafeCssValue, type FallbackNode } from './lib/snippet.js';
import { checkAttribute, isUnsafe, snippetValue, suggestedValues } from './lib/validate.js';

/** Languages with a complete translation table (the element falls back to English for others). */
const LANGUAGES: [string, string][] = [
  ['en', en.languageName],
  ['es', es.languageName],
];

interface State {
  element: ElementInfo;
  values: Map<string, string | null>;
  lang: string;
  theme: Map<string, string>;
  baseUrl: string;
  integrity: string;
  /** false: a plugin or the theme already loads the script, so the snippet leaves its line out. */
  includeScript: boolean;
  fallback: FallbackNode[];
  /** For an element whose content is what it shows (`hasContentSlot`): one item per line. */
  content: string;
}

/** Example content, so the preview shows something at once (the San Diego STAT! page's facts). */
const EXAMPLE_CONTENT = [
  'Sex trafficking in San Diego County is an estimated $810 million business.',
  'The average age of entry into "the life" is 15 years old.',
].join('\n');

const byId = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

let elements: ElementInfo[] = [];
let state: State;
let previewGeneration = 0;
let previewTimer: ReturnType<typeof setTimeout> | undefined;
/** Field checks to run again after any change (a number's region depends on `country`, hours on `timezone`). */
let revalidators: (() => void)[] = [];

/** The script the page itself uses to load the elements (the source modules in `npm start`, the bundle when built). */
function elementScript(): HTMLScriptElement {
  return document.querySelector('script[data-stat-widgets]') as HTMLScriptElement;
}

function fieldId(prefix: string, name: string): string {
  return `${prefix}-${name.replace(/[^a-z0-9-]/gi, '_')}`;
}

/** The attributes to write, in manifest order; `null` means "not set". */
function chosenAttributes(): [string, string][] {
  const chosen: [string, string][] = [];
  for (const attribute of state.element.attributes) {
    const value = state.values.get(attribute.name);
    if (value === null || value === undefined) continue;
    if (attribute.kind !== 'boolean' && value.trim() === '') continue;
    // A value the element would refuse (an unsafe URL) never reaches a webmaster's page.
    if (isUnsafe(attribute, value)) continue;
    chosen.push([
      attribute.name,
      attribute.kind === 'boolean' ? value : snippetValue(attribute, value.trim(), state.values),
    ]);
  }
  if (state.lang !== '' && !chosen.some(([name]) => name === 'lang')) chosen.push(['lang', state.lang]);
  return chosen;
}

function chosenTheme(): [string, string][] {
  return [...state.theme].filter(([, value]) => value.trim() !== '' && isSafeCssValue(value));
}

// ── the form ─────────────────────────────────────────────────────────────────────────────────────

function renderElementPicker(): void {
  const select = h(
    'select',
    { id: 'element-select', 'aria-describedby': 'element-summary' },
    elements.map((element) => h('option', { value: element.tagName }, `<${element.tagName}>`)),
  );
  select.value = state.element.tagName;
  select.addEventListener('change', () => {
    const next = elements.find((element) => element.tagName === select.value);
    if (!next) return;
    selectElement(next);
    const url = new URL(location.href);
    url.searchParams.set('element', next.tagName);
    history.replaceState(null, '', url);
  });
  replaceChildren(
    byId('element-field'),
    h('label', { for: 'element-select' }, 'Widget'),
    select,
    h('p', { class: 'hint', id: 'element-summary' }, withCode(state.element.summary)),
  );
}

/** The ids a field's control points at with `aria-describedby`: its hint and its feedback line. */
function describedBy(id: string): string {
  return `${id}-hint ${id}-feedback`;
}

/**
 * One labelled field: label, hint (`<id>-hint`), the control(s) and a feedback line (`<id>-feedback`).
 * A checkbox comes before its label.
 */
function field(
  id: string,
  label: Child,
  hint: Child[],
  controls: Child[],
  options: { attributes?: Record<string, string>; checkbox?: boolean } = {},
): { wrapper: HTMLElement; feedback: HTMLElement } {
  const labelNode = h('label', { for: id }, label);
  const hintNode = h('p', { class: 'hint', id: `${id}-hint` }, hint);
  const feedback = h('p', { class: 'feedback', id: `${id}-feedback` });
  const wrapper = options.checkbox
    ? h('div', { class: 'field field-check', ...options.attributes }, controls, labelNode, hintNode, feedback)
    : h('div', { class: 'field', ...options.attributes }, labelNode, hintNode, controls, feedback);
  return { wrapper, feedback };
}

function setFeedback(control: HTMLElement, feedback: HTMLElement, message: string, ok: boolean | null): void {
  feedback.textContent = message;
  feedback.dataset.state = ok === null ? '' : ok ? 'ok' : 'error';
  if (ok === false) control.setAttribute('aria-invalid', 'true');
  else control.removeAttribute('aria-invalid');
}

function attributeField(attribute: AttributeInfo): HTMLElement {
  const id = fieldId('attr', attribute.name);
  const defaultText = displayDefault(attribute.defaultText);
  const hint = [
    ...withCode(attribute.description),
    ...(defaultText !== '' && attribute.kind !== 'boolean'
      ? [' Default: ', h('code', {}, defaultText), '.']
      : []),
  ];
  const label = h('code', {}, attribute.name);
  const attributes = { 'data-attribute': attribute.name };

  // Booleans: a checkbox. When the element documents an explicit `name="false"` (an option that is on
  // by default), a three-way choice instead, because a bare boolean attribute can only switch on.
  if (attribute.kind === 'boolean' && !hasExplicitOff(attribute)) {
    const checkbox = h('input', { type: 'checkbox', id, 'aria-describedby': describedBy(id) });
    checkbox.checked = state.values.get(attribute.name) === '';
    checkbox.addEventListener('change', () => {
      state.values.set(attribute.name, checkbox.checked ? '' : null);
      schedulePreview();
    });
    return field(id, label, hint, [checkbox], { attributes, checkbox: true }).wrapper;
  }

  if (attribute.kind === 'boolean' || attribute.kind === 'choice') {
    const options: [string, string][] =
      attribute.kind === 'boolean'
        ? [
            ['on', `on (${attribute.name})`],
            ['false', `off (${attribute.name}="false")`],
          ]
        : attribute.choices.map((choice) => [choice, choice]);
    const select = h(
      'select',
      { id, 'aria-describedby': describedBy(id) },
      h('option', { value: '' }, defaultText ? `Not set (default: ${defaultText})` : 'Not set'),
      options.map(([value, text]) => h('option', { value }, text)),
    );
    select.addEventListener('change', () => {
      const value = select.value;
      state.values.set(
        attribute.name,
        value === '' ? null : attribute.kind === 'boolean' && value === 'on' ? '' : value,
      );
      schedulePreview();
    });
    return field(id, label, hint, [select], { attributes }).wrapper;
  }

  const suggestions = suggestedValues(attribute, state.element);
  const listId = `${id}-suggestions`;
  const input = h('input', {
    id,
    type: attribute.kind === 'number' ? 'number' : 'text',
    'aria-describedby': describedBy(id),
    autocomplete: 'off',
    spellcheck: 'false',
    list: suggestions.length > 0 ? listId : undefined,
  });
  input.value = state.values.get(attribute.name) ?? '';
  const datalist =
    suggestions.length > 0
      ? h(
          'datalist',
          { id: listId },
          suggestions.map((value) => h('option', { value })),
        )
      : null;
  const { wrapper, feedback } = field(id, label, hint, [input, datalist], { attributes });
  const validate = (): void => {
    const result = checkAttribute(attribute, input.value, state.values);
    setFeedback(input, feedback, result?.message ?? '', result ? result.state === 'ok' : null);
  };
  input.addEventListener('input', () => {
    state.values.set(attribute.name, input.value === '' ? null : input.value);
    schedulePreview();
  });
  revalidators.push(validate);
  validate();
  return wrapper;
}

/** The element's own content (its default slot), one item per line: each becomes a `<p>`. */
function contentField(): HTMLElement | null {
  const slot = state.element.slots.find((candidate) => candidate.name === '');
  if (!slot || !hasContentSlot(state.element.slots)) return null;
  const id = 'content';
  const textarea = h('textarea', { id, rows: '5', spellcheck: 'true', 'aria-describedby': describedBy(id) });
  textarea.value = state.content;
  textarea.addEventListener('input', () => {
    state.content = textarea.value;
    schedulePreview();
  });
  const hint = [...withCode(slot.description), ' One per line; each becomes a paragraph you can edit later.'];
  return field(id, 'Content', hint, [textarea], { attributes: { 'data-content': '' } }).wrapper;
}

function renderAttributeFields(): void {
  const attributes = state.element.attributes.filter((attribute) => attribute.name !== 'lang');
  revalidators = [];
  replaceChildren(
    byId('attribute-fields'),
    h('legend', {}, 'Attributes'),
    contentField(),
    attributes.length === 0 ? h('p', {}, 'This widget has no attributes.') : null,
    attributes.map(attributeField),
  );
}

function renderLanguageField(): void {
  const id = 'lang-select';
  const select = h(
    'select',
    { id, 'aria-describedby': describedBy(id) },
    h('option', { value: '' }, 'The page’s language (no lang attribute)'),
    LANGUAGES.map(([code, name]) => h('option', { value: code }, `${name} (${code})`)),
  );
  select.value = state.lang;
  select.addEventListener('change', () => {
    state.lang = select.value;
    schedulePreview();
  });
  const hint = [
    'Without a ',
    h('code', {}, 'lang'),
    ' attribute the widget follows your page’s ',
    h('code', {}, '<html lang>'),
    '; English is used for languages it does not have.',
  ];
  replaceChildren(
    byId('language-fields'),
    h('legend', {}, 'Language'),
    field(id, 'Language of the widget’s own text', hint, [select], {
      attributes: { 'data-attribute': 'lang' },
    }).wrapper,
  );
}

function themeField(name: string, description: string, fallback: string): HTMLElement {
  const id = fieldId('css', name);
  const color = isColorProperty(name);
  const input = h('input', {
    id,
    type: 'text',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: fallback || undefined,
    'aria-describedby': describedBy(id),
  });
  input.value = state.theme.get(name) ?? '';
  const picker = color
    ? h('input', { type: 'color', id: `${id}-picker`, 'aria-label': `Pick a colour for ${name}` })
    : null;
  const { wrapper, feedback } = field(
    id,
    h('code', {}, name),
    withCode(description),
    [h('div', { class: 'theme-input' }, input, picker)],
    { attributes: { 'data-css-property': name } },
  );
  const update = (): void => {
    const value = input.value.trim();
    state.theme.set(name, value);
    let valid = value === '' || isSafeCssValue(value);
    if (valid && value !== '' && color) valid = CSS.supports('color', value);
    setFeedback(
      input,
      feedback,
      valid ? '' : `“${value}” is not a ${color ? 'colour' : 'value'} this builder accepts.`,
      valid ? null : false,
    );
    schedulePreview();
  };
  input.addEventListener('input', update);
  picker?.addEventListener('input', () => {
    input.value = picker.value;
    update();
  });
  return wrapper;
}

function renderThemeFields(): void {
  const properties = state.element.cssProperties;
  // Colours first: they are what clubs change most.
  const ordered = [...properties].sort(
    (a, b) => Number(isColorProperty(b.name)) - Number(isColorProperty(a.name)),
  );
  replaceChildren(
    byId('theme-fields'),
    h('legend', {}, 'Theme'),
    h(
      'p',
      { class: 'hint' },
      'Leave a field empty to keep the widget’s own default. Colours accept any CSS colour, such as #005ea5.',
    ),
    ordered.map((property) =>
      themeField(property.name, property.description, displayDefault(property.detail)),
    ),
  );
}

function renderHostingFields(): void {
  const id = 'base-url';
  const input = h('input', {
    id,
    type: 'text',
    inputmode: 'url',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': describedBy(id),
  });
  input.value = state.baseUrl;
  const download = h(
    'a',
    { href: new URL('stat-widgets.js', document.baseURI).href, download: 'stat-widgets.js' },
    'Download stat-widgets.js',
  );
  const hint = [
    'Upload stat-widgets.js to your own site (recommended: no third party sees your visitors) and enter the folder’s address, such as https://your-site.example/js/. ',
    download,
    '.',
  ];
  const { wrapper, feedback } = field(id, 'Folder address of stat-widgets.js', hint, [input]);
  input.addEventListener('input', () => {
    const value = input.value.trim();
    // A folder on the same site (`/js/`) or an absolute http(s) URL; nothing else can load a script safely.
    const result = value === '' || value.startsWith('/') ? null : checkUrl(value);
    const ok = result === null || result.ok;
    setFeedback(
      input,
      feedback,
      ok
        ? ''
        : `This address ${result?.ok === false ? result.reason : ''}; the snippet keeps the last good one.`,
      ok ? null : false,
    );
    if (ok) {
      state.baseUrl = value;
      updateSnippet();
    }
  });
  replaceChildren(
    byId('hosting-fields'),
    h('legend', {}, 'Where you host the script'),
    scriptPresentField(),
    wrapper,
    h('p', { class: 'hint', id: 'integrity-note' }, integrityNote()),
  );
}

/** "The script is already on the page": for sites where a plugin or the theme loads it on every page. */
function scriptPresentField(): HTMLElement {
  const id = 'script-present';
  const checkbox = h('input', { type: 'checkbox', id, 'aria-describedby': describedBy(id) });
  checkbox.checked = !state.includeScript;
  checkbox.addEventListener('change', () => {
    state.includeScript = !checkbox.checked;
    byId('snippet-help').textContent = snippetHelp();
    updateSnippet();
  });
  const hint = [
    'For example the stat-widgets WordPress plugin, or a script line your theme already has. The snippet then has only the widget: loading the script twice would only download it twice.',
  ];
  return field(id, 'The script is already on the page (plugin or theme)', hint, [checkbox], {
    checkbox: true,
  }).wrapper;
}

function snippetHelp(): string {
  return state.includeScript
    ? 'Paste this where the widget should appear. The first line is needed once per page, even with several widgets.'
    : 'Paste this where the widget should appear. Your plugin or theme loads the script, so the snippet has no script line.';
}

function integrityNote(): string {
  return state.integrity
    ? `The snippet carries this file’s integrity hash (${state.integrity.slice(0, 18)}…): browsers refuse a copy that was changed. Host exactly this file; after an update, build a new snippet.`
    : 'The bundle could not be read, so the snippet has no integrity hash (run npm run build).';
}

// ── preview and snippet ──────────────────────────────────────────────────────────────────────────

/** Debounced: a preview starts 250 ms after the last change; a change also cancels a preview under way. */
function schedulePreview(): void {
  for (const validate of revalidators) validate();
  clearTimeout(previewTimer);
  previewGeneration += 1;
  byId('preview-section').dataset.state = 'updating';
  previewTimer = setTimeout(() => void renderPreview(previewGeneration), 250);
}

function previewFrame(): HTMLIFrameElement {
  let frame = document.getElementById('preview-frame') as HTMLIFrameElement | null;
  if (!frame) {
    frame = h('iframe', { id: 'preview-frame', title: 'Live preview', sandbox: PREVIEW_SANDBOX });
    byId('preview-box').append(frame);
  }
  return frame;
}

async function renderPreview(generation: number): Promise<void> {
  const tagName = state.element.tagName;
  const frame = previewFrame();
  frame.title = `Live preview of <${tagName}>`;
  const source = elementScript();
  const rendered = await renderWidget(
    frame,
    {
      tagName,
      attributes: chosenAttributes(),
      theme: chosenTheme(),
      // The demo site's copy of the bundle that keeps the warnings' sentences (stat-widgets.js logs codes).
      script: {
        src: source.dataset.previewSrc
          ? new URL(source.dataset.previewSrc, document.baseURI).href
          : source.src,
        type: source.type,
      },
      content: contentLines(),
    },
    () => generation === previewGeneration,
  );
  if (!rendered) return;

  state.fallback = hasContentSlot(state.element.slots)
    ? contentNodes(contentLines())
    : fallbackFor(rendered.element, state.element.slots);
  renderChecks(renderedLinks(rendered.element), rendered.warnings);
  fitFrame(frame);
  updateSnippet();
  byId('preview-section').dataset.state = 'ready';
  document.dispatchEvent(new CustomEvent('builder-ready', { detail: { tagName } }));
}

/** The content lines the preview and the snippet carry (none for elements without a content slot). */
function contentLines(): string[] {
  if (!hasContentSlot(state.element.slots)) return [];
  return linesOf(state.content);
}

function renderChecks(links: { href: string; text: string }[], warnings: string[]): void {
  const linkItems = links.map((link) => h('li', {}, h('code', {}, link.href), ' — ', link.text));
  replaceChildren(
    byId('preview-checks'),
    h('h3', {}, 'What the widget links to'),
    links.length === 0
      ? h('p', {}, 'No links.')
      : h('ul', { class: 'links', id: 'preview-links' }, linkItems),
    h('h3', {}, 'Warnings from the widget'),
    warnings.length === 0
      ? h('p', { id: 'preview-warnings' }, 'None: every value was accepted.')
      : h(
          'ul',
          { class: 'warnings', id: 'preview-warnings' },
          warnings.map((warning) => h('li', {}, warning)),
        ),
  );
}

function currentSnippet(): string {
  return buildSnippet({
    tagName: state.element.tagName,
    attributes: chosenAttributes(),
    theme: chosenTheme(),
    baseUrl: state.baseUrl,
    integrity: state.integrity,
    includeScript: state.includeScript,
    fallback: state.fallback,
  });
}

function updateSnippet(): void {
  const textarea = byId<HTMLTextAreaElement>('snippet');
  textarea.value = currentSnippet();
  textarea.rows = Math.min(24, textarea.value.split('\n').length + 1);
  byId('copy-status').textContent = '';
}

async function copySnippet(): Promise<void> {
  const text = currentSnippet();
  const status = byId('copy-status');
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = 'Copied. Paste it into your page.';
  } catch {
    // No clipboard permission (an old browser, or an embedded page): select the text instead.
    const textarea = byId<HTMLTextAreaElement>('snippet');
    textarea.focus();
    textarea.select();
    status.textContent = 'Press Ctrl+C (or ⌘+C) to copy the selected snippet.';
  }
}

// ── start ────────────────────────────────────────────────────────────────────────────────────────

function selectElement(element: ElementInfo): void {
  const values = new Map<string, string | null>();
  state = { ...state, element, values, theme: new Map(), fallback: [], content: EXAMPLE_CONTENT };
  renderElementPicker();
  renderAttributeFields();
  renderThemeFields();
  schedulePreview();
}

async function bundleIntegrity(): Promise<string> {
  try {
    const response = await fetch(new URL('stat-widgets.js', document.baseURI));
    if (!response.ok) return '';
    return integrityFromDigest(await crypto.subtle.digest('SHA-384', await response.arrayBuffer()));
  } catch {
    return '';
  }
}

async function start(): Promise<void> {
  const loading = byId('builder-loading');
  try {
    elements = elementsOf((await loadManifest()) as RawManifest);
  } catch (error) {
    loading.textContent = `Could not read custom-elements.json (${String(error)}).`;
    return;
  }
  if (elements.length === 0) {
    loading.textContent = 'No widgets are in custom-elements.json yet.';
    return;
  }
  const requested = new URL(location.href).searchParams.get('element');
  const first = elements.find((element) => element.tagName === requested) ?? elements[0]!;
  state = {
    element: first,
    values: new Map(),
    lang: '',
    theme: new Map(),
    baseUrl: new URL('./', document.baseURI).href,
    integrity: await bundleIntegrity(),
    includeScript: true,
    fallback: [],
    content: EXAMPLE_CONTENT,
  };
  renderLanguageField();
  renderHostingFields();
  selectElement(first);
  byId('copy-snippet').addEventListener('click', () => void copySnippet());
  loading.remove();
  byId('builder-app').hidden = false;
  // A documentation page links to one option's field (`#attr-variant`), which exists only now.
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  target?.scrollIntoView({ block: 'center' });
  target?.focus();
}

void start();
