/**
 * Hostile host CSS (issue 8, part 2). Old WordPress themes ship rules like the ones below. With each
 * stylesheet on the page, every element (alone on the page, with its sample configuration) keeps
 * its text legible and its actions clickable; our theme tokens change only when a page sets them on
 * purpose; and, the other way round, our CSS never changes anything of the host page.
 *
 * Decision: `<mailing-list-form>`'s form controls live in the light DOM on purpose (progressive
 * enhancement, autofill), so host CSS reaches them by design. Its light-DOM text must be as legible
 * as the page's own paragraph under the same stylesheet (checked whenever that paragraph is), and its
 * controls must stay clickable under every stylesheet except the ones marked `hidesHostControls`
 * (rules that hide every button or link on the site, which a webmaster would see at once).
 * A document-level stylesheet is accepted only when every rule in it selects inside our elements.
 */
import { expect } from '@open-wc/testing';
import { addElement, closeBundlePages, loadBundlePage, type BundlePage } from './bundle-page.js';
import { profileOf } from './element-profiles.js';
import {
  addEveryElement,
  axeViolations,
  controlsOf,
  exerciseActions,
  frames,
  manifestElements,
  parseColor,
  renderedParts,
  styleOf,
  variantsOf,
  visibleTextNodes,
} from './hostile-kit.js';

interface HostileSheet {
  name: string;
  css: string;
  hidesHostControls?: boolean;
}

export const hostileSheets: HostileSheet[] = [
  { name: 'cramped boxes and lines', css: '* { box-sizing: content-box; line-height: 0.8 }' },
  { name: 'a tiny root font size', css: 'html { font-size: 8px }' },
  {
    name: 'every button and link hidden',
    css: 'button, a { display: none !important; color: transparent }',
    hidesHostControls: true,
  },
  {
    name: 'everything unset',
    css: '* { all: unset }',
    hidesHostControls: true,
  },
  {
    name: 'inherited text made invisible',
    css: `body { font: 3px/0.5 "Comic Sans MS", cursive; color: transparent; letter-spacing: -2px;
      word-spacing: -4px; text-transform: uppercase; text-indent: -9999px; text-align: justify;
      white-space: nowrap; text-shadow: 0 0 8px #fff; font-weight: 900; font-style: italic }`,
  },
  {
    name: 'important overrides on everything',
    css: `* { font-size: 2px !important; line-height: 0 !important; color: transparent !important;
      opacity: 0.999 !important; pointer-events: auto !important; visibility: visible !important }`,
  },
  {
    name: 'theme resets and layout traps',
    css: `* { position: relative; z-index: 1; float: none } div, section { overflow: hidden }
      *:focus { outline: none !important } a { color: inherit; text-decoration: none }
      button { background: none; border: 0; padding: 0; min-height: 0; min-width: 0 }
      h2 { font-size: 48px; margin: 2em 0 } svg, img { max-width: 100%; height: auto }`,
  },
  {
    name: 'motion and filters everywhere',
    css: `*, *::before, *::after { transition: all 3s !important; animation: none 1s infinite !important;
      filter: blur(0) }
      body { background: #111; color: #eee }`,
  },
  {
    name: 'unprefixed custom properties',
    css: `:root { --accent: red; --primary: red; --color-text: transparent; --text-color: transparent;
      --font-size: 2px; --background: #000; --radius: 999px; --space: 200px; --color-accent: red;
      --font-family: cursive; --line-height: 0 }`,
  },
];

/**
 * The deliberate changes to the host page: a sticky `<help-banner>` gives `<html>` a matching
 * `scroll-padding`, so keyboard focus and in-page links never land underneath it (WCAG 2.4.11), and
 * a `top` bar pasted below the top of the page pushes the page down (`padding-top`, see bars.ts).
 */
const deliberateRootProperties = ['scroll-padding-top', 'scroll-padding-bottom', 'padding-top'];

/** The hit-tested element at the centre of `control`, looking into shadow roots. */
function hitAt(page: BundlePage, control: Element): Element | null {
  const rect = control.getBoundingClientRect();
  const x = rect.left + rect.width / 2;
  const y = rect.top + rect.height / 2;
  let hit = page.doc.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit;
}

function contains(container: Element, node: Element | null): boolean {
  for (
    let current: Node | null = node;
    current;
    current = current.parentNode ?? (current as ShadowRoot).host ?? null
  ) {
    if (current === container) return true;
  }
  return false;
}

