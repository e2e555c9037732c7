// Source transforms of the embed bundle (dist/stat-widgets.js) only; the npm modules (tsc), the tests
// and the demo's dev server see the sources as written. Each takes a module's TypeScript source and
// returns it rewritten (or unchanged):
//
// - mangling: TypeScript `private` members get short names (`_a`, `_b`, …). Minifiers leave property
//   names alone, since they cannot know who reads them; `private` says nobody outside the class does.
//   Found with the type checker, so only real references are renamed. Left alone: Lit's reactive
//   properties (`static properties` names them as strings), constructor parameter properties, and
//   everything `protected` or public (a page or a subclass may use those).
// - preset sources: the `sourceUrl`, `emergencySourceUrl` and `verifiedOn` of each preset in
//   src/data/presets.ts. They document where a number comes from (tests and reviewers read them); the
//   elements never do, so a visitor's browser need not download them.
// - translation keys: most keys of the en/es tables get one-letter names (see translationKeys()).
// - warning codes (./warning-codes.mjs) and Lit template minification (./minify-templates.mjs).
//
// `embedTransformsPlugin()` applies them all in Vite; `embedTransform()` is the same chain for
// scripts/size.mjs (esbuild).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { minifyTemplates } from './minify-templates.mjs';
import { codeWarnings, sourceFiles } from './warning-codes.mjs';

const root = resolve(import.meta.dirname, '..');

/**
 * Short names: `_a`, `_b`, … by default (no DOM or Lit property uses them; Lit's own private names
 * start with `_$`).
 */
function* shortNames(prefix = '_') {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (let n = 0; ; n += 1) {
    let name = '';
    for (let k = n; ; k = Math.floor(k / letters.length) - 1) {
      name = letters[k % letters.length] + name;
      if (k < letters.length) break;
    }
    yield `${prefix}${name}`;
  }
}

/** Keys of a class's `static properties = { … }` (Lit reads them by name). */
function reactiveNames(node) {
  const names = new Set();
  for (const member of node.members) {
    const isStatic = ts.getCombinedModifierFlags(member) & ts.ModifierFlags.Static;
    if (!isStatic || !ts.isPropertyDeclaration(member) || member.name.getText() !== 'properties') continue;
    if (member.initializer && ts.isObjectLiteralExpression(member.initializer))
      for (const property of member.initializer.properties)
        if (property.name) names.add(property.name.getText());
  }
  return names;
}

let renames;
/**
 * For every source file, the edits that rename private members: `Map<path, [start, end, text][]>`.
 * Computed once per process from a type-checked program over src/.
 */
