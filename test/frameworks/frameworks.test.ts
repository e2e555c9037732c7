import { expect, waitUntil } from '@open-wc/testing';

/**
 * The React 19, Vue 3 and Svelte 5 apps in test/frameworks/apps, built by scripts/test-frameworks.mjs
 * against the packed tarball (npm test runs it before this suite), each loaded in a frame as a
 * visitor would get it. Every element renders with the values the framework passed (numbers,
 * booleans and arrays as properties or attributes), and every event reaches the framework's own
 * handler: the app's rendered log shows it (framework state), and a report to this page shows it too
 * (the exit leaves the app's page, so its report is the only trace).
 */
const APPS = ['react', 'vue', 'svelte'] as const;
type App = (typeof APPS)[number];

/** Scripts, same origin and forms, but no top navigation: the quick exit leaves the frame only. */
const SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-forms';

const reports = new Map<App, string[]>(APPS.map((app) => [app, []]));
window.addEventListener('message', (event: MessageEvent<{ app: App; line: string }>) => {
  if (event.origin === location.origin && reports.has(event.data?.app))
    reports.get(event.data.app)!.push(event.data.line);
});

interface Loaded {
  frame: HTMLIFrameElement;
  doc: Document;
}

async function load(app: App): Promise<Loaded> {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', SANDBOX);
  frame.style.width = '900px';
  frame.style.height = '700px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/frameworks/apps/${app}/dist/index.html`;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  await waitUntil(
    () => doc.querySelector('#card')?.shadowRoot?.querySelector('[role="heading"]'),
    `${app}: the app did not render (was it built? npm test builds it)`,
    { timeout: 10000 },
  );
  for (const element of doc.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>(
    'hotline-card, help-banner, mailing-list-form, quick-exit, did-you-know, meeting-card',
  ))
    await element.updateComplete;
  return { frame, doc };
}

const shadow = (doc: Document, id: string) => doc.getElementById(id)!.shadowRoot!;
const logLines = (doc: Document) =>
  Array.from(doc.querySelectorAll('#log li'), (li) => li.textContent!.trim());
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

for (const app of APPS) {
  describe(`the ${app} app, built against the packed package`, () => {
    let page: Loaded;
    before(async () => {
      page = await load(app);
    });
    after(() => page?.frame.remove());

    it('renders every element with the values the framework passed', async () => {
      const { doc } = page;
      // headingLevel={4} / :heading-level="4": a number, as a property or an attribute.
      expect(shadow(doc, 'card').querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('4');
      expect(shadow(doc, 'quiet').querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal(
        '5',
      );
      expect(shadow(doc, 'quiet').querySelector('a.call')!.getAttribute('href')).to.equal('tel:+12025550100');
      // emit-events={false} / :emit-events="false": off, however the framework passed it.
      expect((doc.getElementById('quiet') as HTMLElement & { emitEvents: boolean }).emitEvents).to.equal(
        false,
      );
      expect(shadow(doc, 'banner').querySelector('a.emergency-call')!.getAttribute('href')).to.equal(
        'tel:911',
      );
      // fields={['email', 'first-name']}: an array property.
      const signup = doc.getElementById('signup')!;
      expect(signup.querySelectorAll('input[type="email"]')).to.have.length(1);
      expect(signup.querySelector('input[autocomplete="given-name"]'), 'the first-name field').to.exist;
      expect(shadow(doc, 'exit').querySelector('a.control')!.getAttribute('href')).to.equal(
        new URL('/test/frameworks/apps/shared/landing.html', location.href).href,
      );
      // interval={8}, shuffle={false}, headingLevel={3|4}: numbers and booleans as the attributes mean.
      const facts = doc.getElementById('facts') as HTMLElement & { interval: number; shuffle: boolean };
      expect([facts.interval, facts.shuffle]).to.deep.equal([8, false]);
      expect(shadow(doc, 'facts').querySelector('[part~="pause"]'), 'turning by itself').to.exist;
      expect(shadow(doc, 'facts').querySelector('[part~="count"]')!.textContent!.trim()).to.equal('1 of 2');
      expect(shadow(doc, 'facts').querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal(
        '3',
      );
      expect(facts.querySelector('a')!.getAttribute('href'), 'the facts stay the app’s own markup').to.equal(
        'https://example.org/stat',
      );
      expect(shadow(doc, 'meeting').querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal(
        '4',
      );
      const next = shadow(doc, 'meeting').querySelector('[part~="next"]')!.textContent!;
      expect(next.replace(/\s+/g, ' ')).to.match(/Next meeting: Thu,/);
      expect(
        reports.get(app)!.filter((line) => line.startsWith('warning')),
        'no warnings',
      ).to.deep.equal([]);
    });

    it('every event reaches the framework handler; emit-events={false} sends none', async () => {
      const { doc } = page;
      shadow(doc, 'quiet').querySelector<HTMLElement>('button.copy')!.click();
      shadow(doc, 'card').querySelector<HTMLElement>('button.copy')!.click();
      shadow(doc, 'banner').querySelector<HTMLElement>('button.copy')!.click();
      shadow(doc, 'banner').querySelector<HTMLElement>('button.dismiss')!.click();

      // A signup that fails, then one that works (the stand-in answers by the address).
      const signup = doc.getElementById('signup')!;
      const email = signup.querySelector<HTMLInputElement>('input[type="email"]')!;
      for (const [address, line] of [
        ['error500@example.org', 'stat-subscribe-error generic failed'],
        ['success@example.org', 'stat-subscribe generic subscribed'],
      ]) {
        email.value = address!;
        email.dispatchEvent(new Event('input', { bubbles: true }));
        // A submit within 2 s of rendering asks for a confirming second click (a bot trap).
        for (let attempt = 0; attempt < 5 && !logLines(doc).includes(line!); attempt += 1) {
          signup.querySelector<HTMLElement>('[type="submit"]')!.click();
          await pause(700);
        }
      }
      const expected = [
        'stat-contact us-trafficking copy',
        'stat-contact us-988 copy',
        'stat-dismiss',
        'stat-subscribe-error generic failed',
        'stat-subscribe generic subscribed',
      ];
      await waitUntil(() => logLines(doc).length >= expected.length, `${app}: ${logLines(doc).join(' | ')}`);
      expect(logLines(doc), 'the app’s own log (framework state)').to.deep.equal(expected);
      expect(reports.get(app)).to.deep.equal(expected);

      // Last: the exit leaves the app's page for the landing page.
      shadow(doc, 'exit').querySelector<HTMLElement>('a.control')!.click();
      await waitUntil(() => reports.get(app)!.includes('stat-exit pointer'), `${app}: no stat-exit`);
      await waitUntil(
        () => page.frame.contentWindow?.location.pathname === '/test/frameworks/apps/shared/landing.html',
        `${app}: the exit did not leave`,
      );
    });
  });
}
