// A test-runner command for forced-colours emulation. `emulateMedia` from
// @web/test-runner-commands ignores `forcedColors` under Chromium (it only passes colour scheme and
// reduced motion to Puppeteer), so tests call this instead:
//   executeServerCommand('emulate-forced-colors', { active: true })
// Note: like `emulateMedia`, it replaces every emulated media feature (reduced motion included).
export function forcedColorsPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer') {
        throw new Error(`emulate-forced-colors is not supported for ${session.browser.type}.`);
      }
      // Puppeteer's emulateMediaFeatures refuses `forced-colors`; the DevTools protocol accepts it.
      const page = session.browser.getPage(session.id);
      let client = sessions.get(page);
      if (!client) {
        client = await page.createCDPSession();
        sessions.set(page, client);
      }
      await client.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}