function privateRenames() {
  if (renames) return renames;
  const { config } = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root);
  const files = sourceFiles();
  const program = ts.createProgram(files, { ...options, noEmit: true });
  const checker = program.getTypeChecker();
  const sources = files.map((file) => program.getSourceFile(file));

  // 1. The private members and their new names.
  const names = shortNames();
  const renamed = new Map(); // symbol → new name
  for (const source of sources) {
    const visit = (node) => {
      if (ts.isClassLike(node)) {
        const reactive = reactiveNames(node);
        for (const member of node.members) {
          if (!member.name || !ts.isIdentifier(member.name) || reactive.has(member.name.text)) continue;
          if (!(ts.getCombinedModifierFlags(member) & ts.ModifierFlags.Private)) continue;
          const symbol = checker.getSymbolAtLocation(member.name);
          if (symbol && !renamed.has(symbol)) renamed.set(symbol, names.next().value);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }

  // 2. Every reference to them: declarations, `this.x` / `other.x`, and `const { x } = this`.
  renames = new Map();
  for (const source of sources) {
    const edits = [];
    const visit = (node) => {
      if (ts.isIdentifier(node)) {
        const parent = node.parent;
        const isShorthandBinding =
          ts.isBindingElement(parent) && !parent.propertyName && ts.isObjectBindingPattern(parent.parent);
        if (isShorthandBinding) {
          const property = checker.getTypeAtLocation(parent.parent).getProperty(node.text);
          const name = property && renamed.get(property);
          if (name) edits.push([node.getStart(source), node.getStart(source), `${name}: `]);
        } else if (!ts.isShorthandPropertyAssignment(parent)) {
          const name = renamed.get(checker.getSymbolAtLocation(node));
          if (name) edits.push([node.getStart(source), node.end, name]);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    renames.set(source.fileName, { text: source.text, edits });
  }
  return renames;
}

/** `code` with private members renamed (`code` must be the file as it is on disk). */
export function manglePrivate(code, path) {
  const file = privateRenames().get(path.replace(/\\/g, '/'));
  if (!file?.edits.length) return code;
  if (file.text !== code) throw new Error(`mangle: ${path} is not the file the type checker read`);
  const { edits } = file;
  let result = code;
  for (const [start, end, text] of [...edits].sort((a, b) => b[0] - a[0]))
    result = result.slice(0, start) + text + result.slice(end);
  return result;
}

let shortKeys;
/**
 * The translation keys the bundle renames, with their short names (`a`, `b`, …): the keys of
 * src/i18n/en.ts of `<quick-exit>` (`quickExit…`), `<help-banner>` (`banner…`),
 * `<mailing-list-form>` (`mlf…`), `<did-you-know>` (`facts…`) and `<meeting-card>` (`meeting…`). A page cannot name them (the tables are not reachable from it), and
 * the code names them only as whole strings. Kept: the `hotline…` keys and `copy`/`copied`, which
 * `<hotline-card labels>` takes from the page, and the shared keys.
 */
function translationKeys() {
  if (shortKeys) return shortKeys;
  const en = ts.createSourceFile(
    'en.ts',
    readFileSync(join(root, 'src/i18n/en.ts'), 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  const keys = [];
  const visit = (node) => {
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name)) keys.push(node.name.text);
    ts.forEachChild(node, visit);
  };
  visit(en);
  const names = shortNames('');
  shortKeys = new Map(
    keys
      .filter((key) => /^(quickExit|banner|mlf|facts|meeting)[A-Z]/.test(key))
      .map((key) => [key, names.next().value]),
  );
  return shortKeys;
}

/** Translation keys renamed: in the tables (property names) and wherever the code names them (strings). */
export function shortenTranslationKeys(code, path) {
  const keys = translationKeys();
  const isTable = /[\\/]src[\\/]i18n[\\/][a-z]{2}\.ts$/.test(path);
  return code
    .replace(/(['"`])([A-Za-z]+)\1/g, (whole, quote, word) =>
      keys.has(word) ? `${quote}${keys.get(word)}${quote}` : whole,
    )
    .replace(/^(\s+)([A-Za-z]+):/gm, (whole, space, word) =>
      isTable && keys.has(word) ? `${space}${keys.get(word)}:` : whole,
    );
}

const PRESET_SOURCES = new Set(['sourceUrl', 'emergencySourceUrl', 'verifiedOn']);

/** src/data/presets.ts without each preset's source URLs and checked-on date. */
export function stripPresetSources(code, path) {
  if (!/[\\/]src[\\/]data[\\/]presets\.ts$/.test(path)) return code;
  const source = ts.createSourceFile(path, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && PRESET_SOURCES.has(node.name.text)) {
      const comma = code.slice(node.end).match(/^\s*,/);
      edits.push([node.getStart(source), node.end + (comma ? comma[0].length : 0)]);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let result = code;
  for (const [start, end] of edits.reverse()) result = result.slice(0, start) + result.slice(end);
  return result;
}

/**
 * Every transform, in order (mangling first: it works on the file as the type checker read it).
 * `codes: false` keeps the warnings' sentences (the snippet builder's preview copy of the bundle).
 */
export function embedTransform(code, path, { codes = true } = {}) {
  const mangled = manglePrivate(code, path);
  return minifyTemplates(
    shortenTranslationKeys(stripPresetSources(codes ? codeWarnings(mangled, path) : mangled, path), path),
    path,
  );
}

const isOurSource = (id) => !id.includes('/node_modules/') && /\/src\/.*\.ts$/.test(id.split('?')[0]);

/** The Vite plugin for the embed build. */
export function embedTransformsPlugin(options) {
  return {
    name: 'stat-widgets:embed-transforms',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!isOurSource(id)) return null;
      const transformed = embedTransform(code, id.split('?')[0], options);
      return transformed === code ? null : { code: transformed, map: null };
    },
  };
}
