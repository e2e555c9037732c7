import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/quick-exit/define.js';
import '../../../src/elements/help-banner/define.js';
import type { QuickExit } from '../../../src/elements/quick-exit/quick-exit.js';

/** Boxes overlap by more than a hair. */
const overlap = (a: DOMRect, b: DOMRect) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

const part = (exit: Element, selector: string) => exit.shadowRoot!.querySelector<HTMLElement>(selector)!;

/** Frames for the element's resize and scroll checks to run. */
const settle = async () => {
  for (let i = 0; i < 3; i += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
  await aTimeout(30);
};

describe('<quick-exit> placement in a page', () => {
  afterEach(() => window.scrollTo(0, 0));

  it('top: a bar across the viewport that pushes the page down, even pasted into a narrow column', async () => {
    const page = await fixture<HTMLDivElement>(html`
      <div>
        <header id="header">Site name and menu</header>
        <div style="max-width: 300px; margin: 0 auto">
          <p>Post content</p>
          <quick-exit position="top" url="https://example.org/"></quick-exit>
        </div>
      </div>
    `);
    const exit = page.querySelector<QuickExit>('quick-exit')!;
    await exit.updateComplete;
    await settle();
    const bar = part(exit, '.dock').getBoundingClientRect();
    expect(bar.top).to.equal(0);
    expect(bar.left).to.equal(0);
    expect(bar.right).to.equal(document.documentElement.clientWidth);
    expect(page.querySelector('#header')!.getBoundingClientRect().top).to.be.at.least(bar.bottom);
    exit.remove();
    expect(document.documentElement.style.paddingTop).to.equal('');
  });

  it('floating: never covers another widget’s control (a bottom banner’s buttons)', async () => {
    const page = await fixture<HTMLDivElement>(html`
      <div>
        <p style="height: 1200px">Page</p>
        <help-banner position="bottom"></help-banner>
        <quick-exit url="https://example.org/"></quick-exit>
      </div>
    `);
    const exit = page.querySelector<QuickExit>('quick-exit')!;
    const banner = page.querySelector('help-banner')!;
    await exit.updateComplete;
    for (const y of [0, 300, 600]) {
      window.scrollTo(0, y);
      await settle();
      const control = part(exit, '.control').getBoundingClientRect();
      const controls = [...banner.shadowRoot!.querySelectorAll('a[href], button')];
      expect(controls.length).to.be.greaterThan(2);
      for (const other of controls)
        expect(
          overlap(control, other.getBoundingClientRect()),
          `${other.textContent!.trim()} at ${y}`,
        ).to.equal(false);
    }
  });

  it('floating: its safety hint never covers a form field of the page', async () => {
    const page = await fixture<HTMLDivElement>(html`
      <div>
        <label for="comment">Comment</label>
        <textarea
          id="comment"
          style="position: fixed; inset: auto 0 0 auto; width: 60vw; height: 140px"
        ></textarea>
        <quick-exit url="https://example.org/" safety-url="https://example.org/safety"></quick-exit>
      </div>
    `);
    const exit = page.querySelector<QuickExit>('quick-exit')!;
    await exit.updateComplete;
    await settle();
    const field = page.querySelector('textarea')!.getBoundingClientRect();
    const hint = part(exit, '.hint');
    expect(hint.getClientRects().length === 0 || !overlap(hint.getBoundingClientRect(), field)).to.equal(
      true,
    );
    // Away from the field (moved, as a resize or scroll would move it), the hint shows again.
    page.querySelector('textarea')!.style.setProperty('inset', '0 auto auto 0');
    window.dispatchEvent(new Event('resize'));
    await settle();
    expect(hint.getClientRects().length).to.be.greaterThan(0);
  });
});
