import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/help-banner/define.js';
import type { HelpBanner } from '../../../src/elements/help-banner/help-banner.js';
import { actionNames, visibleText } from '../a11y-text.js';
import { forcedColors, printMedia, resetMedia } from '../chromium-media.js';

const root = (el: HelpBanner) => el.shadowRoot!;
const region = (el: HelpBanner) => root(el).querySelector<HTMLElement>('.base')!;
const dismissButton = (el: HelpBanner) => root(el).querySelector<HTMLButtonElement>('.dismiss');

describe('<help-banner> in forced colours and print (Chromium only: DevTools media emulation)', () => {
  afterEach(resetMedia);

  it('forced colours: actions keep a visible border, the region a visible edge', async () => {
    await forcedColors(true);
    const el = await fixture<HelpBanner>(html`<help-banner></help-banner>`);
    const action = root(el).querySelector<HTMLElement>('.action')!;
    expect(getComputedStyle(action).borderTopStyle).to.equal('solid');
    expect(parseFloat(getComputedStyle(action).borderTopWidth)).to.be.at.least(1);
    expect(getComputedStyle(region(el)).borderTopStyle).to.equal('solid');
    await expect(el).to.be.accessible();
  });

  it('print: the numbers and the text keyword print as text; buttons do not print', async () => {
    await printMedia();
    const el = await fixture<HelpBanner>(
      html`<help-banner position="top" message="Help is here."></help-banner>`,
    );
    expect(getComputedStyle(el).position).to.equal('static');
    const text = visibleText(region(el));
    expect(text).to.include('Call 911');
    expect(text).to.include('Call 1-888-373-7888');
    expect(text).to.include('Text HELP to 233733');
    expect(dismissButton(el)!.getClientRects().length).to.equal(0);
    expect(root(el).querySelector<HTMLElement>('.copy')!.getClientRects().length).to.equal(0);
  });
});

describe('<help-banner> accessible names (Chromium only: DevTools accessibility tree)', () => {
  it('actions are named with their visible text plus the hotline name, as on the card (check 21)', async () => {
    await fixture(
      html`<div>
        <help-banner></help-banner>
        <help-banner preset="ca-trafficking" lang="es"></help-banner>
      </div>`,
    );
    const names = await actionNames();
    for (const name of [
      'Call 1-888-373-7888 (National Human Trafficking Hotline)',
      'Text HELP to 233733 US mobile networks only (National Human Trafficking Hotline)',
      'Copy number 1-888-373-7888 (National Human Trafficking Hotline)',
      'Llamar al 1-833-900-1010 (Canadian Human Trafficking Hotline)',
      'Copiar número 1-833-900-1010 (Canadian Human Trafficking Hotline)',
    ])
      expect(names).to.include(name);
    // Unique across banners; no spaced-digit labels.
    const hotlineNames = names.filter((name) => name.includes('Hotline'));
    expect(new Set(hotlineNames).size).to.equal(hotlineNames.length);
    for (const el of document.querySelectorAll('help-banner'))
      expect(el.shadowRoot!.querySelector('a[aria-label], .action[aria-label]')).to.equal(null);
  });
});
