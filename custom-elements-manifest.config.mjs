// The Custom Elements Manifest is generated from the element classes' JSDoc
// (@summary @attr @slot @csspart @cssproperty @event/@fires) and committed as custom-elements.json.
export default {
  globs: ['src/elements/*/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/define.ts', 'src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
};
