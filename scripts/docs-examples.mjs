// The ```html examples of the README and docs/*.md: how a block is marked, and how it is found. One
// module for both readers: scripts/docs-site.mjs (which shows each example live on its page) and
// test/docs/examples.test.ts (which loads each one with the built bundle).

/**
 * The info string after ```: `html`, then optionally `no-preview` (the site shows it as code only:
 * a page-wide bar, a form that would send to an example address) and optionally, last,
 * `warns: <the console line>` for an example meant to warn (the test requires exactly that line, as
 * the npm modules print it; the bundle's coded line is read back through the warning-code table).
 */
export function exampleOptions(info) {
  const [language = '', ...rest] = info.trim().split(/\s+/);
  const text = rest.join(' ');
  const warns = /(?:^|\s)warns: (.*)$/.exec(text)?.[1] ?? null;
  const flags = text.replace(/(?:^|\s)warns: .*$/, '').split(/\s+/);
  return { language, preview: !flags.includes('no-preview'), warns };
}

/** Every ```html block of a Markdown text, in order, with its options (an indented block dedented). */
export function htmlExamples(markdown) {
  const examples = [];
  for (const match of markdown.matchAll(/^( *)```(html\b.*)\n([\s\S]*?)^\1```[ \t]*$/gm)) {
    const indent = match[1].length;
    const code = match[3].replace(new RegExp(`^ {0,${indent}}`, 'gm'), '');
    examples.push({ code, ...exampleOptions(match[2]) });
  }
  return examples;
}

/** The markup without its script line: the page that shows the example loads the widgets itself. */
export const withoutScriptLine = (code) => code.replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/g, '');
