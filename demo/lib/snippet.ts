/**
 * Writes the snippet a webmaster pastes: the one script tag (with a Subresource Integrity hash), an
 * optional theme rule, and the element with its attributes and no-JavaScript fallback content.
 * Pure and DOM-free; every value is escaped here, so a hostile attribute value can never break out
 * of its quotes or turn into markup on the webmaster's page.
 */

/** Escapes text for a double-quoted HTML attribute value. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes text for an HTML text node. */
export function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A valid attribute name (what the HTML parser would accept and what the manifest can contain). */
export function isAttributeName(name: string): boolean {
  return /^[a-z_:][a-z0-9_.:-]*$/i.test(name);
}

/**
 * A CSS value that is safe inside a `<style>` rule: no characters that could close the declaration,
 * the rule or the `<style>` element, and no `url(` (themes need no requests). Anything else is
 * refused rather than escaped, because the builder only offers colours and lengths.
 */
export function isSafeCssValue(value: string): boolean {
  return value.trim() !== '' && !/[;{}<>\\@"'`]|url\(|\/\*|\*\//i.test(value);
}

/** The base URL where the webmaster hosts the bundle, normalised to end with one `/`. */
export function normalizeBaseUrl(base: string): string {
  const trimmed = base.trim();
  if (trimmed === '') return '';
  return trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
}

/** `sha384-…` from the raw digest bytes of the bundle (the format `integrity=` expects). */
export function integrityFromDigest(digest: ArrayBuffer | Uint8Array): string {
  const bytes = digest instanceof Uint8Array ? digest : new Uint8Array(digest);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `sha384-${btoa(binary)}`;
}

/** A node of no-JavaScript fallback markup: an element with attributes and children, or text. */
export type FallbackNode =
  { tag: string; attributes?: Record<string, string>; children?: FallbackNode[] } | { text: string };

/** Elements that have no end tag. */
const VOID_ELEMENTS = new Set(['input', 'br', 'hr', 'img', 'meta', 'link', 'source', 'wbr']);

/** Serialises fallback nodes as indented markup, escaping every name and value. */
export function fallbackMarkup(nodes: FallbackNode[], indent = '  '): string[] {
  const lines: string[] = [];
  for (const node of nodes) {
    if ('text' in node) {
      const text = node.text.replace(/\s+/g, ' ').trim();
      if (text !== '') lines.push(indent + escapeText(text));
      continue;
    }
    const tag = node.tag.toLowerCase();
    if (!/^[a-z][a-z0-9-]*$/.test(tag)) continue;
    const open = `<${tag}${attributeList(node.attributes ?? {})}>`;
    const children = node.children ?? [];
    if (VOID_ELEMENTS.has(tag)) {
      lines.push(indent + open);
    } else if (children.every((child) => 'text' in child)) {
      const text = children
        .map((child) => ('text' in child ? child.text : ''))
        .join('')
        .replace(/\s+/g, ' ')
        .trim();
      lines.push(`${indent}${open}${escapeText(text)}</${tag}>`);
    } else {
      lines.push(indent + open, ...fallbackMarkup(children, `${indent}  `), `${indent}</${tag}>`);
    }
  }
  return lines;
}

function attributeList(attributes: Record<string, string>): string {
  return Object.entries(attributes)
    .filter(([name]) => isAttributeName(name))
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
}

export interface SnippetOptions {
  tagName: string;
  /** Attribute name → value, in the order to write them. An empty value writes a bare boolean attribute. */
  attributes: [string, string][];
  /** `--stat-*` custom property → value. */
  theme: [string, string][];
  /** Where the webmaster hosts `stat-widgets.js` (a folder URL); '' writes a relative `stat-widgets.js`. */
  baseUrl: string;
  /** `sha384-…`, or '' when the bundle could not be hashed. */
  integrity: string;
  fallback: FallbackNode[];
  /** The bundle's file name. */
  bundleFile?: string;
  /** false: leave the script line out (a plugin or the theme already loads the script). Default true. */
  includeScript?: boolean;
}

/** The script tag alone (the part a site needs once, however many elements it uses). */
export function scriptTag(options: Pick<SnippetOptions, 'baseUrl' | 'integrity' | 'bundleFile'>): string {
  const src = normalizeBaseUrl(options.baseUrl) + (options.bundleFile ?? 'stat-widgets.js');
  // `crossorigin` makes the integrity check possible for a bundle served from another origin (a
  // CDN); for a same-origin bundle it changes nothing.
  const integrity = options.integrity
    ? ` integrity="${escapeAttribute(options.integrity)}" crossorigin="anonymous"`
    : '';
  return `<script src="${escapeAttribute(src)}"${integrity} defer></script>`;
}

/** The element's start tag with its attributes, escaped (an empty value writes a bare boolean attribute). */
export function openTag(tagName: string, attributes: [string, string][]): string {
  return `<${tagName}${attributeList(Object.fromEntries(attributes))}>`;
}

/** The whole snippet as text. */
export function buildSnippet(options: SnippetOptions): string {
  const lines = options.includeScript === false ? [] : [scriptTag(options)];
  const theme = options.theme.filter(
    ([name, value]) => /^--[a-z0-9-]+$/i.test(name) && isSafeCssValue(value),
  );
  if (theme.length > 0) {
    lines.push('<style>', `  ${options.tagName} {`);
    for (const [name, value] of theme) lines.push(`    ${name}: ${value.trim()};`);
    lines.push('  }', '</style>');
  }
  const open = openTag(options.tagName, options.attributes);
  const inner = fallbackMarkup(options.fallback);
  if (inner.length === 0) lines.push(`${open}</${options.tagName}>`);
  else lines.push(open, ...inner, `</${options.tagName}>`);
  return lines.join('\n');
}
