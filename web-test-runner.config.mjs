// Browser tests in one engine per run: `ENGINE=chromium|firefox|webkit npx wtr` (default chromium);
// `npm test` runs all three (scripts/test.mjs). The engines are Debian's packages: see
// scripts/ensure-browser.mjs (finding, installing) and scripts/engines.mjs (launching).
// Files named `*.chromium.test.ts` need a Chromium-only tool (the DevTools protocol) and run in
// Chromium only; every other test file runs in all three engines.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { ENGINES } from './scripts/ensure-browser.mjs';
import { chromiumLauncher, firefoxLauncher, webkitLauncher } from './scripts/engines.mjs';
import { countingReporter } from './scripts/counting-reporter.mjs';
import { testServerMiddleware } from './test/server/middleware.mjs';
import { engineCommandsPlugin } from './test/server/engine-commands.mjs';
import { forcedColorsPlugin } from './test/server/forced-colors-plugin.mjs';
import { quickExitPlugin } from './test/server/quick-exit-plugin.mjs';

// The browser runs in a zone far from every hotline, so a test cannot pass by reading local time
// (hotline hours must be computed in the hotline's own zone). Every engine takes its zone from TZ.
process.env.TZ = 'Pacific/Auckland';

const engine = process.env.ENGINE ?? 'chromium';
if (!ENGINES.includes(engine)) throw new Error(`ENGINE must be one of ${ENGINES.join(', ')}`);

const launchers = {
  // One page at a time: background pages get no animation frames or focus in headless Chromium.
  chromium: () => chromiumLauncher({ concurrency: 1 }),
  firefox: () => firefoxLauncher({ concurrency: 1 }),
  webkit: () => webkitLauncher(),
};

// The test page, with one last stop in the Tab order after everything a test adds to <body>: a test
// that tabs past its last control stays in the page. (Firefox would move the focus into its own
// toolbar, and nothing a test can do brings it back to the page for the tests that follow.)
const testRunnerHtml = (testFramework) => `<!doctype html>
<html lang="en">
  <body>
    <script>
      const stop = document.createElement('span');
      stop.tabIndex = 0;
      stop.id = 'test-page-end';
      document.documentElement.append(stop);
    </script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`;

export default {
  testRunnerHtml,
  files: ['test/**/*.test.ts', ...(engine === 'chromium' ? [] : ['!test/**/*.chromium.test.ts'])],
  nodeResolve: true,
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 900000,
  browserStartTimeout: 60000,
  middleware: [testServerMiddleware],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2021' }),
    engineCommandsPlugin(),
    a11ySnapshotPlugin(),
    forcedColorsPlugin(),
    quickExitPlugin(),
  ],
  browsers: [await launchers[engine]()],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countingReporter({ engine })],
};
