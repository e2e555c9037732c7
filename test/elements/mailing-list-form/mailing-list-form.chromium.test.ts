import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/mailing-list-form/define.js';
import type { MailingListForm } from '../../../src/elements/mailing-list-form/mailing-list-form.js';
import { namesOf } from '../a11y-text.js';
import { forcedColors, resetMedia } from '../chromium-media.js';

const button = (el: Element) => el.querySelector<HTMLButtonElement>('button[type=submit]')!;

describe('<mailing-list-form> in forced colours (Chromium only: DevTools media emulation)', () => {
  afterEach(resetMedia);

  it('forced colours: the button keeps a visible edge', async () => {
    await forcedColors(true);
    const el = await fixture<MailingListForm>(
      html`<mailing-list-form action="/x" provider="generic"></mailing-list-form>`,
    );
    expect(getComputedStyle(button(el)).borderTopStyle).to.equal('solid');
    expect(parseFloat(getComputedStyle(button(el)).borderTopWidth)).to.be.at.least(1);
    await expect(el).to.be.accessible();
  });
});

describe('<mailing-list-form> accessibility tree (Chromium only: DevTools accessibility tree)', () => {
  it('check 25: the honeypot is not in the accessibility tree; the real fields are, by name', async () => {
    const el = await fixture<MailingListForm>(
      html`<mailing-list-form
        action="/stand-in/mailchimp/a11y/subscribe/post?u=a11y&amp;id=list1"
        fields="email first-name"
      ></mailing-list-form>`,
    );
    await el.updateComplete;
    expect(await namesOf(['textbox', 'searchbox', 'combobox'])).to.deep.equal([
      'Email address',
      'First name',
    ]);
  });
});
