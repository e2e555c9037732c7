/**
 * Shared tools for the hostile-page suites in test/bundle/: what the manifest says about each
 * element, how to walk an element's rendered parts (shadow root and light DOM), how to find its
 * controls and text, and how to run axe inside a bundle page.
 *
 * Everything here is generic over `custom-elements.json`: a new element is covered by every suite
 * as soon as it is in the manifest. What a suite cannot infer lives in element-profiles.ts.
 */
import { addElement, sampleAttributes, type BundlePage } from './bundle-page.js';
import { profileOf } from './element-profiles.js';

export interface ManifestAttribute {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
}

export interface ManifestElement {
  tagName: string;
  attributes: ManifestAttribute[];
}

interface Manifest {
  modules: {
    declarations?: { customElement?: boolean; tagName?: string; attributes?: ManifestAttribute[] }[];
  }[];
}

let manifest: ManifestElement[] | undefined;

/**
 * Every element in custom-elements.json, sorted by tag, with its attributes. Read synchronously
 * (once) because the suites generate one test per element and attribute while their module loads,
 * and the test build target (es2021) has no top-level await.
 */
export function manifestElements(): ManifestElement[] {
  if (!manifest) {
    const request = new XMLHttpRequest();
    request.open('GET', '/custom-elements.json', false);
    request.send();
    const data = JSON.parse(request.responseText) as Manifest;
    manifest = data.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName)
      .map((declaration) => ({
        tagName: declaration.tagName as string,
        attributes: declaration.attributes ?? [],
      }))
      .sort((a, b) => a.tagName.localeCompare(b.tagName));
  }
  return manifest;
}

/**
 * The attributes a webmaster may write: the ones documented with `@attr` (they carry a description).
 * An undocumented attribute in the manifest is a reactive property left public by mistake (internal
 * state); bad-input.ts lists those instead of feeding them.
 */
export function publicAttributes(element: ManifestElement): ManifestAttribute[] {
  return element.attributes.filter((attribute) => attribute.description?.trim());
}

