/**
 * Every element × variant × language through the built bundle (see matrix.test.ts): visible in
 * forced colours, and without motion when the visitor asks for reduced motion, before and after
 * its actions are used. Both need Chromium's media emulation.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { addElement, closeBundlePages, loadBundlePage } from './bundle-page.js';
import {
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

const LANGUAGES = ['en', 'es', 'ar'] as const;

/** The colour painted behind `element`: the nearest opaque background, crossing shadow roots. */
function backgroundBehind(element: Element): string {
  let current: Element | null = element;
  while (current) {
    const background = styleOf(current).backgroundColor;
    if (parseColor(background)[3] > 0) return background;
    current = current.parentElement ?? (current.parentNode as ShadowRoot | null)?.host ?? null;
  }
  return 'rgb(255, 255, 255)';
}

/** In forced colours every text is drawn in a colour different from what is behind it. */
function forcedColourProblems(host: HTMLElement): string[] {
  const problems: string[] = [];
  for (const text of visibleTextNodes(host)) {
    const parent = text.parentElement ?? (text.parentNode as ShadowRoot).host;
    const style = styleOf(parent);
    const color = style.color;
    if (parseColor(color)[3] === 0 || parseFloat(style.opacity) === 0)
      problems.push(`"${text.textContent!.trim().slice(0, 30)}" is transparent`);
    else if (color === backgroundBehind(parent))
      problems.push(`"${text.textContent!.trim().slice(0, 30)}" is ${color} on the same colour`);
  }
  for (const control of controlsOf(host)) {
    if (control.getBoundingClientRect().height < 1) problems.push(`<${control.localName}> collapsed`);
  }
  return problems;
}

/** With reduced motion: no running animation and no transition anywhere in the element. */
function motionProblems(host: HTMLElement): string[] {
  const problems: string[] = [];
  const animations = [
    ...(host.shadowRoot?.getAnimations() ?? []),
    ...host.getAnimations({ subtree: true }),
  ].filter((animation) => animation.playState === 'running');
  for (const animation of animations) problems.push(`a running animation (${animation.constructor.name})`);
  for (const part of renderedParts(host)) {
    const style = styleOf(part);
    const moving = [...style.transitionDuration.split(','), ...style.animationDuration.split(',')].some(
      (duration) => parseFloat(duration) > 0.01,
    );
    if (moving && (style.transitionProperty !== 'none' || style.animationName !== 'none'))
      problems.push(
        `<${part.localName} class="${part.getAttribute('class') ?? ''}"> still transitions or animates`,
      );
  }
  return problems;
}

describe('every element × variant × language (built bundle) (Chromium only: DevTools media emulation)', () => {
  afterEach(async () => {
    closeBundlePages();
    await executeServerCommand('emulate-forced-colors', { active: false });
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  for (const element of manifestElements()) {
    for (const variant of variantsOf(element)) {
      for (const lang of LANGUAGES) {
        it(`<${element.tagName}> ${variant.name} lang=${lang}: forced colours, reduced motion`, async function () {
          this.timeout(30000);
          const page = await loadBundlePage('classic-once.html', { width: 320, height: 640 });
          page.doc.documentElement.lang = lang;
          const host = await addElement(page, element.tagName, variant.attributes);
          await frames(page);
          const problems: string[] = [];
          const note = (check: string, found: string[]) =>
            problems.push(...found.map((p) => `${check}: ${p}`));

          // emulateMedia ignores forcedColors in Chromium: see test/server/forced-colors-plugin.mjs.
          await executeServerCommand('emulate-forced-colors', { active: true });
          await frames(page);
          if (!page.win.matchMedia('(forced-colors: active)').matches)
            problems.push('forced colours not emulated');
          note('forced colours', forcedColourProblems(host));
          await executeServerCommand('emulate-forced-colors', { active: false });
          await emulateMedia({ reducedMotion: 'reduce' });
          await frames(page);
          if (!page.win.matchMedia('(prefers-reduced-motion: reduce)').matches)
            problems.push('reduced motion not emulated');
          note('reduced motion', motionProblems(host));
          await exerciseActions(page, host);
          note('reduced motion after interaction', motionProblems(host));
          expect(problems).to.deep.equal([]);
        });
      }
    }
  }
});
