// Held keys in every engine, where @web/test-runner-commands stops short (its sendKeys `down`/`up`
// support Puppeteer and Playwright only, not WebDriver). Tests call it through test/engine.ts:
//   executeServerCommand('engine-key', { down | up | press: 'Shift' })  hold, release or press a key
//   (press: for keys WebDriver has no name for in sendKeys, such as ShiftRight)

/** WebDriver's code points for these keys (https://w3c.github.io/webdriver/#keyboard-actions). */
const WEBDRIVER_KEYS = {
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Meta: '\uE03D',
  ShiftRight: '\uE050',
};

export function engineCommandsPlugin() {
  return {
    name: 'engine-commands',
    async executeCommand({ command, payload, session }) {
      if (command !== 'engine-key') return undefined;
      const { browser } = session;
      const key = payload.down ?? payload.up ?? payload.press;
      if (browser.type === 'puppeteer') {
        const { keyboard } = browser.getPage(session.id);
        if (payload.down) await keyboard.down(key);
        else if (payload.up) await keyboard.up(key);
        else await keyboard.press(key);
        return true;
      }
      if (browser.type === 'webdriver') {
        const value = WEBDRIVER_KEYS[key];
        if (!value) throw new Error(`engine-key: no WebDriver code for ${key}`);
        const types = payload.down ? ['keyDown'] : payload.up ? ['keyUp'] : ['keyDown', 'keyUp'];
        const actions = types.map((type) => ({ type, value }));
        await browser.driver.performActions([{ type: 'key', id: 'keyboard', actions }]);
        return true;
      }
      throw new Error(`engine-key is not supported for ${browser.type}`);
    },
  };
}
