// Finds the three browser engines the tests run in, or installs them from Debian's packages:
//   chromium  Debian's `chromium`
//   firefox   Debian's `firefox-esr` (driven over WebDriver BiDi by puppeteer-core)
//   webkit    Debian's `webkit2gtk-driver` (WebKitWebDriver; it pulls in libwebkit2gtk-4.1-0, whose
//             MiniBrowser is the browser) and `xvfb` (MiniBrowser has no headless mode: it needs a display)
// It never downloads a browser build (no `npx playwright install`, no full puppeteer): this project's
// machines reach only the npm registry and Debian's packages.
//
//   node scripts/ensure-browser.mjs [engine…]   (default: all three) prints each engine's programs,
//   installing the missing packages in one apt-get run (as root); exits 1 with instructions otherwise.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

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

const first = (paths) => paths.filter(Boolean).find((path) => existsSync(path)) ?? null;

/** `/usr/lib/<multiarch triplet>/webkit2gtk-4.1/MiniBrowser`, whatever the machine's architecture. */
function miniBrowser() {
  const triplets = existsSync('/usr/lib')
    ? readdirSync('/usr/lib').filter((name) => name.includes('-linux-'))
    : [];
  return first([
    process.env.MINIBROWSER_PATH,
    ...triplets.map((triplet) => `/usr/lib/${triplet}/webkit2gtk-4.1/MiniBrowser`),
  ]);
}

/** Each engine: the Debian packages that provide it, and where its programs are (null when missing). */
const PROVIDERS = {
  chromium: {
    packages: ['chromium'],
    find: () => ({
      browser: first([
        process.env.CHROME_PATH,
        '/usr/bin/chromium',
        '/usr/bin/chromium-browser',
        '/usr/bin/google-chrome',
        '/usr/bin/google-chrome-stable',
      ]),
    }),
  },
  firefox: {
    packages: ['firefox-esr'],
    find: () => ({ browser: first([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']) }),
  },
  webkit: {
    packages: ['webkit2gtk-driver', 'xvfb'],
    find: () => ({
      browser: miniBrowser(),
      driver: first(['/usr/bin/WebKitWebDriver']),
      xvfb: first(['/usr/bin/Xvfb']),
    }),
  },
};

/** The programs of `engine` ({ browser, driver?, xvfb? }), or null when any of them is missing. */
export function findEngine(engine) {
  const programs = PROVIDERS[engine].find();
  return Object.values(programs).every(Boolean) ? programs : null;
}

/** The Chromium binary (tests and benches), or null. */
export function findBrowser() {
  return findEngine('chromium')?.browser ?? null;
}

function install(packages) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(
      [
        `Missing browser packages (${packages.join(', ')}), and this user cannot install them.`,
        "Install Debian's packages, then run the tests again:",
        `  sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`,
        'or point CHROME_PATH / FIREFOX_PATH / MINIBROWSER_PATH at existing binaries.',
      ].join('\n'),
    );
    process.exit(1);
  }
  console.error(`Installing Debian's ${packages.join(', ')} (apt-get)...`);
  aptInstall(packages);
}

/** Installs Debian packages with apt-get, quietly (the caller checks that it runs as root). */
export function aptInstall(packages) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const stdio = ['ignore', 'ignore', 'inherit'];
  execFileSync('apt-get', ['update', '-qq'], { stdio, env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio, env });
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop());
if (isMain) {
  const wanted = process.argv.slice(2).length ? process.argv.slice(2) : ENGINES;
  const unknown = wanted.filter((engine) => !ENGINES.includes(engine));
  if (unknown.length) {
    console.error(`Unknown engine(s): ${unknown.join(', ')} (known: ${ENGINES.join(', ')})`);
    process.exit(1);
  }
  const missing = wanted.filter((engine) => !findEngine(engine));
  if (missing.length) install(missing.flatMap((engine) => PROVIDERS[engine].packages));
  for (const engine of wanted) {
    const programs = findEngine(engine);
    if (!programs) {
      console.error(`${engine}: its packages were installed but a program is still missing.`);
      process.exit(1);
    }
    // The program we talk to must start, not just exist (a broken install fails here, not mid-run).
    // (MiniBrowser needs a display to start at all; WebKitWebDriver, which runs it, is checked instead.)
    const entry = programs.driver ?? programs.browser;
    try {
      execFileSync(entry, [programs.driver ? '--help' : '--version'], { stdio: 'ignore', timeout: 30000 });
    } catch {
      console.error(`${entry} is present but does not run.`);
      process.exit(1);
    }
    console.log(`${engine}: ${Object.values(programs).join(' ')}`);
  }
}
