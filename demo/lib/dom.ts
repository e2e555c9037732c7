/**
 * The demo pages build their DOM with this one helper instead of HTML strings: every value is set as
 * an attribute or a text node, so nothing a visitor types (or the manifest contains) is ever parsed
 * as HTML. No innerHTML in the demo either.
 */
export type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  append(element, children);
  return element;
}

/** Appends children (nodes or text) to `parent`. */
export function append(parent: Node, children: (Child | Child[])[]): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Replaces the children of `parent`. */
export function replaceChildren(parent: Element, ...children: (Child | Child[])[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/**
 * Text with `backticked` spans shown as `<code>`: manifest descriptions use Markdown code spans for
 * attribute values and tag names. Only backticks are interpreted; everything stays text.
 */
export function withCode(text: string): Node[] {
  return text
    .split(/(`[^`]+`)/)
    .filter((piece) => piece !== '')
    .map((piece) =>
      piece.startsWith('`') && piece.endsWith('`') && piece.length > 1
        ? h('code', {}, piece.slice(1, -1))
        : document.createTextNode(piece),
    );
}

/** Loads the manifest published next to the demo pages. */
export async function loadManifest(): Promise<unknown> {
  const response = await fetch(new URL('custom-elements.json', document.baseURI));
  if (!response.ok) throw new Error(`custom-elements.json: HTTP ${response.status}`);
  return response.json();
}
