import { createReadStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { embedBuild, embedPlugins } from './scripts/embed-build.mjs';
import { DOCS_OUTPUT, DOCS_SOURCE, writeDocsSite } from './scripts/docs-site.mjs';
import { displayDefault, elementsOf, type RawManifest } from './demo/lib/manifest.ts';

const root = import.meta.dirname;

/**
 * Three jobs:
 * - `npm start` (vite dev server) serves `demo/`, importing the TypeScript sources directly.
 * - `npm run build` (scripts/build.mjs) calls `vite build` for the embed bundle
 *   `dist/stat-widgets.js`: one classic-script IIFE, Lit included, minified, with private members
 *   mangled, warnings as codes and the presets' sources left out (scripts/embed-transforms.mjs).
 * - and then `vite build --mode demo` for the static demo site in `dist/demo/` (see `demoSite`), and
 *   `vite build --mode builder-preview` for the snippet builder's copy of the bundle in it, which
 *   keeps the warnings' sentences.
 * The bundle's own configuration (and its load-once guard) is in scripts/embed-build.mjs.
 * The documentation pages (demo/docs/) are written from docs/*.md and the manifest before the dev
 * server starts and before the demo site is built (scripts/docs-site.mjs).
 */

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
const SOURCE_TAG = /<script type="module" src="(\.\.?)\/main\.ts"( data-stat-widgets)?><\/script>/;
/** Carries the folder of the page (`.` or `..` for demo/docs/) to the bundle tag. */
const BUNDLE_MARK = /<!-- stat-widgets bundle (\.\.?) -->/;

/** Writes demo/docs/*.html from docs/*.md and the manifest (see scripts/docs-site.mjs). */
function writeDocs(): void {
  const manifest = JSON.parse(readFileSync(resolve(root, 'custom-elements.json'), 'utf8')) as RawManifest;
  writeDocsSite(root, { elements: elementsOf(manifest), displayDefault });
}

function demoSite(mode: 'dev' | 'build'): Plugin {
  return {
    name: 'stat-widgets-demo-site',
    configureServer(server) {
      // A change to a guide or to the manifest rewrites the pages; Vite then reloads the one open.
      server.watcher.add(resolve(root, DOCS_SOURCE));
      server.watcher.on('change', (file) => {
        if (file.startsWith(resolve(root, DOCS_SOURCE)) || file === resolve(root, 'custom-elements.json'))
          writeDocs();
      });
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
      handler: (html) =>
        mode === 'build'
          ? html.replace(SOURCE_TAG, (_, folder: string) => `<!-- stat-widgets bundle ${folder} -->`)
          : html,
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
      html.replace(
        BUNDLE_MARK,
        (_, folder: string) =>
          `<script src="${folder}/stat-widgets.js" defer data-stat-widgets data-preview-src="${folder}/builder-preview.js"></script>`,
      ),
  },
};

export default defineConfig(({ command, mode }) => {
  if (mode === 'demo') {
    writeDocs();
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
          // Every page in demo/ (gallery, builder, API reference and any content page) and demo/docs/.
          input: Object.fromEntries(
            ['demo', DOCS_OUTPUT].flatMap((folder) =>
              readdirSync(resolve(root, folder))
                .filter((file) => file.endsWith('.html'))
                .map((file) => [
                  `${folder.replace(/^demo\/?/, '')}${folder === 'demo' ? '' : '/'}${file.replace(/\.html$/, '')}`,
                  resolve(root, folder, file),
                ]),
            ),
          ),
        },
      },
    };
  }
  const preview = mode === 'builder-preview';
  if (command === 'serve') writeDocs();
  return {
    root: resolve(root, 'demo'),
    publicDir: false,
    plugins: command === 'serve' ? [demoSite('dev')] : embedPlugins({ preview }),
    server: { host: '127.0.0.1', port: 5173, fs: { allow: [root] } },
    build: embedBuild(undefined, { preview }),
  };
});
