// A throwaway WordPress on 127.0.0.1 for the plugin's tests: Debian's `wordpress` files copied to a
// temp folder with a wp-config.php of their own (Debian's reads /etc/wordpress, which we leave alone),
// our own MariaDB server (data and socket in the same temp folder, no network), PHP's built-in web
// server on a free port, and WordPress installed by its own wp_install(). Nothing of the system's
// Apache or MariaDB services is used or changed. `stop()` ends both servers and removes the folder.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { aptInstall } from '../../scripts/ensure-browser.mjs';
import { freePort } from '../../scripts/free-port.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const WORDPRESS = '/usr/share/wordpress';
export const THEMES = ['twentytwentythree', 'twentytwentyone'];

/** Debian packages the tests need, and a file that shows each is installed. */
const PACKAGES = {
  wordpress: `${WORDPRESS}/wp-settings.php`,
  'mariadb-server': '/usr/sbin/mariadbd',
  'php-cli': '/usr/bin/php',
  'php-mysql': null, // checked below: PHP's mysqli extension
  ...Object.fromEntries(
    THEMES.map((theme) => [`wordpress-theme-${theme}`, `${WORDPRESS}/wp-content/themes/${theme}/style.css`]),
  ),
};

/**
 * The test site is offline: no mail server, and no WordPress.org to ask for updates (a failed update
 * check logs a PHP warning of WordPress's own, which would hide the plugin's in the debug log). The
 * update checks are off, and any other request WordPress itself sends gets an empty answer at once
 * ("no updates").
 */
const TEST_SITE_PLUGIN = `<?php
function wp_mail() {
	return true;
}
foreach ( array( 'admin_init' => array( '_maybe_update_core', '_maybe_update_plugins', '_maybe_update_themes' ), 'load-plugins.php' => array( 'wp_update_plugins' ), 'load-themes.php' => array( 'wp_update_themes' ), 'load-update.php' => array( 'wp_update_plugins', 'wp_update_themes' ), 'load-update-core.php' => array( 'wp_update_plugins', 'wp_update_themes' ), 'wp_update_plugins' => array( 'wp_update_plugins' ), 'wp_update_themes' => array( 'wp_update_themes' ), 'wp_version_check' => array( 'wp_version_check' ), 'init' => array( 'wp_schedule_update_checks' ) ) as $hook => $callbacks ) {
	foreach ( $callbacks as $callback ) {
		remove_action( $hook, $callback );
	}
}
add_filter(
	'pre_http_request',
	function () {
		return array( 'headers' => array(), 'body' => '{"plugins":[],"themes":[],"no_update":[],"translations":[]}', 'response' => array( 'code' => 200, 'message' => 'OK' ), 'cookies' => array(), 'filename' => null );
	}
);
`;

function hasMysqli() {
  try {
    return execFileSync('php', ['-m'], { encoding: 'utf8' }).split('\n').includes('mysqli');
  } catch {
    return false;
  }
}

/** Installs whatever is missing with apt-get (as root), with scripts/ensure-browser.mjs's `aptInstall`. */
export function ensurePackages() {
  const missing = Object.entries(PACKAGES)
    .filter(
      ([name, file]) => (file ? !existsSync(file) : !existsSync('/usr/bin/php') || !hasMysqli()) && name,
    )
    .map(([name]) => name);
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0)
    throw new Error(
      `Missing Debian packages: ${missing.join(' ')}. Install them: sudo apt-get install -y ${missing.join(' ')}`,
    );
  console.log(`Installing Debian packages: ${missing.join(' ')} (apt-get)...`);
  aptInstall(missing);
}

