// The Custom Elements Manifest is generated from the element classes' JSDoc
// (@summary @attr @slot @csspart @cssproperty @event/@fires) and committed as custom-elements.json.

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
  globs: ['src/elements/*/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/define.ts', 'src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [litStatePlugin(), sortModulesPlugin()],
};
