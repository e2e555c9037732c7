import { expect } from '@open-wc/testing';
import type { HotlineCard } from '../../../src/elements/hotline-card/hotline-card.js';
import { shiftScores } from '../../layout-shift.js';
import { closeShiftPages, openShiftPage, type ShiftWindow } from '../help-banner/shift-page.js';

/**
 * Check 17: upgrading over the no-JS fallback (a plain `tel:` link inside the tag) moves nothing.
 * Measured with the banner's layout-shift pages (a partner page with content under the card, a
 * `layout-shift` PerformanceObserver), with `?tag=hotline-card`.
 */
const card = (win: ShiftWindow) => win.document.querySelector('hotline-card') as HotlineCard;

describe('<hotline-card> layout shift (CLS < 0.01)', () => {
  afterEach(closeShiftPages);

  it('with the script in <head> the card is ready before the first paint: no shift', async () => {
    const win = await openShiftPage('tag=hotline-card&load=head');
    expect(card(win).getBoundingClientRect().height).to.be.greaterThan(300);
    expect(card(win).shadowRoot!.querySelector('a[href="tel:+18883737888"]')).to.exist;
    for (const score of shiftScores(win.__shifts)) expect(score).to.be.below(0.01);
  });

  for (const [width, height] of [
    [320, 640],
    [800, 600],
    [1280, 800],
  ] as const)
    it(`at ${width}×${height} a late upgrade over the painted fallback, with the docs' reserved space, shifts nothing`, async () => {
      const win = await openShiftPage('tag=hotline-card&load=late&reserve=1', { width, height });
      // The fallback link was on screen (painted) before the script ran.
      expect(win.__fallbackHeight).to.be.greaterThan(0);
      expect(card(win).shadowRoot!.querySelector('.emergency')).to.exist;
      for (const score of shiftScores(win.__shifts)) expect(score).to.be.below(0.01);
    });

  it('the probe sees a shift when nothing is reserved (what the docs’ CSS prevents)', async () => {
    const win = await openShiftPage('tag=hotline-card&load=late');
    for (const score of shiftScores(win.__shifts)) expect(score).to.be.at.least(0.01);
  });
});
