// The Custom Elements Manifest is generated from the element classes' JSDoc
// (@summary @attr @slot @csspart @cssproperty @event/@fires) and committed as custom-elements.json.
// It describes the package as shipped: module paths are the built `dist/**/*.js` files, the base
// class (StatElement) is declared, and each define module declares its `custom-element-definition`.

/**
 * Defaults: StatElement sets each property's declared default (`fallback`, or false for booleans
 * and [] for lists) in its constructor, so they are read from the `static properties` declaration.
 */
const defaultsByClass = new Map(); // class name → Map(property name → default as source text)

/**
 * Lit's internal reactive state (`static properties = { open: { state: true } }`) has no attribute,
 * but the analyzer's Lit support only knows `attribute: false`, so it listed every state field as an
 * attribute. The API page and the snippet builder are generated from this manifest, so such a field
 * would be documented and offered to webmasters as an option. This plugin removes them.
 */
function litStatePlugin() {
  const stateFields = new Map(); // class name → names of its `state: true` properties
  return {
    name: 'stat-widgets-lit-state',
    analyzePhase({ ts, node }) {
      if (node.kind !== ts.SyntaxKind.ClassDeclaration || !node.name) return;
      for (const member of node.members ?? []) {
        const isStatic = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
        if (!isStatic || member.name?.getText() !== 'properties') continue;
        const object = member.initializer;
        if (!object || !ts.isObjectLiteralExpression(object)) continue;
        for (const property of object.properties) {
          if (!ts.isPropertyAssignment(property) || !ts.isObjectLiteralExpression(property.initializer))
            continue;
          const option = (key) =>
            property.initializer.properties.find(
              (o) => ts.isPropertyAssignment(o) && o.name.getText() === key,
            )?.initializer;
          const type = option('type')?.getText();
          const fallback = option('fallback')?.getText() ?? { Boolean: 'false', Array: '[]' }[type];
          if (fallback !== undefined) {
            const defaults = defaultsByClass.get(node.name.getText()) ?? new Map();
            defaults.set(property.name.getText(), fallback);
            defaultsByClass.set(node.name.getText(), defaults);
          }
          const isState = property.initializer.properties.some(
            (option) =>
              ts.isPropertyAssignment(option) &&
              option.name.getText() === 'state' &&
              option.initializer.kind === ts.SyntaxKind.TrueKeyword,
          );
          if (!isState) continue;
          const names = stateFields.get(node.name.getText()) ?? new Set();
          names.add(property.name.getText());
          stateFields.set(node.name.getText(), names);
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          const defaults = defaultsByClass.get(declaration.name) ?? new Map();
          for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
            const value = defaults.get(item.fieldName ?? item.name);
            if (value !== undefined && item.default === undefined) item.default = value;
          }
          const names = stateFields.get(declaration.name);
          if (!names) continue;
          declaration.attributes = (declaration.attributes ?? []).filter((a) => !names.has(a.fieldName));
          for (const member of declaration.members ?? []) if (names.has(member.name)) delete member.attribute;
        }
      }
    },
  };
}

/**
 * Our define modules register with `Class.define('tag')` (the guarded define of StatElement), which
 * the analyzer does not recognise as a definition the way it does `customElements.define`. This
 * plugin adds the `custom-element-definition` export for each such call, pointing at the module the
 * class is imported from.
 */
function guardedDefinePlugin() {
  return {
    name: 'stat-widgets-guarded-define',
    analyzePhase({ ts, node, moduleDoc }) {
      // StatElement.define's own `customElements.define(tag, this)` defines no particular element.
      if (moduleDoc.path.endsWith('stat-element.ts'))
        moduleDoc.exports = moduleDoc.exports?.filter((e) => e.kind !== 'custom-element-definition');
      if (!ts.isExpressionStatement(node) || !ts.isCallExpression(node.expression)) return;
      const { expression: callee, arguments: args } = node.expression;
      const [tag] = args;
      if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 'define') return;
      if (!ts.isIdentifier(callee.expression) || !tag || !ts.isStringLiteral(tag)) return;
      const className = callee.expression.text;
      const imported = node
        .getSourceFile()
        .statements.filter(ts.isImportDeclaration)
        .find((statement) =>
          statement.importClause?.namedBindings?.elements?.some((element) => element.name.text === className),
        );
      const from = imported ? imported.moduleSpecifier.text : `./${moduleDoc.path.split('/').pop()}`;
      const directory = moduleDoc.path.split('/').slice(0, -1).join('/');
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        {
          kind: 'custom-element-definition',
          name: tag.text,
          declaration: { name: className, module: `${directory}/${from.replace(/^\.\//, '')}` },
        },
      ];
    },
  };
}

/**
 * npm users get `dist/.../*.js` (and `.d.ts`), not `src/.../*.ts`: every module reference in the
 * manifest (module paths, superclasses, inherited members, exports) names the shipped file.
 */
function shippedPathsPlugin() {
  const shipped = (path) =>
    path
      .replace(/^\//, '')
      .replace(/^src\//, 'dist/')
      .replace(/\.ts$/, '.js');
  const visit = (value) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if ((key === 'path' || key === 'module') && typeof child === 'string') value[key] = shipped(child);
      else visit(child);
    }
  };
  return {
    name: 'stat-widgets-shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      visit(customElementsManifest.modules);
    },
  };
}

/**
 * The analyzer lists modules in the order its file globbing returns them, which is not stable from
 * one run (or machine) to the next; sorted by path, the committed manifest can be compared byte for byte.
 */
function sortModulesPlugin() {
  return {
    name: 'stat-widgets-sort-modules',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules?.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

export default {
  globs: ['src/base/stat-element.ts', 'src/elements/*/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [litStatePlugin(), guardedDefinePlugin(), shippedPathsPlugin(), sortModulesPlugin()],
};
