// The documentation pages of the demo site (demo/docs/*.html), written from two sources:
// - docs/*.md, hand-written: a guide per element (docs/<tag>.md) and the guides (docs/wordpress.md, …);
// - custom-elements.json, for each element's options, events, slots and theming tables (never written
//   by hand, so they cannot drift from the code).
// vite.config.ts calls `writeDocsSite()` before `npm start` serves and before `npm run build` builds
// the demo site, so the pages are always fresh; demo/docs/ is not committed.
//
// Markdown is rendered here, at build time, with markdown-it and raw HTML switched off: the pages run
// no Markdown code. The one exception to "text is text" is an ```html example, our own markup, which
// is shown as code and also placed in the page as a live example (without its script line: the page
// already loads the widgets). test/docs/examples.test.ts loads every such example with the bundle.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { exampleOptions, htmlExamples, withoutScriptLine } from './docs-examples.mjs';

export const DOCS_SOURCE = 'docs';
export const DOCS_OUTPUT = 'demo/docs';

/** The guides, in the order the index lists them (platforms: the WordPress plugin first). */
const GUIDES = {
  platforms: ['wordpress', 'wix', 'squarespace', 'plain-html'],
  more: ['security-headers', 'developers'],
};

const escapeHtml = (text) =>
  String(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

/** GitHub's heading ids, so a link to `wordpress.md#the-plugin` works on GitHub and on the site. */
export function slugOf(text) {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function markdown() {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  // Heading ids (GitHub's), and a scroll region around every table (wide tables scroll inside it at
  // 320 px, named by the heading above it, as on the API page).
  let lastHeading = 'Table';
  md.core.ruler.push('heading_ids', (state) => {
    const used = new Map();
    state.tokens.forEach((token, index) => {
      if (token.type !== 'heading_open') return;
      const text = state.tokens[index + 1].children.map((child) => child.content).join('');
      const base = slugOf(text);
      const count = used.get(base) ?? 0;
      used.set(base, count + 1);
      token.attrSet('id', count ? `${base}-${count}` : base);
    });
  });
  md.renderer.rules.heading_open = (tokens, index, options, env, self) => {
    lastHeading = tokens[index + 1].children.map((child) => child.content).join('');
    return self.renderToken(tokens, index, options);
  };
  md.renderer.rules.table_open = () =>
    `<div class="table-scroll" role="region" tabindex="0" aria-label="${escapeHtml(lastHeading)}"><table>\n`;
  md.renderer.rules.table_close = () => '</table></div>\n';
  // Links between the Markdown sources (`./wordpress.md#…`) become links between the pages.
  const defaultLink =
    md.renderer.rules.link_open ??
    ((tokens, index, options, env, self) => self.renderToken(tokens, index, options));
  md.renderer.rules.link_open = (tokens, index, options, env, self) => {
    const href = tokens[index].attrGet('href') ?? '';
    if (/^\.\/[a-z-]+\.md(#|$)/.test(href))
      tokens[index].attrSet('href', href.replace(/\.md(#|$)/, '.html$1'));
    return defaultLink(tokens, index, options, env, self);
  };
  md.renderer.rules.fence = (tokens, index, options, env) => {
    const token = tokens[index];
    const { language, preview, warns } = exampleOptions(token.info);
    const code = `<pre><code${language ? ` class="language-${escapeHtml(language)}"` : ''}>${escapeHtml(token.content)}</code></pre>\n`;
    if (language !== 'html') return code;
    env.examples = (env.examples ?? 0) + 1;
    const live = preview ? `<div class="example-live">${withoutScriptLine(token.content)}</div>\n` : '';
    const note = warns
      ? `<p class="hint">This example is meant to warn. The warning: <code>${escapeHtml(warns)}</code></p>\n`
      : '';
    return `<div class="example">\n${live}${code}${note}</div>\n`;
  };
  return md;
}

const code = (text) => `<code>${escapeHtml(text)}</code>`;

function table(md, caption, id, rows, columns) {
  if (rows.length === 0) return '';
  const head = columns.map((column) => `<th scope="col">${escapeHtml(column.heading)}</th>`).join('');
  const body = rows
    .map(
      (row) =>
        `<tr>${columns.map((column, index) => (index === 0 ? `<th scope="row">${column.cell(row)}</th>` : `<td>${column.cell(row)}</td>`)).join('')}</tr>`,
    )
    .join('\n');
  return `<div class="table-scroll" role="region" tabindex="0" aria-label="${escapeHtml(caption)}"><table id="${id}">
<caption>${escapeHtml(caption)}</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody></table></div>\n`;
}

/** The id of an option's field in the snippet builder (demo/builder.ts: `fieldId`, `lang-select`). */
const builderFieldId = (name) =>
  name === 'lang' ? 'lang-select' : `attr-${name.replace(/[^a-z0-9-]/gi, '_')}`;

/** The generated half of an element's page: every option, event, slot, part and custom property. */
function reference(md, element, displayDefault) {
  const tag = element.tagName;
  const inline = (text) => md.renderInline(text || '');
  const builder = `../builder.html?element=${encodeURIComponent(tag)}`;
  return [
    `<h2 id="options">Options</h2>`,
    `<p>Every option is an HTML attribute on the tag. Each <em>Try</em> link opens that option in the <a href="${builder}">snippet builder for <code>&lt;${tag}&gt;</code></a>, which shows the widget live as you change it and writes the snippet for you.</p>`,
    table(md, `<${tag}> options (attributes)`, `${tag}-attributes`, element.attributes, [
      { heading: 'Attribute', cell: (attribute) => code(attribute.name) },
      {
        heading: 'Values',
        cell: (attribute) =>
          attribute.choices.length
            ? attribute.choices.map(code).join(' ')
            : escapeHtml(attribute.kind === 'boolean' ? 'on when present' : attribute.kind),
      },
      {
        heading: 'Default',
        cell: (attribute) =>
          displayDefault(attribute.defaultText) ? code(displayDefault(attribute.defaultText)) : '—',
      },
      { heading: 'What it does', cell: (attribute) => inline(attribute.description) },
      {
        heading: 'Live example',
        cell: (attribute) =>
          `<a href="${builder}#${builderFieldId(attribute.name)}">Try <code>${escapeHtml(attribute.name)}</code></a>`,
      },
    ]),
    element.slots.length ? `<h2 id="inside-the-tag">What goes inside the tag</h2>` : '',
    table(md, `<${tag}> content (slots)`, `${tag}-slots`, element.slots, [
      { heading: 'Slot', cell: (slot) => (slot.name ? code(`slot="${slot.name}"`) : 'Directly inside') },
      { heading: 'What it is for', cell: (slot) => inline(slot.description) },
    ]),
    element.events.length
      ? `<h2 id="events">Events</h2><p>For developers who want to count clicks or react to the widget; a club needs none of them.</p>`
      : '',
    table(md, `<${tag}> events`, `${tag}-events`, element.events, [
      { heading: 'Event', cell: (event) => code(event.name) },
      { heading: 'When', cell: (event) => inline(event.description) },
    ]),
    `<h2 id="theming">Theming</h2>`,
    `<p>Set these CSS custom properties in your site's stylesheet (the snippet builder writes them for you), or style the parts with <code>${escapeHtml(tag)}::part(name)</code>. Every one has a sensible default.</p>`,
    table(md, `<${tag}> CSS custom properties`, `${tag}-css-properties`, element.cssProperties, [
      { heading: 'Property', cell: (property) => code(property.name) },
      {
        heading: 'Default',
        cell: (property) => (displayDefault(property.detail) ? code(displayDefault(property.detail)) : '—'),
      },
      { heading: 'What it sets', cell: (property) => inline(property.description) },
    ]),
    table(md, `<${tag}> parts`, `${tag}-parts`, element.cssParts, [
      { heading: 'Part', cell: (part) => code(`::part(${part.name})`) },
      { heading: 'What it is', cell: (part) => inline(part.description) },
    ]),
  ].join('\n');
}

function page({ title, body, current }) {
  const nav = [
    ['../index.html', 'Gallery'],
    ['../builder.html', 'Snippet builder'],
    ['./index.html', 'Documentation'],
    ['../api.html', 'API reference'],
  ]
    .map(
      ([href, text]) =>
        `<li><a href="${href}"${current && href === './index.html' ? ' aria-current="page"' : ''}>${text}</a></li>`,
    )
    .join('\n          ');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)} · stat-widgets</title>
    <link rel="stylesheet" href="../demo.css" />
    <script type="module" src="../main.ts" data-stat-widgets></script>
  </head>
  <body>
    <!-- Generated by scripts/docs-site.mjs from docs/*.md and custom-elements.json; do not edit. -->
    <a class="skip-link" href="#content">Skip to the content</a>
    <header class="site-header">
      <p class="site-name"><a href="../index.html">stat-widgets</a></p>
      <nav aria-label="Demo pages">
        <ul>
          ${nav}
        </ul>
      </nav>
    </header>
    <main id="content" class="docs">
${body}
    </main>
  </body>
</html>
`;
}

/** The page's title: its Markdown source's first heading, as plain text. */
const titleOf = (source) => (/^# (.*)$/m.exec(source)?.[1] ?? '').replace(/`/g, '');

/**
 * Writes demo/docs/*.html. `elements` come from demo/lib/manifest.ts (`elementsOf`), the reader the
 * builder and the API page use; `displayDefault` from the same module.
 */
export function writeDocsSite(root, { elements, displayDefault }) {
  const md = markdown();
  const read = (slug) => readFileSync(join(root, DOCS_SOURCE, `${slug}.md`), 'utf8');
  const out = join(root, DOCS_OUTPUT);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const write = (slug, source, extra = '') => {
    const env = {};
    const body = md.render(source, env) + extra;
    // The test finds the examples with htmlExamples(); it must find every one this page shows.
    if ((env.examples ?? 0) !== htmlExamples(source).length)
      throw new Error(
        `docs/${slug}.md: an \`\`\`html block that htmlExamples() does not find (scripts/docs-examples.mjs)`,
      );
    writeFileSync(
      join(out, `${slug}.html`),
      page({ title: titleOf(source), body, current: slug === 'index' }),
    );
  };

  const sources = new Set(
    readdirSync(join(root, DOCS_SOURCE))
      .filter((f) => f.endsWith('.md'))
      .map((f) => f.replace(/\.md$/, '')),
  );
  for (const element of elements) {
    if (!sources.has(element.tagName))
      throw new Error(`docs/${element.tagName}.md is missing: every element has a guide.`);
    write(element.tagName, read(element.tagName), reference(md, element, displayDefault));
  }
  for (const slug of [...GUIDES.platforms, ...GUIDES.more]) write(slug, read(slug));
  const unknown = [...sources].filter(
    (slug) =>
      slug !== 'index' &&
      !elements.some((e) => e.tagName === slug) &&
      !Object.values(GUIDES).flat().includes(slug),
  );
  if (unknown.length)
    throw new Error(
      `docs/: ${unknown.join(', ')} is neither an element's guide nor in GUIDES (scripts/docs-site.mjs).`,
    );

  const link = (slug, text) => `<li><a href="./${slug}.html">${text}</a></li>`;
  const list = (slugs) =>
    `<ul>\n${slugs.map((slug) => link(slug, escapeHtml(titleOf(read(slug))))).join('\n')}\n</ul>`;
  write(
    'index',
    read('index'),
    [
      `<h2 id="put-a-widget-on-your-site">Put a widget on your site</h2>`,
      list(GUIDES.platforms),
      `<h2 id="the-widgets">The widgets</h2>`,
      `<ul>\n${elements.map((element) => link(element.tagName, `${code(`<${element.tagName}>`)}: ${md.renderInline(element.summary.split(/(?<=\.)\s/)[0] ?? '')}`)).join('\n')}\n</ul>`,
      `<h2 id="more">More</h2>`,
      list(GUIDES.more),
    ].join('\n'),
  );
}
