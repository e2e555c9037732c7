import { expect, waitUntil } from '@open-wc/testing';
import { addElement, closeBundlePages, loadBundlePage, type BundlePage } from '../../bundle/bundle-page.js';

/**
 * The built bundle on pages a club might have: the Foundation's strict CSP with Trusted Types that do
 * not allow our `stat-widgets` script-URL policy (Mailchimp's JSONP cannot run, so the element says so
 * and falls back to Mailchimp's own page in a new tab — never hangs, never throws); the CSP the docs
 * advises for Mailchimp (JSONP works); and the bundle as a blocking script before a pasted form.
 */
type FormElement = HTMLElement & { state: string };

/**
 * Fills in `address` and submits as a visitor does: a submit within two seconds of the form appearing
 * (the time trap against bots) asks "press the button again to confirm", and the visitor does.
 * (The bundle's private members are mangled, so a test cannot switch the trap off from outside.)
 */
async function submitAsVisitor(el: FormElement, address: string): Promise<void> {
  el.querySelector<HTMLInputElement>('input[type=email]')!.value = address;
  const button = el.querySelector<HTMLButtonElement>('button[type=submit]')!;
  button.click();
  const status = () => el.querySelector('[role=status]')?.textContent ?? '';
  await waitUntil(() => el.state !== 'idle' || /again to confirm/.test(status()), 'no answer to the submit');
  if (el.state === 'idle') button.click();
}

/** Adds a Mailchimp form pointed at the stand-in to `page` and submits `address`. */
async function submitOn(page: BundlePage, key: string, address: string): Promise<FormElement> {
  const el = (await addElement(page, 'mailing-list-form', {
    action: `/stand-in/mailchimp/${key}/subscribe/post?u=${key}&id=list1`,
  })) as FormElement;
  await submitAsVisitor(el, address);
  return el;
}

describe('<mailing-list-form> in the built bundle (CSP, Trusted Types, blocking script)', () => {
  afterEach(closeBundlePages);

  it('a blocked JSONP falls back to a new-tab POST, with no error', async () => {
    const page = await loadBundlePage('classic-once.html?csp=strict');
    const posted: (string | null)[] = [];
    const win = page.win as unknown as typeof window;
    win.HTMLFormElement.prototype.submit = function (this: HTMLFormElement) {
      posted.push(this.getAttribute('action'));
    };
    const key = `csp${Date.now().toString(36)}`;
    const el = await submitOn(page, key, 'success@example.org');
    await waitUntil(() => el.state === 'opened', 'no fallback', { timeout: 5000 });
    expect(posted).to.have.length(1);
    expect(new URL(posted[0]!, page.win.location.href).pathname).to.equal(
      `/stand-in/mailchimp/${key}/subscribe/post`,
    );
    await waitUntil(() => /new tab/.test(el.querySelector('[role=status]')!.textContent!));
    expect(page.probe.errors).to.deep.equal([]);
    expect(Object.keys(page.win).some((name) => name.startsWith('statMailchimp'))).to.equal(false);
  });

  it("with the docs' CSP for Mailchimp (policy `stat-widgets` allowed), JSONP works and cleans up", async () => {
    // A path from test/bundle/pages/ to the stand-in's page route.
    const page = await loadBundlePage('../../../stand-in/page/mailchimp');
    const key = `tt${Date.now().toString(36)}`;
    const el = await submitOn(page, key, 'pending@example.org');
    await waitUntil(() => el.state === 'pending', 'no answer', { timeout: 5000 });
    await waitUntil(() => !page.doc.querySelector(`script[src*="${key}"]`));
    expect(Object.keys(page.win).some((name) => name.startsWith('statMailchimp'))).to.equal(false);
    expect(page.probe.violations).to.deep.equal([]);
    expect(page.probe.errors).to.deep.equal([]);
    expect(page.probe.warnings).to.deep.equal([]);
  });

  it('loaded as a blocking script before a pasted form, it enhances that form instead of adding its own', async () => {
    const page = await loadBundlePage('../../../stand-in/page/sync');
    const el = page.doc.querySelector('mailing-list-form')!;
    expect(el.querySelectorAll('form')).to.have.length(1);
    expect(el.querySelector('form')!.noValidate).to.equal(true);
    expect(el.querySelector('[role=status]')).to.exist;
    expect(el.querySelector('[role=alert]')).to.exist;
    expect(page.probe.errors).to.deep.equal([]);
    expect(page.probe.warnings).to.deep.equal([]);
  });

  it('check 28: a CSP whose script-src leaves out Mailchimp blocks the JSONP; the element posts to /post in a new tab', async () => {
    // The docs' Mailchimp CSP minus the list-manage.com host: the script is refused before any request.
    const page = await loadBundlePage('../../../stand-in/page/mailchimp');
    const posted: (string | null)[] = [];
    const win = page.win as unknown as typeof window;
    win.HTMLFormElement.prototype.submit = function (this: HTMLFormElement) {
      posted.push(this.getAttribute('action'));
    };
    const action = 'https://club.us1.list-manage.com/subscribe/post?u=abc123&id=def456';
    const el = (await addElement(page, 'mailing-list-form', { action })) as FormElement;
    await submitAsVisitor(el, 'ok@example.org');
    await waitUntil(() => el.state === 'opened', 'no fallback', { timeout: 5000 });
    expect(posted).to.deep.equal([action]);
    await waitUntil(() => /blocked the sign-up/.test(el.querySelector('[role=status]')!.textContent!));
    expect(page.probe.violations.join('\n')).to.match(/list-manage\.com/);
    expect(Object.keys(page.win).some((name) => name.startsWith('statMailchimp'))).to.equal(false);
    expect(page.doc.querySelector('script[src*="list-manage"]')).to.equal(null);
    expect(page.probe.errors).to.deep.equal([]);
  });

  it('check 33: back from a form-post provider with ?subscribed=1, the form shows the success state', async () => {
    const page = await loadBundlePage('classic-once.html?subscribed=1');
    const action = 'https://buttondown.com/api/emails/embed-subscribe/club';
    const el = (await addElement(page, 'mailing-list-form', { action })) as FormElement;
    await waitUntil(() => el.state === 'subscribed', 'no success state', { timeout: 5000 });
    await waitUntil(() => /successfully subscribed/.test(el.querySelector('[role=status]')!.textContent!));
    // Readable providers answer for themselves: the parameter means nothing to them.
    const kit = (await addElement(page, 'mailing-list-form', {
      action: 'https://app.kit.com/forms/123/subscriptions',
    })) as FormElement;
    expect(kit.state).to.equal('idle');
    expect(page.probe.requests.some((url) => /buttondown|kit\.com/.test(url))).to.equal(false);
    expect(page.probe.errors).to.deep.equal([]);
    expect(page.probe.warnings).to.deep.equal([]);
  });

  it('check 33: without ?subscribed=1 a form-post form claims nothing on load', async () => {
    const page = await loadBundlePage('classic-once.html?subscribed=0');
    const action = 'https://buttondown.com/api/emails/embed-subscribe/club';
    const el = (await addElement(page, 'mailing-list-form', { action })) as FormElement;
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.state).to.equal('idle');
    expect(el.querySelector('[role=status]')!.textContent!.trim()).to.equal('');
  });
});