/** Legibility of every visible text, and clickability of every control, of one element. */
/** Why a text node is hard to read: too small, cramped, transparent, squeezed, pushed away, hidden. */
function textProblems(text: Text): string[] {
  const problems: string[] = [];
  const parent = text.parentElement ?? (text.parentNode as ShadowRoot).host;
  const style = styleOf(parent);
  const words = `"${text.textContent!.trim().slice(0, 30)}"`;
  const size = parseFloat(style.fontSize);
  if (size < 12) problems.push(`${words} is ${size} px`);
  const lineHeight = style.lineHeight === 'normal' ? size * 1.2 : parseFloat(style.lineHeight);
  if (lineHeight < size) problems.push(`${words} has a ${style.lineHeight} line height`);
  if (parseColor(style.color)[3] < 0.9) problems.push(`${words} is drawn in ${style.color}`);
  if (parseFloat(style.letterSpacing) < 0)
    problems.push(`${words} has ${style.letterSpacing} letter spacing`);
  if (Math.abs(parseFloat(style.textIndent)) > 100) problems.push(`${words} is indented ${style.textIndent}`);
  if (style.visibility !== 'visible') problems.push(`${words} is ${style.visibility}`);
  return problems;
}

/**
 * Legibility of every visible text, and clickability of every control, of one element.
 *
 * Light-DOM content of a `lightDomControls` element (the mailing-list form) is the site's own form,
 * styled by the site by design: its text must be as legible as the page's own paragraph under the
 * same stylesheet (checked only when that paragraph passes), and its controls must stay clickable
 * unless the stylesheet hides every button and link of the site.
 */
function legibilityProblems(
  page: BundlePage,
  host: HTMLElement,
  sheet: HostileSheet,
  baselineControls: number,
  hostTextLegible: boolean,
): string[] {
  const problems: string[] = [];
  const lightDom = profileOf(host.localName).lightDomControls;
  const inShadow = (node: Node) => node.getRootNode() !== page.doc;
  const allTexts = visibleTextNodes(host);
  const texts = allTexts.filter((text) => !lightDom || hostTextLegible || inShadow(text));
  if (allTexts.length === 0 && !(lightDom && sheet.hidesHostControls)) problems.push('no visible text');
  for (const text of texts) problems.push(...textProblems(text));
  const controlsChecked = !(lightDom && sheet.hidesHostControls);
  const controls = controlsOf(host).filter((control) => controlsChecked || inShadow(control));
  if (controlsChecked && controls.length < baselineControls)
    problems.push(`${controls.length} of ${baselineControls} controls left`);
  for (const control of controls) {
    control.scrollIntoView({ block: 'center', inline: 'center' });
    const name = `<${control.localName}> "${control.textContent?.trim().slice(0, 30)}"`;
    if (styleOf(control).pointerEvents === 'none') problems.push(`${name} ignores the pointer`);
    else if (!contains(control, hitAt(page, control)))
      problems.push(`${name} is covered or not where it is drawn`);
    // WCAG 2.5.8: targets at least 24×24 px, except links inline in a sentence.
    const rect = control.getBoundingClientRect();
    const inlineLink = control.localName === 'a' && styleOf(control).display === 'inline';
    if (!inlineLink && (rect.width < 24 || rect.height < 24))
      problems.push(`${name} shrank to ${rect.width}×${rect.height}`);
  }
  return problems;
}

/**
 * Whether every rule of a stylesheet selects only inside our elements: the one kind of document-level
 * sheet we accept (the mailing-list form styling its own light-DOM form, adopted because a strict CSP
 * blocks <style> elements).
 */
