// The configuration of the embed bundle, dist/stat-widgets.js, shared by vite.config.ts (`npm run
// build`) and scripts/size.mjs (which rebuilds it in memory with fewer elements or without the phone
// data), so both build exactly the same way.
import { resolve } from 'node:path';
import { embedTransformsPlugin } from './embed-transforms.mjs';

const root = resolve(import.meta.dirname, '..');

/**
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

/**
 * Vite's `build` options for the bundle: one classic-script IIFE, Lit included, minified. `preview`:
 * the snippet builder's copy in the demo site, `dist/demo/builder-preview.js`, the same bundle with
 * the warnings' full sentences (the builder shows a webmaster what each warning means).
 */
export function embedBuild(entry = resolve(root, 'src/stat-widgets.ts'), { preview = false } = {}) {
  return {
    outDir: resolve(root, preview ? 'dist/demo' : 'dist'),
    emptyOutDir: false,
    target: 'es2021',
    minify: true,
    sourcemap: false,
    lib: {
      entry,
      formats: ['iife'],
      name: 'StatWidgetsBundle',
      fileName: () => (preview ? 'builder-preview.js' : 'stat-widgets.js'),
    },
    rolldownOptions: {
      // The type checker behind the mangling takes most of the build's time; that is expected.
      checks: { pluginTimings: false },
      output: {
        banner: loadOnceBanner,
        footer: loadOnceFooter,
      },
    },
  };
}

/** Private members mangled, warnings as codes, the presets' sources left out, templates minified. */
export const embedPlugins = ({ preview = false } = {}) => [embedTransformsPlugin({ codes: !preview })];
