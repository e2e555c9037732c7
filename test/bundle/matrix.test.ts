/**
 * Every element × variant × language, through the built bundle (issue 8, part 1): axe-clean,
 * keyboard-operable, reflows at 320 px without horizontal scroll, in every engine. Forced colours and
 * reduced motion need Chromium's media emulation: matrix.chromium.test.ts.
 *
 * Variants come from the manifest (each value of every enumerated attribute, each boolean attribute)
 * over the element's sample configuration; see `variantsOf` in hostile-kit.ts.
 *
 * Languages: `en`, `es`, and `ar` as the right-to-left case. Decision for a language we have no
 * table for (Arabic here): the element lays out right to left (`dir=rtl`, from the language), its
 * words fall back to English, and those English words are marked `lang="en"` so a screen reader
 * does not read them with Arabic pronunciation. So the checks are: every built-in string shown on an
 * `es` page is the Spanish one; on an `ar` page every built-in string is inside `lang="en"` and all
 * text runs right to left.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { en } from '../../src/i18n/en.js';
import { es } from '../../src/i18n/es.js';
import { addElement, closeBundlePages, loadBundlePage, type BundlePage } from './bundle-page.js';
import {
  axeViolations,
  controlsOf,
  deepActiveElement,
  exerciseActions,
  frames,
  manifestElements,
  renderedParts,
  styleOf,
  variantsOf,
  visibleTextNodes,
} from './hostile-kit.js';

const LANGUAGES = ['en', 'es', 'ar'] as const;
type Language = (typeof LANGUAGES)[number];

/** The language a node is read in: the nearest `lang` attribute, crossing shadow roots. */
function effectiveLang(node: Node): string {
  let current: Node | null = node;
  while (current) {
    if (current.nodeType === Node.ELEMENT_NODE && (current as Element).hasAttribute('lang'))
      return (current as Element).getAttribute('lang')!.toLowerCase();
    current = current.parentNode ?? (current as ShadowRoot).host ?? null;
  }
  return '';
}

/** Built-in English strings (without placeholders) that Spanish translates differently. */
const englishOnly = new Set(
  (Object.keys(en) as (keyof typeof en)[])
    .filter((key) => !en[key].includes('{') && en[key] !== es[key])
    .map((key) => en[key]),
);
/** Every built-in English string without placeholders. */
const builtInEnglish = new Set(Object.values(en).filter((value) => !value.includes('{')));

function languageProblems(host: Element, lang: Language): string[] {
  const problems: string[] = [];
  for (const text of visibleTextNodes(host)) {
    const words = text.textContent!.trim();
    const parent = text.parentElement ?? (text.parentNode as ShadowRoot).host;
    const direction = styleOf(parent).direction;
    const expected = lang === 'ar' ? 'rtl' : 'ltr';
    if (direction !== expected)
      problems.push(`"${words.slice(0, 40)}" runs ${direction}, expected ${expected}`);
    if (lang === 'es' && englishOnly.has(words)) problems.push(`"${words}" is not translated to Spanish`);
    if (lang === 'ar' && builtInEnglish.has(words) && !effectiveLang(text).startsWith('en'))
      problems.push(`"${words}" is English fallback text read as "${effectiveLang(text)}"`);
  }
  return problems;
}

/** Tabs from a button before the element to a button after it, recording what gets focus. */
async function keyboardProblems(page: BundlePage, host: HTMLElement): Promise<string[]> {
  const problems: string[] = [];
  const before = page.doc.createElement('button');
  const after = page.doc.createElement('button');
  before.textContent = 'before';
  after.textContent = 'after';
  host.before(before);
  host.after(after);
  page.win.focus();
  before.focus();
  const reached: Element[] = [];
  for (let presses = 0; presses < 40; presses += 1) {
    await sendKeys({ press: 'Tab' });
    const active = deepActiveElement(page.doc);
    if (!active || active === after) break;
    if (active === before) continue;
    reached.push(active);
    const style = styleOf(active);
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    if (!outlined && style.boxShadow === 'none')
      problems.push(
        `<${active.localName}> "${active.textContent?.trim().slice(0, 30)}" has no visible focus indicator`,
      );
  }
  if (deepActiveElement(page.doc) !== after)
    problems.push('Tab never left the element (keyboard trap or lost focus)');
  for (const control of controlsOf(host)) {
    if (!reached.includes(control))
      problems.push(
        `<${control.localName}> "${control.textContent?.trim().slice(0, 30)}" is not reached by Tab`,
      );
    const native = control.matches('a[href], button, input, select, textarea, summary');
    if (!native && !control.hasAttribute('role'))
      problems.push(`<${control.localName}> is focusable but has no role`);
  }
  before.remove();
  after.remove();
  return problems;
}

/** At 320 CSS px: no horizontal scroll, and nothing of ours sticks out of the viewport. */
function reflowProblems(page: BundlePage, host: HTMLElement): string[] {
  const problems: string[] = [];
  const root = page.doc.documentElement;
  if (root.scrollWidth > root.clientWidth)
    problems.push(`the page scrolls sideways (${root.scrollWidth} px wide in ${root.clientWidth} px)`);
  for (const part of renderedParts(host)) {
    const rect = part.getBoundingClientRect();
    if (rect.width <= 1 || rect.height <= 1) continue;
    if (rect.left < -1 || rect.right > root.clientWidth + 1)
      problems.push(
        `<${part.localName} class="${part.getAttribute('class') ?? ''}"> spans ${rect.left}–${rect.right} px`,
      );
  }
  return problems;
}

describe('every element × variant × language (built bundle)', () => {
  afterEach(() => closeBundlePages());

  it('covers every element in the manifest', () => {
    expect(manifestElements().length).to.be.greaterThan(0);
  });

  for (const element of manifestElements()) {
    for (const variant of variantsOf(element)) {
      for (const lang of LANGUAGES) {
        it(`<${element.tagName}> ${variant.name} lang=${lang}: axe, keyboard, 320 px, no console error`, async function () {
          this.timeout(180000); // axe and up to 40 key presses, each a WebDriver round trip
          const page = await loadBundlePage('classic-once.html', { width: 320, height: 640 });
          page.doc.documentElement.lang = lang;
          const host = await addElement(page, element.tagName, variant.attributes);
          await frames(page);
          const problems: string[] = [];
          const note = (check: string, found: string[]) =>
            problems.push(...found.map((p) => `${check}: ${p}`));

          note('language', languageProblems(host, lang));
          note('axe', await axeViolations(page, host));
          note('320 px', reflowProblems(page, host));
          note('keyboard', await keyboardProblems(page, host));

          await exerciseActions(page, host);
          note('console error', page.probe.errors);
          note('warning', page.probe.warnings);
          expect(problems).to.deep.equal([]);
        });
      }
    }
  }
});
