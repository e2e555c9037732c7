/**
 * The no-JavaScript fallback content of a snippet, read from what the element really rendered in the
 * preview, so it always matches the options chosen (the same number, the same exit URL, the same
 * form) without a hand-written template per element that could drift.
 *
 * - Links the element renders (`tel:`, `sms:`, `mailto:`, `http(s):`), as plain links with their
 *   visible text and `rel`. They go into the slot the manifest documents for no-JavaScript content
 *   (named `fallback`, or described as a fallback / "when JavaScript does not run"), which the element
 *   hides or replaces once it runs. An element without such a slot gets none: anything else in its
 *   light DOM would be slotted into what it renders.
 * - A form the element keeps in its light DOM (progressive enhancement), copied as markup, so the
 *   form posts to the provider even without JavaScript.
 *
 * Only an allowlist of tags and attributes is copied; values are escaped by `fallbackMarkup()`.
 */
import type { FallbackNode } from './snippet.js';

const LINK_SCHEMES = /^(tel|sms|mailto|https?):/i;

const FORM_TAGS = new Set([
  'form',
  'fieldset',
  'legend',
  'label',
  'input',
  'select',
  'option',
  'textarea',
  'button',
  'p',
  'div',
  'span',
  'small',
  'strong',
  'em',
  'a',
  'ul',
  'li',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);

const FORM_ATTRIBUTES = new Set([
  'action',
  'method',
  'target',
  'name',
  'type',
  'id',
  'for',
  'value',
  'required',
  'autocomplete',
  'inputmode',
  'placeholder',
  'checked',
  'selected',
  'multiple',
  'href',
  'rel',
  'lang',
  'dir',
  'tabindex',
  'aria-hidden',
  'aria-describedby',
  'aria-labelledby',
  'aria-label',
  'aria-required',
  'hidden',
]);

/**
 * Visible text of a node (text for screen readers only, `.visually-hidden`, left out), whitespace
 * collapsed. A block-level child is its own word, as it is drawn: a note on its own line ("US mobile
 * networks only" under "Text HELP to 233733") must not run into the text before it.
 */
function textOf(node: Node): string {
  let text = '';
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) text += child.textContent ?? '';
    else if (
      child instanceof child.ownerDocument!.defaultView!.Element &&
      !child.classList.contains('visually-hidden')
    ) {
      // Block-level (a flex item is blockified): its own line on screen, so its own word here.
      const display = child.ownerDocument!.defaultView!.getComputedStyle(child).display;
      text += display.startsWith('inline') ? textOf(child) : ` ${textOf(child)} `;
    }
  }
  return text.replace(/\s+/g, ' ').trim();
}

export interface RenderedLink {
  href: string;
  text: string;
  rel?: string;
  target?: string;
}

/** Every anchor rendered by `element`, in its shadow root and light DOM (nested shadow roots too). */
export function renderedLinks(element: Element): RenderedLink[] {
  const links: RenderedLink[] = [];
  const visit = (root: Element | ShadowRoot | DocumentFragment): void => {
    for (const child of Array.from(root.children)) {
      if (
        child.localName === 'a' &&
        child.hasAttribute('href') &&
        child.getAttribute('slot') !== 'fallback'
      ) {
        const href = child.getAttribute('href') ?? '';
        const text = textOf(child) || child.getAttribute('aria-label') || href;
        if (LINK_SCHEMES.test(href) && !links.some((link) => link.href === href && link.text === text)) {
          const link: RenderedLink = { href, text };
          if (child.getAttribute('rel')) link.rel = child.getAttribute('rel')!;
          if (child.getAttribute('target')) link.target = child.getAttribute('target')!;
          links.push(link);
        }
      }
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  if (element.shadowRoot) visit(element.shadowRoot);
  visit(element);
  return links;
}

function copyTree(element: Element): FallbackNode | null {
  if (!FORM_TAGS.has(element.localName)) return null;
  const attributes: Record<string, string> = {};
  for (const attribute of Array.from(element.attributes)) {
    if (FORM_ATTRIBUTES.has(attribute.name) || attribute.name.startsWith('data-'))
      attributes[attribute.name] = attribute.value;
  }
  // What the element hides with its own styles (a spam-trap field) must stay hidden without them.
  if (attributes['aria-hidden'] === 'true') attributes.hidden = '';
  // A form's live value is not markup; a text field keeps its markup default only.
  const children: FallbackNode[] = [];
  for (const node of Array.from(element.childNodes)) {
    // Nodes of the preview frame come from another window: test `nodeType`, not `instanceof`.
    if (node.nodeType === Node.TEXT_NODE) children.push({ text: node.textContent ?? '' });
    else if (node.nodeType === Node.ELEMENT_NODE) {
      const copy = copyTree(node as Element);
      if (copy) children.push(copy);
    }
  }
  return { tag: element.localName, attributes, children };
}

/** Something a visitor sees or uses: text, or a form control. */
function hasContent(element: Element): boolean {
  return textOf(element) !== '' || element.querySelector('input, select, textarea, button') !== null;
}

/**
 * A form the element renders into its light DOM, with the heading and text beside it: copied (without
 * the element's own classes, so the copy counts as a pasted form that the element enhances).
 */
function formFallback(element: Element): FallbackNode[] {
  const nodes: FallbackNode[] = [];
  for (const top of Array.from(element.children)) {
    if (top.localName !== 'form' && !top.querySelector('form')) continue;
    const parts = top.localName === 'form' ? [top] : Array.from(top.children);
    for (const part of parts) {
      if (!hasContent(part)) continue;
      const copy = copyTree(part);
      if (copy) nodes.push(copy);
    }
  }
  return nodes;
}

/** The slot for no-JavaScript content, from the manifest's slot names and descriptions, or null. */
export function fallbackSlot(slots: { name: string; description: string }[]): string | null {
  const named = slots.find((slot) => slot.name === 'fallback');
  if (named) return named.name;
  const described = slots.find((slot) =>
    /fallback|without JavaScript|JavaScript does not run/i.test(slot.description),
  );
  return described ? described.name : null;
}

/**
 * Whether the element's own content is what it shows: a default slot documented as `Required: …`
 * (`<did-you-know>`'s facts). The builder then asks for that content, one item per line.
 */
export function hasContentSlot(slots: { name: string; description: string }[]): boolean {
  return slots.some((slot) => slot.name === '' && /^Required\b/.test(slot.description));
}

/** The items of content typed one per line (blank lines and surrounding spaces dropped). */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** Each line as a paragraph: the content of an element with a content slot. */
export function contentNodes(lines: string[]): FallbackNode[] {
  return lines.map((line) => ({ tag: 'p', children: [{ text: line }] }));
}

/**
 * The fallback for `element` as rendered. `slots` are the slots the manifest documents for it.
 */
export function fallbackFor(
  element: Element,
  slots: { name: string; description: string }[],
): FallbackNode[] {
  const nodes = formFallback(element);
  const slot = fallbackSlot(slots);
  if (nodes.length > 0 || slot === null) return nodes;
  const links: FallbackNode[] = [];
  renderedLinks(element).forEach((link, index) => {
    if (index > 0) links.push({ tag: 'br' });
    const attributes: Record<string, string> = { href: link.href };
    if (link.rel) attributes.rel = link.rel;
    if (link.target) attributes.target = link.target;
    links.push({ tag: 'a', attributes, children: [{ text: link.text }] });
  });
  if (links.length === 0) return nodes;
  // A named slot needs one wrapper carrying `slot`; the default slot takes the links themselves.
  return slot === '' ? links : [{ tag: 'p', attributes: { slot }, children: links }];
}
