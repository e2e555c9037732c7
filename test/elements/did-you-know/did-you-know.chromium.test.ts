import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { useFakeTimers, type SinonFakeTimers } from 'sinon';
import '../../../src/elements/did-you-know/define.js';
import type { DidYouKnow } from '../../../src/elements/did-you-know/did-you-know.js';
import { SAN_DIEGO_FACTS } from './facts.js';

const part = (el: DidYouKnow, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

describe('<did-you-know> under reduced motion (Chromium only: DevTools media emulation)', () => {
  let clock: SinonFakeTimers | undefined;
  afterEach(async () => {
    clock?.restore();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('interval never starts by itself (WCAG 2.2.2); the visitor may press Play', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches, 'reduced motion emulated').to.equal(true);
    clock = useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const el = await fixture<DidYouKnow>(html`<did-you-know interval="6">${SAN_DIEGO_FACTS}</did-you-know>`);
    expect(part(el, 'pause').textContent!.trim()).to.equal('Play');
    clock.tick(60_000);
    await el.updateComplete;
    expect(part(el, 'count').textContent!.trim()).to.equal('1 of 5');
    expect(clock.countTimers()).to.equal(0);
    part(el, 'pause').click();
    part(el, 'pause').blur();
    await el.updateComplete;
    clock.tick(6_000);
    await el.updateComplete;
    expect(part(el, 'count').textContent!.trim()).to.equal('2 of 5');
  });
});
