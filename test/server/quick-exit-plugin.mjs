/* global document, window */
// Test-runner commands for the <quick-exit> acceptance checks that need the browser itself (Puppeteer
// drives the same headless Chromium as the tests; see reference/quick-exit.md §5):
//   executeServerCommand('quick-exit-screenshot', { frame })  → PNG (base64) of the named iframe
//   executeServerCommand('quick-exit-a11y', { frame })        → the frame's accessibility tree
//   executeServerCommand('quick-exit-requests', { frame, action: 'start' | 'stop' })
//       → every network request the named frame made between start and stop (URLs; `data:` excluded)
//   executeServerCommand('quick-exit-top-page', { url, scenario: 'framed' | 'bfcache' })
//       → opens `url` as a top-level tab and plays the scenario (see below); the test page is untouched.
export function quickExitPlugin() {
  const logs = new Map();
  return {
    name: 'quick-exit-commands',
    async executeCommand({ command, payload, session }) {
      if (!command.startsWith('quick-exit-')) return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`${command} needs Chromium (Puppeteer).`);
      const page = session.browser.getPage(session.id);
      // Puppeteer learns a frame's name from its navigation events, which can lag behind the page under
      // load; so a frame is also recognised by its own window.name, and looked for again for up to 2 s.
      const frameNamed = async () => {
        for (let attempt = 0; attempt < 20; attempt += 1) {
          const byName = page.frames().find((candidate) => candidate.name() === payload.frame);
          if (byName) return byName;
          for (const candidate of page.frames()) {
            // A frame that is navigating has no document to ask: give up on it after 200 ms.
            const name = await Promise.race([
              candidate.evaluate(() => window.name).catch(() => undefined),
              new Promise((resolve) => setTimeout(resolve, 200)),
            ]);
            if (name === payload.frame) return candidate;
          }
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        throw new Error(`${command}: no frame named ${payload.frame}`);
      };
      if (command === 'quick-exit-screenshot') {
        const element = await (await frameNamed()).frameElement();
        const box = await element.boundingBox();
        return page.screenshot({ clip: box, encoding: 'base64', captureBeyondViewport: false });
      }
      if (command === 'quick-exit-a11y') {
        return (await frameNamed()).accessibility.snapshot({ interestingOnly: true });
      }
      if (command === 'quick-exit-requests') {
        if (payload.action === 'start') {
          const urls = [];
          const listener = (request) => {
            const frame = request.frame();
            if (frame && frame.name() === payload.frame && !request.url().startsWith('data:'))
              urls.push(request.url());
          };
          page.on('request', listener);
          logs.set(payload.frame, { urls, listener });
          return true;
        }
        const log = logs.get(payload.frame);
        logs.delete(payload.frame);
        if (!log) return null;
        page.off('request', log.listener);
        return log.urls;
      }
      if (command === 'quick-exit-top-page') return topPage(page, payload);
      return undefined;
    },
  };
}

/**
 * Plays a scenario in a new top-level tab and reports what happened:
 * - `framed`: `url` frames a same-origin child page holding <quick-exit>; a real click on its control.
 *   → { topUrl, frameUrls, errors } (console errors and uncaught exceptions of both documents).
 * - `fresh-keyboard`: `url` holds <quick-exit>; three Shift presses in a tab never clicked.
 *   → { activated (user activation before the keys), topUrl, errors }
 * - `bfcache`: `url` holds a button that runs `exitNow({ history: 'push' })`; a real click, then Back.
 *   → { notRestoredReasons, urls } (the top URL after the click, after Back, and once settled).
 */
async function topPage(testPage, { url, scenario }) {
  const tab = await testPage.browser().newPage();
  const errors = [];
  tab.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  tab.on('pageerror', (error) => errors.push(String(error)));
  try {
    // Short timeouts: a failing scenario must end well inside the test's own timeout.
    await tab.goto(url, { waitUntil: 'load', timeout: 5000 });
    if (scenario === 'framed') {
      const child = tab.frames().find((frame) => frame !== tab.mainFrame());
      const control = await child.waitForFunction(() =>
        document.querySelector('quick-exit')?.shadowRoot?.querySelector('.control'),
      );
      await Promise.all([tab.waitForNavigation({ waitUntil: 'load', timeout: 5000 }), control.click()]);
      return { topUrl: tab.url(), frameUrls: tab.frames().map((frame) => frame.url()), errors };
    }
    if (scenario === 'fresh-keyboard') {
      // A fresh tab that has had no click at all: three Shift presses, nothing else. (Puppeteer's own
      // evaluate() runs as a user gesture, so the page is read through the protocol without one.)
      const client = await tab.createCDPSession();
      const read = async (expression) =>
        (await client.send('Runtime.evaluate', { expression, returnByValue: true, userGesture: false }))
          .result.value;
      for (let waited = 0; waited < 5000; waited += 50) {
        if (await read(`!!document.querySelector('quick-exit')?.shadowRoot?.querySelector('.control')`))
          break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const activated = await read('navigator.userActivation.hasBeenActive');
      const left = tab.waitForNavigation({ waitUntil: 'load', timeout: 5000 });
      for (let i = 0; i < 3; i += 1) await tab.keyboard.press('Shift');
      await left;
      return { activated, topUrl: tab.url(), errors };
    }
    if (scenario === 'bfcache') {
      const client = await tab.createCDPSession();
      await client.send('Page.enable');
      const notRestoredReasons = [];
      client.on('Page.backForwardCacheNotUsed', (event) =>
        notRestoredReasons.push(...event.notRestoredExplanations.map((reason) => reason.reason)),
      );
      const urls = [];
      await tab.waitForFunction(() => window.__ready === true, { timeout: 5000 });
      await Promise.all([tab.waitForNavigation({ waitUntil: 'load', timeout: 5000 }), tab.click('#exit')]);
      urls.push(tab.url());
      await tab.goBack({ waitUntil: 'load', timeout: 5000 }).catch(() => null);
      urls.push(tab.url());
      // Leaving again (the documented policy) lands on the destination within the watchdog's time.
      for (let waited = 0; waited < 4000 && !tab.url().includes('/__quick-exit/landing'); waited += 100)
        await new Promise((resolve) => setTimeout(resolve, 100));
      await tab
        .waitForFunction(() => document.readyState === 'complete', { timeout: 3000 })
        .catch(() => null);
      urls.push(tab.url());
      return { notRestoredReasons, urls, errors };
    }
    throw new Error(`unknown scenario ${scenario}`);
  } finally {
    await tab.close();
    await testPage.bringToFront();
  }
}
