// The WordPress plugin (wordpress/) as an installable zip: dist/stat-widgets-wordpress.zip, with the
// folder dist/wordpress/stat-widgets/ beside it. Run by `npm run build` after the bundle and the
// manifest. From custom-elements.json it generates the plugin's widgets.json (tags, attributes,
// slots: what PHP allows and the settings page offers) and one blocks/<tag>/block.json per element,
// so a new element gets its block with no PHP change. The editor scripts are bundled from
// wordpress/editor/*.ts with the shared builder modules in demo/lib/.
import * as esbuild from 'esbuild';
import { zipSync } from 'fflate';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const source = 'wordpress';
const out = 'dist/wordpress/stat-widgets';
const zipFile = 'dist/stat-widgets-wordpress.zip';

// The plugin's version is the bundle's: both places a WordPress site reads it must say so.
const main = readFileSync(join(source, 'stat-widgets.php'), 'utf8');
const readme = readFileSync(join(source, 'readme.txt'), 'utf8');
for (const [file, pattern] of [
  ['stat-widgets.php (Version header)', /^ \* Version:\s+(\S+)$/m],
  ['stat-widgets.php (STAT_WIDGETS_VERSION)', /define\( 'STAT_WIDGETS_VERSION', '([^']+)' \)/],
  ['readme.txt (Stable tag)', /^Stable tag: (\S+)$/m],
]) {
  const text = file.startsWith('readme') ? readme : main;
  const found = pattern.exec(text)?.[1];
  if (found !== pkg.version) {
    console.error(`wordpress/${file} says ${found ?? 'nothing'}, package.json ${pkg.version}; update it.`);
    process.exit(1);
  }
}

rmSync('dist/wordpress', { recursive: true, force: true });
mkdirSync(join(out, 'assets'), { recursive: true });
for (const entry of ['stat-widgets.php', 'uninstall.php', 'readme.txt', 'includes'])
  cpSync(join(source, entry), join(out, entry), { recursive: true });
cpSync('dist/stat-widgets.js', join(out, 'assets/stat-widgets.js'));
cpSync('custom-elements.json', join(out, 'custom-elements.json'));

await esbuild.build({
  entryPoints: { editor: join(source, 'editor/editor.ts'), settings: join(source, 'editor/settings.ts') },
  outdir: join(out, 'assets'),
  bundle: true,
  format: 'iife',
  target: 'es2019',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
});

// The generators, from the same TypeScript module the editor uses (blocks.ts).
const generator = await esbuild.build({
  entryPoints: [join(source, 'editor/blocks.ts')],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
  logLevel: 'warning',
});
const { widgetList, blockJson } = await import(
  `data:text/javascript;base64,${Buffer.from(generator.outputFiles[0].text).toString('base64')}`
);
const elements = widgetList(JSON.parse(readFileSync('custom-elements.json', 'utf8')));
writeFileSync(join(out, 'widgets.json'), `${JSON.stringify({ version: pkg.version, elements }, null, 1)}\n`);
for (const element of elements) {
  const file = join(out, 'blocks', element.tagName, 'block.json');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(blockJson(element, pkg.version), null, '\t')}\n`);
}

/** Every file under `dir`, as paths relative to `base`. */
function filesUnder(dir, base) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, base) : [relative(base, path)];
  });
}
const entries = {};
for (const file of filesUnder(out, dirname(out)).sort())
  entries[file.split('\\').join('/')] = readFileSync(join(dirname(out), file));
writeFileSync(zipFile, zipSync(entries, { level: 9, mtime: new Date('2020-01-01T00:00:00Z') }));
console.log(`build: ${zipFile} (${elements.length} blocks: ${elements.map((e) => e.tagName).join(', ')})`);
