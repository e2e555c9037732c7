// Browser tests in headless Chromium (Debian's `chromium` package; see scripts/ensure-browser.mjs).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { CHROMIUM_ARGS, findBrowser } from './scripts/ensure-browser.mjs';
import { countingReporter } from './scripts/counting-reporter.mjs';
import { testServerMiddleware } from './test/server/middleware.mjs';
import { forcedColorsPlugin } from './test/server/forced-colors-plugin.mjs';
import { quickExitPlugin } from './test/server/quick-exit-plugin.mjs';

// The browser runs in a zone far from every hotline, so a test cannot pass by reading local time
// (hotline hours must be computed in the hotline's own zone). Chromium takes its zone from TZ.
process.env.TZ = 'Pacific/Auckland';

const executablePath = findBrowser();
if (!executablePath) {
  throw new Error('No Chrome/Chromium found: run `node scripts/ensure-browser.mjs` (npm test does this).');
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: background pages get no animation frames or focus in headless Chromium.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  browserStartTimeout: 60000,
  middleware: [testServerMiddleware],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2021' }),
    a11ySnapshotPlugin(),
    forcedColorsPlugin(),
    quickExitPlugin(),
  ],
  browsers: [
    chromeLauncher({
      // Every test page behaves as the focused page, so `:focus` and `:focus-visible` match even when
      // a tab opened by another test (a decoy, a new-tab POST) took the window's focus for a moment.
      async createPage({ context }) {
        const page = await context.newPage();
        const session = await page.createCDPSession();
        await session.send('Emulation.setFocusEmulationEnabled', { enabled: true });
        return page;
      },
      launchOptions: {
        executablePath,
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countingReporter()],
};
