/**
 * The no-JavaScript fallback content of a snippet, read from what the element really rendered in the
 * preview, so it always matches the options chosen (the same number, the same exit URL, the same
 * form) without a hand-written template per element that could drift.
 *
 * - Links the element renders (`tel:`, `sms:`, `mailto:`, `http(s):`), as plain links with their
 *   visible text. They go into the element's `fallback` slot (the element replaces that content
 *   when it upgrades); an element without a `fallback` slot gets none, because anything else in its
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

/** Visible text of a node, whitespace collapsed. */
function textOf(node: Node): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Every anchor rendered by `element`, in its shadow root and light DOM (nested shadow roots too). */
export function renderedLinks(element: Element): { href: string; text: string }[] {
  const links: { href: string; text: string }[] = [];
  const visit = (root: Element | ShadowRoot | DocumentFragment): void => {
    for (const child of Array.from(root.children)) {
      if (
        child.localName === 'a' &&
        child.hasAttribute('href') &&
        child.getAttribute('slot') !== 'fallback'
      ) {
        const href = child.getAttribute('href') ?? '';
        const text = textOf(child) || child.getAttribute('aria-label') || href;
        if (LINK_SCHEMES.test(href) && !links.some((link) => link.href === href && link.text === text))
          links.push({ href, text });
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
  // A form's live value is not markup; a text field keeps its markup default only.
  const children: FallbackNode[] = [];
  for (const node of Array.from(element.childNodes)) {
    if (node.nodeType === Node.TEXT_NODE) children.push({ text: node.textContent ?? '' });
    else if (node instanceof Element) {
      const copy = copyTree(node);
      if (copy) children.push(copy);
    }
  }
  return { tag: element.localName, attributes, children };
}

/**
 * The fallback for `element` as rendered. `slots` are the slot names the manifest documents for it.
 */
export function fallbackFor(element: Element, slots: string[]): FallbackNode[] {
  const nodes: FallbackNode[] = [];
  for (const form of Array.from(element.querySelectorAll(':scope > form, :scope > * > form'))) {
    const copy = copyTree(form);
    if (copy) nodes.push(copy);
  }
  if (nodes.length === 0 && slots.includes('fallback')) {
    const links = renderedLinks(element);
    if (links.length > 0) {
      const children: FallbackNode[] = [];
      links.forEach((link, index) => {
        if (index > 0) children.push({ tag: 'br' });
        children.push({ tag: 'a', attributes: { href: link.href }, children: [{ text: link.text }] });
      });
      nodes.push({ tag: 'p', attributes: { slot: 'fallback' }, children });
    }
  }
  return nodes;
}
