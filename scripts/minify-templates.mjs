// Finds Lit's css``, html`` and svg`` templates in a module (TypeScript's parser) and minifies their
// text with the rules in ./template-minifier.mjs (the embed build applies it: ./embed-transforms.mjs).
// The text is edited in the source, raw, so the cooked strings Lit receives change the same way; a
// template with a line continuation (backslash + line break) is left alone.
import ts from 'typescript';
import { minifyCss, minifyHtml } from './template-minifier.mjs';

const TAGS = new Set(['html', 'css', 'svg']);

/**
 * Returns `code` with every css``/html``/svg`` template minified (or `code` itself when there is
 * nothing to do). `fileName` picks the parser: .ts or .js.
 */
export function minifyTemplates(code, fileName) {
  if (!/\b(html|css|svg)`/.test(code)) return code;
  const kind = /\.[cm]?tsx?$/.test(fileName) ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, kind);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
      const template = node.template;
      // [start, end) of each piece's raw text in `code`.
      const ranges = ts.isNoSubstitutionTemplateLiteral(template)
        ? [[template.getStart(source) + 1, template.end - 1]]
        : [
            [template.head.getStart(source) + 1, template.head.end - 2],
            ...template.templateSpans.map(({ literal }, k, spans) => [
              literal.getStart(source) + 1,
              literal.end - (k === spans.length - 1 ? 1 : 2),
            ]),
          ];
      const pieces = ranges.map(([start, end]) => code.slice(start, end));
      if (!pieces.some((piece) => /\\\r?\n/.test(piece))) {
        const minified = node.tag.text === 'css' ? minifyCss(pieces) : minifyHtml(pieces);
        if (minified)
          ranges.forEach(([start, end], k) => {
            if (minified[k] !== pieces[k]) edits.push([start, end, minified[k]]);
          });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!edits.length) return code;
  edits.sort((a, b) => b[0] - a[0]);
  let result = code;
  for (const [start, end, text] of edits) result = result.slice(0, start) + text + result.slice(end);
  return result;
}
