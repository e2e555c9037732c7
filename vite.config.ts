import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { minifyTemplatesPlugin } from './scripts/minify-templates.mjs';

const root = import.meta.dirname;

/**
 * Two jobs:
 * - `npm start` (vite dev server) serves `demo/`, importing the TypeScript sources directly.
 * - `npm run build` (scripts/build.mjs) calls `vite build` for the embed bundle
 *   `dist/stat-widgets.js`: one classic-script IIFE, Lit included, minified.
 *
 * The bundle is wrapped in a load-once guard (banner/footer) *outside* the IIFE, so a second copy on
 * the same page stops before any of its code runs: before Lit creates its Trusted Types policy (a
 * second `lit-html` policy throws under `trusted-types lit-html`) and before any
 * `customElements.define` (which would throw "already used with this registry"). The guard keys on
 * `globalThis.StatWidgets`, which the entry sets; under `type=module` a bare top-level name would be
 * module-scoped, so the guard never relies on one.
 */
const loadOnceBanner =
  ';(function(){if(globalThis.StatWidgets){console.warn("[stat-widgets] dist/stat-widgets.js was loaded twice on this page; the second copy does nothing.");return;}';
const loadOnceFooter = '})();';

export default defineConfig({
  root: resolve(root, 'demo'),
  publicDir: false,
  plugins: [minifyTemplatesPlugin()],
  server: { host: '127.0.0.1', port: 5173, fs: { allow: [root] } },
  build: {
    outDir: resolve(root, 'dist'),
    emptyOutDir: false,
    target: 'es2021',
    minify: true,
    sourcemap: false,
    lib: {
      entry: resolve(root, 'src/stat-widgets.ts'),
      formats: ['iife'],
      name: 'StatWidgetsBundle',
      fileName: () => 'stat-widgets.js',
    },
    rolldownOptions: {
      output: {
        banner: loadOnceBanner,
        footer: loadOnceFooter,
      },
    },
  },
});