function scopedToOurElements(sheet: CSSStyleSheet, tags: string[]): string[] {
  const unscoped: string[] = [];
  const visit = (rules: CSSRuleList) => {
    for (const rule of rules) {
      if ('selectorText' in rule) {
        for (const selector of String(rule.selectorText).split(',')) {
          const start = selector.trim().replace(/^:(where|is)\(/, '');
          if (!tags.some((tag) => start.startsWith(tag))) unscoped.push(selector.trim());
        }
      } else if ('cssRules' in rule) visit(rule.cssRules as CSSRuleList);
    }
  };
  visit(sheet.cssRules);
  return unscoped;
}

describe('hostile host CSS (built bundle)', () => {
  afterEach(closeBundlePages);

  for (const sheet of hostileSheets) {
    it(`${sheet.name}: every element's text stays legible and every action clickable`, async function () {
      this.timeout(120000); // two fresh pages per element
      const problems: string[] = [];
      for (const { tagName } of manifestElements()) {
        const clean = await loadBundlePage('classic-once.html');
        const baselineControls = controlsOf(await addElement(clean, tagName)).length;
        closeBundlePages();

        const page = await loadBundlePage('classic-once.html');
        const style = page.doc.createElement('style');
        style.textContent = sheet.css;
        page.doc.head.append(style);
        // The page's own text under the same stylesheet: the bar for light-DOM content.
        const hostParagraph = page.doc.createElement('p');
        hostParagraph.textContent = 'The host page’s own paragraph.';
        page.doc.getElementById('stage')!.append(hostParagraph);
        const hostTextLegible = textProblems(hostParagraph.firstChild as Text).length === 0;
        const host = await addElement(page, tagName);
        await frames(page);
        for (const problem of legibilityProblems(page, host, sheet, baselineControls, hostTextLegible))
          problems.push(`<${tagName}>: ${problem}`);
        for (const violation of await axeViolations(page, host, ['color-contrast']))
          problems.push(`<${tagName}>: ${violation}`);
        for (const error of page.probe.errors) problems.push(`<${tagName}>: console error ${error}`);
        closeBundlePages();
      }
      expect(problems).to.deep.equal([]);
    });
  }

  it('theme tokens change only on purpose: every documented --stat-*color* token takes effect', async function () {
    this.timeout(120000); // a fresh page per token and variant
    const problems: string[] = [];
    const manifest = await (await fetch('/custom-elements.json')).json();
    const documented = new Map<string, string[]>();
    for (const module of manifest.modules)
      for (const declaration of module.declarations ?? [])
        if (declaration.tagName)
          documented.set(
            declaration.tagName,
            (declaration.cssProperties ?? []).map((property: { name: string }) => property.name),
          );
    for (const element of manifestElements()) {
      const tagName = element.tagName;
      const tokens = (documented.get(tagName) ?? []).filter(
        (name) => name.startsWith('--stat-') && name.includes('color') && !name.includes('focus'),
      );
      for (const token of tokens) {
        // A token may paint only in some variants (a hint that needs a URL, say): any variant counts.
        let painted = false;
        for (const variant of variantsOf(element)) {
          const page = await loadBundlePage('classic-once.html');
          const style = page.doc.createElement('style');
          style.textContent = `:root { ${token}: rgb(1, 2, 3) }`;
          page.doc.head.append(style);
          const host = await addElement(page, tagName, variant.attributes);
          await frames(page);
          painted = renderedParts(host).some((part) => {
            const computed = styleOf(part);
            return [
              computed.color,
              computed.backgroundColor,
              computed.borderTopColor,
              computed.borderLeftColor,
            ].includes('rgb(1, 2, 3)');
          });
          closeBundlePages();
          if (painted) break;
        }
        if (!painted) problems.push(`<${tagName}> ${token} set on :root changes nothing in any variant`);
      }
    }
    expect(problems).to.deep.equal([]);
  });

  it('our CSS never leaks out: the host page computes the same styles with every element on it', async () => {
    const page = await loadBundlePage('classic-once.html');
    const sentinels = page.doc.createElement('div');
    sentinels.id = 'host-content';
    for (const tag of [
      'p',
      'a',
      'button',
      'h2',
      'input',
      'span',
      'ul',
      'li',
      'label',
      'form',
      'section',
      'aside',
    ])
      sentinels.append(Object.assign(page.doc.createElement(tag), { textContent: tag }));
    page.doc.body.prepend(sentinels);
    const watched = [
      page.doc.documentElement,
      page.doc.body,
      page.doc.getElementById('stage')!,
      ...sentinels.children,
    ];
    const snapshot = () =>
      watched.map((element) => {
        const style = styleOf(element);
        return Object.fromEntries([...style].map((property) => [property, style.getPropertyValue(property)]));
      });
    const before = snapshot();
    // Sheets in the page's own markup. (WebKit also lists the document's adopted sheets here, which
    // are not the page's: the mailing-list form's scoped light-DOM rules; the styles below judge them.)
    const ownSheets = () =>
      [...page.doc.styleSheets].filter((sheet) => !page.doc.adoptedStyleSheets.includes(sheet)).length;
    const sheets = ownSheets();
    const headChildren = page.doc.head.childElementCount;

    const hosts = await addEveryElement(page);
    for (const host of hosts) await exerciseActions(page, host);
    await frames(page);

    const after = snapshot();
    const problems: string[] = [];
    watched.forEach((element, index) => {
      for (const [property, value] of Object.entries(before[index]!)) {
        if (element === page.doc.documentElement && deliberateRootProperties.includes(property)) continue;
        // Sizes that follow from the page's width (the new elements may add a scrollbar) are layout, not style.
        if (
          ['width', 'height', 'inline-size', 'block-size', 'perspective-origin', 'transform-origin'].includes(
            property,
          )
        )
          continue;
        if (after[index]![property] !== value)
          problems.push(`<${element.localName}> ${property}: ${value} → ${after[index]![property]}`);
      }
    });
    if (ownSheets() !== sheets) problems.push('a stylesheet was added to the document');
    const tags = manifestElements().map((element) => element.tagName);
    for (const adopted of page.doc.adoptedStyleSheets)
      for (const selector of scopedToOurElements(adopted, tags))
        problems.push(`a document-level rule selects outside our elements: ${selector}`);
    if (page.doc.head.childElementCount !== headChildren) problems.push('something was added to <head>');
    const rootStyle = [...page.doc.documentElement.style].filter(
      (p) => !deliberateRootProperties.includes(p),
    );
    if (rootStyle.length) problems.push(`<html> got inline ${rootStyle.join(', ')}`);
    for (const element of [page.doc.body])
      if (element.getAttribute('style'))
        problems.push(`<${element.localName} style="${element.getAttribute('style')}">`);
    expect(problems).to.deep.equal([]);
  });
});
