import type { CSSResult } from 'lit';

/**
 * Adds `styles` to the document (or shadow root) the element is in, once: the page's own content
 * inside our element (a pasted form, a club's facts) gets what it needs from us, such as a visible
 * focus ring. Adopted, not a `<style>` element, which a strict CSP would block. Every rule in it must
 * select inside our own tags (the hostile-CSS suite checks), so nothing else of the page changes.
 */
export function adoptLightDomStyles(element: Element, styles: CSSResult): void {
  const root = element.getRootNode() as Document | ShadowRoot;
  const sheet = styles.styleSheet;
  try {
    if (sheet && !root.adoptedStyleSheets.includes(sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    // A sheet cannot be shared with another document (an element moved into an iframe): unstyled.
  }
}
