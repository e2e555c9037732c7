// Finds a Chrome/Chromium for the browser tests, or installs Debian's `chromium` package.
// It never downloads a browser build (no `npx playwright install`, no full puppeteer): this project's
// machines reach only the npm registry and Debian's packages.
// Prints the browser path on stdout (last line); exits 1 with instructions when it cannot provide one.
import { execFileSync, execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
].filter(Boolean);

/** Chromium's flags for tests and benches: root (CI) cannot run its sandbox; the network flags keep
 * it quiet on a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function findBrowser() {
  return candidates.find((path) => existsSync(path)) ?? null;
}

function install() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(
      [
        'No Chrome or Chromium was found, and this user cannot install one.',
        "Install Debian's browser package, then run the tests again:",
        '  sudo apt-get update && sudo apt-get install -y chromium',
        'or point CHROME_PATH at an existing Chrome/Chromium binary.',
      ].join('\n'),
    );
    process.exit(1);
  }
  console.error("No Chrome or Chromium found: installing Debian's chromium package (apt-get)...");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execSync('apt-get update -qq', { stdio: ['ignore', 'ignore', 'inherit'], env });
  execSync('apt-get install -y -qq chromium', { stdio: ['ignore', 'ignore', 'inherit'], env });
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop());
if (isMain) {
  let browser = findBrowser();
  if (!browser) {
    install();
    browser = findBrowser();
  }
  if (!browser) {
    console.error('chromium was installed but no browser binary was found; set CHROME_PATH.');
    process.exit(1);
  }
  try {
    execFileSync(browser, ['--version'], { stdio: 'ignore' });
  } catch {
    console.error(`${browser} is present but does not run.`);
    process.exit(1);
  }
  console.log(browser);
}
