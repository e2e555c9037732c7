// The test runner's browser launchers, one per engine (programs found by scripts/ensure-browser.mjs):
//   chromium  headless Chromium through puppeteer-core (DevTools protocol)
//   firefox   headless Firefox ESR through puppeteer-core (WebDriver BiDi). The same launcher class as
//             @web/test-runner-puppeteer, given puppeteer-core instead of the full puppeteer package
//             (which would download a browser when installed).
//   webkit    WebKitGTK's MiniBrowser through WebKitWebDriver (@web/test-runner-webdriver), on a
//             private Xvfb display: MiniBrowser has no headless mode. Both programs are started here
//             and stopped when the test runner exits.
import { spawn } from 'node:child_process';
import * as puppeteerCore from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { CHROMIUM_ARGS, findEngine } from './ensure-browser.mjs';
import { freePort } from './free-port.mjs';

function programsOf(engine) {
  const programs = findEngine(engine);
  if (!programs) throw new Error(`${engine} is missing: run \`node scripts/ensure-browser.mjs ${engine}\`.`);
  return programs;
}

export function chromiumLauncher({ concurrency } = {}) {
  return chromeLauncher({
    concurrency,
    // Every test page behaves as the focused page, so `:focus` and `:focus-visible` match even when
    // a tab opened by another test (a decoy, a new-tab POST) took the window's focus for a moment.
    async createPage({ context }) {
      const page = await context.newPage();
      const session = await page.createCDPSession();
      await session.send('Emulation.setFocusEmulationEnabled', { enabled: true });
      return page;
    },
    launchOptions: { executablePath: programsOf('chromium').browser, headless: true, args: CHROMIUM_ARGS },
  });
}

export function firefoxLauncher({ concurrency } = {}) {
  const launcher = chromeLauncher({
    concurrency,
    puppeteer: puppeteerCore,
    launchOptions: {
      browser: 'firefox',
      executablePath: programsOf('firefox').browser,
      headless: true,
      extraPrefsFirefox: {
        // As for real users: popups (the decoy tab) are blocked unless a click allowed them.
        'dom.disable_open_during_load': true,
        // A closed network: nothing may call home.
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        'browser.safebrowsing.update.enabled': false,
      },
    },
  });
  // A fresh tab for every test file: a test that tabbed past the page or opened a tab can leave the
  // window's focus in Firefox's own toolbar, where no script brings it back.
  const stopSession = launcher.stopSession.bind(launcher);
  launcher.stopSession = async (sessionId) => {
    const result = await stopSession(sessionId);
    for (const page of launcher.inactivePages.splice(0)) await page.puppeteerPage.close();
    return result;
  };
  return launcher;
}

const children = [];
process.on('exit', () => {
  // Last started, first stopped: the driver (and its MiniBrowser) before the display.
  for (const child of children.reverse()) child.kill('SIGTERM');
});

function start(command, args, options) {
  const child = spawn(command, args, options);
  children.push(child);
  return child;
}

/** A display number chosen by Xvfb itself (`-displayfd`), so parallel runs never collide. */
async function startXvfb(xvfb) {
  const server = start(xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let text = '';
    server.stdio[3].on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) resolve(`:${text.trim()}`);
    });
    server.on('exit', (code) => reject(new Error(`Xvfb exited (${code}) before choosing a display`)));
  });
}

async function waitForDriver(port) {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port}`);
}

/** Starts Xvfb and WebKitWebDriver (so this is async), then returns the launcher. */
export async function webkitLauncher() {
  const { browser, driver, xvfb } = programsOf('webkit');
  const display = await startXvfb(xvfb);
  const port = await freePort();
  start(driver, [`--port=${port}`, '--host=127.0.0.1'], {
    stdio: 'ignore',
    env: { ...process.env, DISPLAY: display },
  });
  await waitForDriver(port);
  return webdriverLauncher({
    hostname: '127.0.0.1',
    port,
    path: '/',
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: browser, args: ['--automation'] },
    },
  });
}
