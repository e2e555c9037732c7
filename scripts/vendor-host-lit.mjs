// Rebuilds test/bundle/vendor/host-lit-2.8.0.js: a small page script made with Lit 2.8.0, the
// "other copy of Lit" in test/bundle/coexistence.test.ts. Lit 2.8.0 is installed into a temporary
// folder with npm (not a dependency of this project) and bundled with esbuild as a classic IIFE.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const LIT_VERSION = '2.8.0';
const folder = mkdtempSync(join(tmpdir(), 'host-lit-'));
try {
  writeFileSync(join(folder, 'package.json'), '{"private":true}');
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefix', folder, `lit@${LIT_VERSION}`], {
    stdio: 'inherit',
  });
  // Built from inside the temporary folder, so `lit` resolves to 2.8.0 there and never to our own.
  copyFileSync('test/bundle/vendor/host-lit-widget.src.js', join(folder, 'entry.js'));
  await build({
    absWorkingDir: folder,
    entryPoints: [join(folder, 'entry.js')],
    outfile: resolve(`test/bundle/vendor/host-lit-${LIT_VERSION}.js`),
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2021',
    banner: {
      js: `/* Built by scripts/vendor-host-lit.mjs from lit@${LIT_VERSION} (BSD-3-Clause, Google LLC). Test fixture only. */`,
    },
  });
  console.log(`test/bundle/vendor/host-lit-${LIT_VERSION}.js written`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