async function waitFor(test, what, timeoutMs = 20000) {
  const start = Date.now();
  for (;;) {
    if (await test()) return;
    if (Date.now() - start > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Starts the site and installs WordPress. Resolves with the site's URL, the admin password, a
 * `tool(command, args)` for test/wordpress/wp-tool.php, the debug log's path and `stop()`.
 */
export async function startSite() {
  ensurePackages();
  const dir = mkdtempSync(join(tmpdir(), 'wp-test-'));
  const site = join(dir, 'site');
  const children = [];
  const stop = async () => {
    for (const child of children.reverse()) {
      if (child.exitCode !== null) continue;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    // WordPress's files, without Debian's config, its .htaccess link, translations or bundled plugins.
    mkdirSync(join(site, 'wp-content/plugins'), { recursive: true });
    mkdirSync(join(site, 'wp-content/mu-plugins'));
    for (const entry of readdirSync(WORDPRESS))
      if (!['wp-config.php', 'wp-content', '.htaccess'].includes(entry))
        cpSync(join(WORDPRESS, entry), join(site, entry), { recursive: true, dereference: true });
    for (const theme of THEMES)
      cpSync(join(WORDPRESS, 'wp-content/themes', theme), join(site, 'wp-content/themes', theme), {
        recursive: true,
        dereference: true,
      });
    writeFileSync(join(site, 'wp-content/mu-plugins/test-site.php'), TEST_SITE_PLUGIN);

    const socket = join(dir, 'mysqld.sock');
    mkdirSync(join(dir, 'db'));
    const db = spawn(
      'mariadbd',
      [
        '--no-defaults',
        `--datadir=${join(dir, 'db')}`,
        `--socket=${socket}`,
        `--pid-file=${join(dir, 'mysqld.pid')}`,
        '--skip-networking',
        '--skip-grant-tables',
        '--user=root',
        '--innodb-buffer-pool-size=32M',
        '--innodb-log-file-size=8M',
      ],
      { stdio: 'ignore' },
    );
    children.push(db);
    await waitFor(() => existsSync(socket) || db.exitCode !== null, 'MariaDB');
    if (db.exitCode !== null) throw new Error('MariaDB did not start');
    execFileSync('mariadb', ['--no-defaults', '-S', socket, '-u', 'root', '-e', 'CREATE DATABASE wordpress']);

    const port = await freePort();
    const host = `127.0.0.1:${port}`;
    const url = `http://${host}`;
    const debugLog = join(dir, 'debug.log');
    const salt = () => randomBytes(24).toString('hex');
    writeFileSync(
      join(site, 'wp-config.php'),
      `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${socket}' );
$table_prefix = 'wp_';
${[
  'AUTH_KEY',
  'SECURE_AUTH_KEY',
  'LOGGED_IN_KEY',
  'NONCE_KEY',
  'AUTH_SALT',
  'SECURE_AUTH_SALT',
  'LOGGED_IN_SALT',
  'NONCE_SALT',
]
  .map((key) => `define( '${key}', '${salt()}' );`)
  .join('\n')}
define( 'WP_HOME', '${url}' );
define( 'WP_SITEURL', '${url}' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '${debugLog}' );
define( 'WP_DEBUG_DISPLAY', false );
define( 'SCRIPT_DEBUG', false );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );
define( 'DISABLE_WP_CRON', true );
define( 'FS_METHOD', 'direct' );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
    );

    const php = spawn('php', ['-d', 'memory_limit=256M', '-S', host, '-t', site], {
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
      stdio: 'ignore',
    });
    children.push(php);
    await waitFor(async () => {
      if (php.exitCode !== null) throw new Error('The PHP web server did not start');
      return fetch(`${url}/readme.html`).then(
        (r) => r.ok,
        () => false,
      );
    }, 'the PHP web server');

    const tool = (command, args = {}) => {
      const output = execFileSync(
        'php',
        [join(here, 'wp-tool.php'), site, host, command, JSON.stringify(args)],
        {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      return output === '' ? null : JSON.parse(output);
    };
    const password = randomBytes(12).toString('hex');
    tool('install', { password });
    return { url, dir, site, password, debugLog, tool, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
