/**
 * The API reference (demo/api.html), generated at runtime from `custom-elements.json`: attributes,
 * events, slots, CSS parts and CSS custom properties of every element. Nothing here is hand-written,
 * so the page cannot drift from the code.
 */
import { h, loadManifest, replaceChildren, withCode } from './lib/dom.js';
import { displayDefault, elementsOf, type ElementInfo, type RawManifest } from './lib/manifest.js';

interface Column<T> {
  heading: string;
  cell: (row: T) => Node | Node[] | string;
}

function table<T>(caption: string, id: string, rows: T[], columns: Column<T>[]): HTMLElement {
  if (rows.length === 0) return h('p', { id }, `${caption}: none.`);
  // A focusable, named scroll container: wide tables scroll inside it at 320 px instead of the page.
  return h(
    'div',
    { class: 'table-scroll', role: 'region', 'aria-label': caption, tabindex: '0' },
    h(
      'table',
      { id },
      h('caption', {}, caption),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          columns.map((column) => h('th', { scope: 'col' }, column.heading)),
        ),
      ),
      h(
        'tbody',
        {},
        rows.map((row) =>
          h(
            'tr',
            {},
            columns.map((column, index) =>
              index === 0 ? h('th', { scope: 'row' }, column.cell(row)) : h('td', {}, column.cell(row)),
            ),
          ),
        ),
      ),
    ),
  );
}

const code = (text: string): HTMLElement => h('code', {}, text);

function elementSection(element: ElementInfo): HTMLElement {
  const id = element.tagName;
  return h(
    'section',
    { class: 'api-element', id, 'aria-labelledby': `${id}-heading` },
    h('h2', { id: `${id}-heading` }, code(`<${element.tagName}>`)),
    h('p', {}, withCode(element.summary)),
    element.description && element.description !== element.summary
      ? h('p', {}, withCode(element.description))
      : null,
    h(
      'p',
      {},
      'Class ',
      code(element.className),
      '. ',
      h(
        'a',
        { href: `./builder.html?element=${encodeURIComponent(element.tagName)}` },
        `Build a <${element.tagName}> snippet`,
      ),
      '.',
    ),
    table(`<${element.tagName}> attributes`, `${id}-attributes`, element.attributes, [
      { heading: 'Attribute', cell: (attribute) => code(attribute.name) },
      { heading: 'Type', cell: (attribute) => code(attribute.typeText) },
      {
        heading: 'Default',
        cell: (attribute) => (attribute.defaultText ? code(displayDefault(attribute.defaultText)) : '—'),
      },
      { heading: 'Description', cell: (attribute) => withCode(attribute.description) },
    ]),
    table(`<${element.tagName}> events`, `${id}-events`, element.events, [
      { heading: 'Event', cell: (event) => code(event.name) },
      { heading: 'Type', cell: (event) => (event.detail ? code(event.detail) : '—') },
      { heading: 'Description', cell: (event) => withCode(event.description) },
    ]),
    table(`<${element.tagName}> slots`, `${id}-slots`, element.slots, [
      { heading: 'Slot', cell: (slot) => (slot.name ? code(slot.name) : 'default (no name)') },
      { heading: 'Description', cell: (slot) => withCode(slot.description) },
    ]),
    table(`<${element.tagName}> CSS parts`, `${id}-parts`, element.cssParts, [
      { heading: 'Part', cell: (part) => code(`::part(${part.name})`) },
      { heading: 'Description', cell: (part) => withCode(part.description) },
    ]),
    table(`<${element.tagName}> CSS custom properties`, `${id}-css-properties`, element.cssProperties, [
      { heading: 'Property', cell: (property) => code(property.name) },
      {
        heading: 'Default',
        cell: (property) => (property.detail ? code(displayDefault(property.detail)) : '—'),
      },
      { heading: 'Description', cell: (property) => withCode(property.description) },
    ]),
  );
}

async function start(): Promise<void> {
  const loading = document.getElementById('api-loading')!;
  let elements: ElementInfo[];
  try {
    elements = elementsOf((await loadManifest()) as RawManifest);
  } catch (error) {
    loading.textContent = `Could not read custom-elements.json (${String(error)}).`;
    return;
  }
  replaceChildren(
    document.getElementById('api-toc')!,
    h(
      'ul',
      {},
      elements.map((element) => h('li', {}, h('a', { href: `#${element.tagName}` }, `<${element.tagName}>`))),
    ),
  );
  replaceChildren(document.getElementById('api-content')!, elements.map(elementSection));
  loading.textContent = elements.length === 0 ? 'No widgets are in custom-elements.json yet.' : '';
  if (elements.length > 0) loading.remove();
  document.body.dataset.state = 'ready';
}

void start();
