import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../../../src/elements/quick-exit/define.js';
import type { QuickExit } from '../../../src/elements/quick-exit/quick-exit.js';
import { control } from './frame.js';

// Media emulation is the DevTools protocol's: Firefox and WebKit offer no way to print-preview, force
// colours or reduce motion from a test (test/server/forced-colors-plugin.mjs).
describe('<quick-exit> in print, forced colours and reduced motion (Chromium only: DevTools media emulation)', () => {
  afterEach(async () => {
    await executeServerCommand('emulate-forced-colors', { active: false });
    await emulateMedia({ media: 'screen', reducedMotion: 'no-preference' });
  });

  it('is hidden in print', async () => {
    const el = await fixture<QuickExit>(html`<quick-exit></quick-exit>`);
    const dock = el.shadowRoot!.querySelector('.dock')!;
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(dock).display).to.equal('none');
    await emulateMedia({ media: 'screen' });
    expect(getComputedStyle(dock).display).to.not.equal('none');
  });

  it('is outlined in forced colours', async () => {
    const el = await fixture<QuickExit>(html`<quick-exit></quick-exit>`);
    await executeServerCommand('emulate-forced-colors', { active: true });
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
    const style = getComputedStyle(control(el));
    expect(style.borderTopStyle).to.equal('solid');
    expect(style.borderTopWidth).to.equal('2px');
    expect(control(el).getBoundingClientRect().width).to.be.at.least(44);
  });

  it('never animates with reduced motion', async () => {
    const el = await fixture<QuickExit>(html`<quick-exit></quick-exit>`);
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
    expect(getComputedStyle(control(el)).transitionDuration).to.equal('0s');
    expect(getComputedStyle(control(el)).animationName).to.equal('none');
  });
});