/** The values of a string-literal union type (`'top' | 'bottom'`), or null for any other type. */
export function enumValues(attribute: ManifestAttribute): string[] | null {
  const parts = (attribute.type?.text ?? '')
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined' && part !== 'null');
  if (parts.length === 0 || !parts.every((part) => /^(['"]).*\1$/.test(part))) return null;
  return parts.map((part) => part.slice(1, -1));
}

export function isBooleanAttribute(attribute: ManifestAttribute): boolean {
  return /^boolean( \| undefined)?$/.test(attribute.type?.text ?? '');
}

export function isNumberAttribute(attribute: ManifestAttribute): boolean {
  return /^number( \| undefined)?$/.test(attribute.type?.text ?? '');
}

export interface Variant {
  name: string;
  attributes: Record<string, string>;
}

/**
 * The visual variants of an element: its sample configuration, then one variant per value of every
 * enumerated attribute and per boolean attribute (from the manifest), then any the profile adds.
 */
export function variantsOf(element: ManifestElement): Variant[] {
  const profile = profileOf(element.tagName);
  const base = { ...(sampleAttributes[element.tagName] ?? {}) };
  const variants: Variant[] = [{ name: 'sample', attributes: base }];
  for (const attribute of publicAttributes(element)) {
    if (profile.notVariants?.includes(attribute.name)) continue;
    const values = enumValues(attribute) ?? profile.enums?.[attribute.name];
    if (values) {
      const fallback = attribute.default?.replace(/^(['"])(.*)\1$/, '$2');
      for (const value of values) {
        if (value === (base[attribute.name] ?? fallback)) continue;
        variants.push({
          name: `${attribute.name}="${value}"`,
          attributes: { ...base, [attribute.name]: value },
        });
      }
    } else if (isBooleanAttribute(attribute) && !(attribute.name in base)) {
      variants.push({ name: attribute.name, attributes: { ...base, [attribute.name]: '' } });
    }
  }
  for (const [name, attributes] of Object.entries(profile.variants ?? {})) {
    variants.push({ name, attributes: { ...base, ...attributes } });
  }
  return variants;
}

/** Every element under `root`, descending into open shadow roots. */
export function deepElements(root: Document | Element | ShadowRoot): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...deepElements(element.shadowRoot));
  }
  return found;
}

/** What an element rendered: its shadow tree and its light-DOM children (with their shadow trees). */
export function renderedParts(host: Element): Element[] {
  return [...(host.shadowRoot ? deepElements(host.shadowRoot) : []), ...deepElements(host)];
}

/** The computed style, read in the element's own window (bundle pages are other realms). */
export function styleOf(element: Element, pseudo?: string): CSSStyleDeclaration {
  return (element.ownerDocument.defaultView ?? window).getComputedStyle(element, pseudo);
}

/** Whether the box is drawn at all (not display:none, not visibility:hidden, not 0×0 or 1×1 clipped). */
export function isRendered(element: Element): boolean {
  if (element.getClientRects().length === 0) return false;
  const style = styleOf(element);
  if (style.visibility !== 'visible') return false;
  const rect = element.getBoundingClientRect();
  return rect.width > 1 && rect.height > 1;
}

const CONTROL_SELECTOR =
  'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';

/** The controls a keyboard or pointer user can operate inside `host`, in tree order. */
export function controlsOf(host: Element): HTMLElement[] {
  return renderedParts(host).filter(
    (element): element is HTMLElement =>
      element.matches(CONTROL_SELECTOR) &&
      !element.matches(':disabled') &&
      !element.closest('[inert]') &&
      isRendered(element),
  );
}

/** The visible text nodes inside `host` (shadow tree and light DOM), skipping visually hidden ones. */
export function visibleTextNodes(host: Element): Text[] {
  const roots: Node[] = [host, ...renderedParts(host).map((element) => element.shadowRoot ?? element)];
  if (host.shadowRoot) roots.push(host.shadowRoot);
  const texts = new Set<Text>();
  for (const root of roots) {
    for (const child of root.childNodes) {
      if (child.nodeType !== Node.TEXT_NODE || !child.textContent?.trim()) continue;
      const parent = child.parentElement ?? (child.parentNode as ShadowRoot | null)?.host;
      if (parent && isRendered(parent)) texts.add(child as Text);
    }
  }
  return [...texts];
}

/** The focused element, looking through shadow roots. */
export function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Resolves after `count` animation frames of the page. */
export async function frames(page: BundlePage, count = 2): Promise<void> {
  for (let i = 0; i < count; i += 1) await new Promise((resolve) => page.win.requestAnimationFrame(resolve));
}

/** Resolves after `ms` of the page's own timers (for work an element queues, never for timing). */
export function pause(page: BundlePage, ms: number): Promise<void> {
  return new Promise((resolve) => page.win.setTimeout(resolve, ms));
}

/** Adds one of every element in the manifest, each with its sample attributes. */
export async function addEveryElement(page: BundlePage): Promise<HTMLElement[]> {
  const added: HTMLElement[] = [];
  for (const element of manifestElements()) added.push(await addElement(page, element.tagName));
  return added;
}

/** `rgb()`/`rgba()` to [r, g, b, alpha]. */
export function parseColor(value: string): [number, number, number, number] {
  const numbers = (value.match(/[\d.]+/g) ?? []).map(Number);
  return [numbers[0] ?? 0, numbers[1] ?? 0, numbers[2] ?? 0, numbers[3] ?? 1];
}

interface AxeResult {
  violations: { id: string; nodes: { target: unknown[] }[] }[];
}
type AxeWindow = Window & { axe?: { run(context: Element, options: object): Promise<AxeResult> } };

/** Runs axe-core inside the page (loaded from node_modules as an external script, CSP-safe). */
export async function axeViolations(page: BundlePage, context: Element, rules?: string[]): Promise<string[]> {
  const win = page.win as unknown as AxeWindow;
  if (!win.axe) {
    const script = page.doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve, { once: true });
      script.addEventListener('error', reject, { once: true });
    });
    page.doc.head.append(script);
    await loaded;
  }
  const result = await win.axe!.run(context, {
    resultTypes: ['violations'],
    ...(rules ? { runOnly: { type: 'rule', values: rules } } : {}),
  });
  return result.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`,
  );
}

/**
 * Operates every control that does not leave the page: clicks each button and summary (not the ones
 * the profile marks as leaving, not submit buttons), focuses and types into each text field, then
 * runs the profile's own extra steps. Returns how many controls it operated.
 */
export async function exerciseActions(page: BundlePage, host: HTMLElement): Promise<number> {
  const profile = profileOf(host.localName);
  let operated = 0;
  for (const control of controlsOf(host)) {
    if (!control.isConnected || !isRendered(control)) continue;
    if (profile.leaveSelector && control.matches(profile.leaveSelector)) continue;
    // Tag names, not instanceof: the controls live in the bundle page's realm.
    if (control.localName === 'input' || control.localName === 'textarea') {
      const field = control as HTMLInputElement;
      field.focus();
      if (field.type === 'checkbox' || field.type === 'radio') field.click();
      else field.value = field.type === 'email' ? 'visitor@example.org' : 'test';
      control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      operated += 1;
    } else if (
      (control.localName === 'button' && (control as HTMLButtonElement).type !== 'submit') ||
      control.localName === 'summary' ||
      control.getAttribute('role') === 'button'
    ) {
      control.click();
      operated += 1;
      await (host as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
    }
  }
  if (profile.exercise) operated += await profile.exercise(page, host);
  await frames(page);
  return operated;
}
