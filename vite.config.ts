import { createReadStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { minifyTemplatesPlugin } from './scripts/minify-templates.mjs';

const root = import.meta.dirname;

/**
 * Three jobs:
 * - `npm start` (vite dev server) serves `demo/`, importing the TypeScript sources directly.
 * - `npm run build` (scripts/build.mjs) calls `vite build` for the embed bundle
 *   `dist/stat-widgets.js`: one classic-script IIFE, Lit included, minified.
 * - and then `vite build --mode demo` for the static demo site in `dist/demo/` (see `demoSite`).
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

/** Files the demo pages read next to themselves: the built bundle (for its SRI hash) and the manifest. */
const demoFiles: Record<string, string> = {
  'stat-widgets.js': resolve(root, 'dist/stat-widgets.js'),
  'custom-elements.json': resolve(root, 'custom-elements.json'),
};

/**
 * The demo pages load the elements through `<script type="module" src="./main.ts" data-stat-widgets>`
 * (TypeScript sources, for `npm start`). The static demo site must show what a club gets, so there
 * that tag becomes the built one-script-tag bundle, copied next to the pages with the manifest: the
 * folder `dist/demo/` can be hosted on its own.
 */
const SOURCE_TAG = /<script type="module" src="\.\/main\.ts"( data-stat-widgets)?><\/script>/;
const BUNDLE_MARK = '<!-- stat-widgets bundle -->';

function demoSite(mode: 'dev' | 'build'): Plugin {
  return {
    name: 'stat-widgets-demo-site',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const file = demoFiles[(req.url ?? '').split('?')[0]!.replace(/^\//, '')];
        if (!file) return next();
        if (!existsSync(file)) {
          res.statusCode = 404;
          res.end('Not built yet: run `npm run build`.');
          return;
        }
        res.setHeader('Content-Type', file.endsWith('.json') ? 'application/json' : 'text/javascript');
        createReadStream(file).pipe(res);
      });
    },
    transformIndexHtml: {
      // Before Vite bundles the page's modules, so the source entry is not bundled into the site.
      order: 'pre',
      handler: (html) => (mode === 'build' ? html.replace(SOURCE_TAG, BUNDLE_MARK) : html),
    },
    generateBundle() {
      if (mode !== 'build') return;
      for (const [fileName, path] of Object.entries(demoFiles)) {
        this.emitFile({ type: 'asset', fileName, source: readFileSync(path) });
      }
    },
  };
}

/** After bundling: the classic bundle tag where the source entry was (Vite leaves it as it is). */
const demoBundleTag: Plugin = {
  name: 'stat-widgets-demo-bundle-tag',
  transformIndexHtml: {
    order: 'post',
    handler: (html) =>
      html.replace(BUNDLE_MARK, '<script src="./stat-widgets.js" defer data-stat-widgets></script>'),
  },
};

export default defineConfig(({ command, mode }) => {
  if (mode === 'demo') {
    return {
      root: resolve(root, 'demo'),
      base: './',
      publicDir: false,
      plugins: [demoSite('build'), demoBundleTag],
      build: {
        outDir: resolve(root, 'dist/demo'),
        emptyOutDir: true,
        target: 'es2021',
        rolldownOptions: {
          // Every page in demo/ (gallery, builder, API reference and any content page).
          input: Object.fromEntries(
            readdirSync(resolve(root, 'demo'))
              .filter((file) => file.endsWith('.html'))
              .map((file) => [file.replace(/\.html$/, ''), resolve(root, 'demo', file)]),
          ),
        },
      },
    };
  }
  return {
    root: resolve(root, 'demo'),
    publicDir: false,
    plugins: command === 'serve' ? [demoSite('dev')] : [minifyTemplatesPlugin()],
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
  };
});
