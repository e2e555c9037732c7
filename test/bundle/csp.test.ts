/**
 * Strict CSP + Trusted Types (issue 8, part 3): the Foundation header (`default-src 'self';
 * script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html`,
 * see test/server/middleware.mjs), all elements on one page, every action exercised: no violation,
 * no console error.
 *
 * "Every action": every button and text field of every element (hostile-kit `exerciseActions`), the
 * extra steps in each element's profile, and then, each in its own sandboxed frame, the actions that
 * leave the page or send data (the exit; the form submission), with the violations of the page that
 * is leaving recorded up to its unload.
 */
import { expect } from '@open-wc/testing';
import { addElement, closeBundlePages, loadBundlePage, sampleAttributes } from './bundle-page.js';
import { profileOf } from './element-profiles.js';
import { addEveryElement, exerciseActions, frames, manifestElements, pause } from './hostile-kit.js';

describe('strict CSP + Trusted Types, every action exercised (built bundle)', () => {
  afterEach(closeBundlePages);

  it('the policy is in force on these pages (a page script breaking it is reported)', async () => {
    const page = await loadBundlePage('classic-once.html?csp=strict');
    const target = page.doc.createElement('div');
    page.doc.body.append(target);
    expect(() => {
      target.innerHTML = '<b>not trusted</b>';
    }).to.throw();
    await pause(page, 50);
    expect(page.probe.violations.some((v) => v.startsWith('require-trusted-types-for'))).to.equal(true);
  });

  it('all elements on one page, every button and field operated: zero violations', async () => {
    const page = await loadBundlePage('classic-once.html?csp=strict', { width: 1024 });
    const hosts = await addEveryElement(page);
    for (const host of hosts) await exerciseActions(page, host);
    // Language and direction changes re-render every element.
    for (const lang of ['es', 'ar', 'en']) {
      page.doc.documentElement.lang = lang;
      await frames(page);
    }
    await pause(page, 50);
    expect(page.probe.violations).to.deep.equal([]);
    expect(page.probe.errors).to.deep.equal([]);
  });

  for (const { tagName } of manifestElements()) {
    const leave = profileOf(tagName).leave;
    if (!leave) continue;
    it(`<${tagName}>: the action that leaves the page or sends data runs with zero violations`, async () => {
      const page = await loadBundlePage('classic-once.html?csp=strict');
      const host = await addElement(page, tagName, {
        ...(sampleAttributes[tagName] ?? {}),
        ...leave.attributes,
      });
      const probe = page.probe; // kept: the page may be gone after the action
      const left = new Promise<boolean>((resolve) => {
        page.frame.addEventListener('load', () => resolve(true), { once: true });
        setTimeout(() => resolve(false), 6000); // (a sign-up's retries take a few seconds under load)
      });
      await leave.run(page, host);
      const navigated = await Promise.race([left, pause(page, 500).then(() => 'stayed' as const)]);
      expect(probe.violations).to.deep.equal([]);
      expect(probe.errors).to.deep.equal([]);
      expect(navigated, 'the action finished (left the page, or stayed and settled)').to.not.equal(false);
    });
  }
});
