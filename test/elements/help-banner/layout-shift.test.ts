import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/help-banner/define.js';
import type { HelpBanner } from '../../../src/elements/help-banner/help-banner.js';
import { DISMISSAL_KEY_PREFIX } from '../../../src/lib/dismissal.js';
import { shiftScores, trackShifts } from '../../layout-shift.js';
import { closeShiftPages, openShiftPage } from './shift-page.js';

interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
}

const nextFrames = async (n: number) => {
  for (let i = 0; i < n; i += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
};

/** Dismissals in one frame are remembered in the shared sessionStorage: start each test clean. */
function clearDismissals() {
  for (const key of Object.keys(sessionStorage))
    if (key.startsWith(DISMISSAL_KEY_PREFIX)) sessionStorage.removeItem(key);
}

const banner = (win: Window) => win.document.querySelector('help-banner') as HelpBanner;

/** Each page is an ordinary partner page with content under (or above) the banner (see shift-page.ts). */
describe('<help-banner> layout shift (CLS < 0.01)', () => {
  beforeEach(clearDismissals);
  afterEach(() => {
    clearDismissals();
    closeShiftPages();
  });

  for (const position of ['inline', 'top', 'bottom']) {
    it(`${position}: appearing and upgrading with the script in <head> shifts nothing`, async () => {
      const win = await openShiftPage(`position=${position}&load=head`);
      const el = banner(win);
      expect(el.shadowRoot!.querySelector('.base')!.getBoundingClientRect().height).to.be.greaterThan(100);
      for (const score of shiftScores(win.__shifts)) expect(score).to.be.below(0.01);
    });

    it(`${position}: a late upgrade over a painted no-JS fallback, with the docs' reserved space`, async () => {
      const win = await openShiftPage(`position=${position}&load=late&reserve=1`);
      expect(banner(win).shadowRoot!.querySelector('.emergency')).to.exist;
      for (const score of shiftScores(win.__shifts)) expect(score).to.be.below(0.01);
    });

    it(`${position}: dismissing moves nothing the visitor did not ask for`, async () => {
      // In the top-level document: Chromium attributes keyboard input to the top frame, and a shift
      // counts as "expected" (hadRecentInput) only there.
      const page = await fixture<HTMLDivElement>(html`
        <div>
          ${position === 'bottom' ? nothing : html`<help-banner position=${position}></help-banner>`}
          <main>
            ${Array.from({ length: 8 }, () => html`<p>Ordinary page content under the banner.</p>`)}
          </main>
          ${position === 'bottom' ? html`<help-banner position="bottom"></help-banner>` : nothing}
        </div>
      `);
      const el = page.querySelector('help-banner') as HelpBanner;
      await el.updateComplete;
      await nextFrames(2);
      const start = performance.now();
      const shifts: LayoutShift[] = [];
      const observer = new PerformanceObserver((list) =>
        shifts.push(...(list.getEntries() as LayoutShift[])),
      );
      const api = PerformanceObserver.supportedEntryTypes.includes('layout-shift');
      if (api) observer.observe({ type: 'layout-shift' });
      const content = page.querySelector('main')!;
      const contentTop = content.getBoundingClientRect().top;
      el.shadowRoot!.querySelector<HTMLButtonElement>('.dismiss')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await nextFrames(1);
      // From the first frame after the key press on, nothing moves again (every engine: boxes).
      const boxes = await trackShifts(window);
      const settledTop = content.getBoundingClientRect().top;
      await nextFrames(3);
      observer.disconnect();
      expect(el.shadowRoot!.querySelector<HTMLElement>('.base')!.hidden).to.equal(true);
      expect(boxes.total).to.equal(0);
      // The page closed up under an inline or top banner, at once (as the key press asked).
      if (position === 'bottom') expect(settledTop).to.equal(contentTop);
      else expect(settledTop).to.be.below(contentTop);
      expect(content.getBoundingClientRect().top).to.equal(settledTop);
      if (!api) return;
      // Chromium's Layout Instability API agrees: the closing-up is "expected" (recent input), nothing else.
      const recent = shifts.filter((s) => s.startTime >= start);
      if (position !== 'bottom') expect(recent.some((s) => s.hadRecentInput)).to.equal(true);
      const unexpected = recent.filter((s) => !s.hadRecentInput);
      expect(unexpected.reduce((sum, s) => sum + s.value, 0)).to.be.below(0.01);
    });
  }

  it('bottom: even a late upgrade with no reserved space shifts nothing (nothing sits below it)', async () => {
    const win = await openShiftPage('position=bottom&load=late');
    expect(banner(win).shadowRoot!.querySelector('.emergency')).to.exist;
    for (const score of shiftScores(win.__shifts)) expect(score).to.be.below(0.01);
  });
});

describe('<help-banner> on a partner page', () => {
  beforeEach(clearDismissals);
  afterEach(() => {
    clearDismissals();
    closeShiftPages();
  });

  it('makes no request beyond the page and the one script, sets no cookie, stores nothing', async () => {
    const storageBefore = JSON.stringify([Object.entries(sessionStorage), Object.entries(localStorage)]);
    const win = await openShiftPage('position=top&load=head');
    const el = banner(win);
    el.setAttribute('exit', '');
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('.copy')!.click();
    await win.__frames(3);
    const requests = win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname.split('/').pop())
      // The test server's own live-reload socket script, injected into every page it serves.
      .filter((name) => !name?.startsWith('__web-dev-server'));
    // The page's own files, and the one script tag: nothing else.
    // (By name: the page loads cls-embed.js twice, which Firefox lists twice and Chromium once.)
    expect([...new Set(requests)].sort()).to.deep.equal([
      'cls-embed.js',
      'cls-probe.js',
      'layout-shift-probe.js',
      'page.css',
      'stat-widgets.js',
    ]);
    expect(win.document.cookie).to.equal('');
    expect(JSON.stringify([Object.entries(sessionStorage), Object.entries(localStorage)])).to.equal(
      storageBefore,
    );
  });

  for (const [width, height] of [
    [320, 568],
    [1280, 800],
  ] as const)
    it(`at ${width}×${height} a top banner keeps its exit control in view while scrolling, above a cookie notice`, async () => {
      const win = await openShiftPage('position=top&load=head', { width, height });
      const el = banner(win);
      el.setAttribute('exit', '');
      await el.updateComplete;
      const exit = el.shadowRoot!.querySelector('quick-exit') as HTMLElement & {
        updateComplete: Promise<unknown>;
      };
      await exit.updateComplete;
      const control = exit.shadowRoot!.querySelector('a')!;
      // A cookie-consent overlay fixed over the same edge, one below the top z-index.
      const notice = win.document.createElement('div');
      notice.textContent = 'We use cookies';
      Object.assign(notice.style, {
        position: 'fixed',
        inset: '0 0 auto 0',
        height: '120px',
        zIndex: '2147483646',
      });
      win.document.body.append(notice);
      win.scrollTo(0, win.document.documentElement.scrollHeight);
      await win.__frames(2);
      expect(win.scrollY).to.be.greaterThan(0);
      const box = control.getBoundingClientRect();
      expect(box.top).to.be.at.least(0);
      expect(box.bottom).to.be.at.most(height);
      expect(win.document.documentElement.scrollWidth).to.be.at.most(width);
      const hit = win.document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      expect(hit).to.equal(el);
    });
});
