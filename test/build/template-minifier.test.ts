import { expect, fixture } from '@open-wc/testing';
import { html as litHtml, render, type CSSResultOrNative } from 'lit';
import { minifyCss, minifyHtml } from '../../scripts/template-minifier.mjs';
import * as library from '../../src/index.js';
import { StatElement } from '../../src/base/stat-element.js';

/**
 * The rules the browser parsed from `text`, as it serialises them. A var() fallback is kept as its
 * tokens were written, so `var(--a, b, c)` and `var(--a,b,c)` (the same value) differ only in the
 * spaces beside their commas: those are left out of the comparison.
 */
function parsedRules(text: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return [...sheet.cssRules].map((rule) => rule.cssText.replace(/\s*,\s*/g, ','));
}

/** A template strings array as the compiler makes it, so Lit accepts the pieces as a template. */
function strings(pieces: readonly string[]): TemplateStringsArray {
  return Object.assign([...pieces], { raw: [...pieces] }) as unknown as TemplateStringsArray;
}

describe('template minifier: css``', () => {
  const cases: [string, string[], string[]][] = [
    ['indentation and comments go', ['\n  /* note */\n  .a {\n    color: red;\n  }\n'], ['.a{color:red}']],
    [
      'a descendant combinator stays',
      ['.a .b,\n  :host([x]) .c {\n  margin: 0;\n}'],
      ['.a .b,:host([x]) .c{margin:0}'],
    ],
    [
      'calc() keeps the spaces + and - need',
      ['.a { width: calc(100% - 2 * 4px + 1px); }'],
      ['.a{width:calc(100% - 2 * 4px + 1px)}'],
    ],
    [
      'media queries keep `and (`',
      ['@media (forced-colors: active) and (min-width: 20em) {\n  .a { color: CanvasText; }\n}'],
      ['@media (forced-colors:active) and (min-width:20em){.a{color:CanvasText}}'],
    ],
    [
      'strings are copied as written',
      [".a::before { content: '  a ;  } b'; }"],
      [".a::before{content:'  a ;  } b'}"],
    ],
    ['!important', ['.a { display: none !important; }'], ['.a{display:none!important}']],
    [
      'a space beside a binding stays',
      ['.a { margin: ', ' auto; }\n', ' .b { top: 0 }'],
      ['.a{margin:', ' auto}', ' .b{top:0}'],
    ],
  ];
  for (const [name, input, output] of cases) {
    it(name, () => expect(minifyCss(input)).to.deep.equal(output));
  }

  it('leaves a template whose comment or string is cut by a binding as written', () => {
    expect(minifyCss(['.a { /* ', ' */ }'])).to.equal(null);
    expect(minifyCss([".a::before { content: '", "'; }"])).to.equal(null);
  });

  it('keeps every rule of every element stylesheet as the browser parses it', () => {
    const classes = Object.values(library).filter(
      (value): value is typeof StatElement =>
        typeof value === 'function' && value.prototype instanceof StatElement,
    );
    expect(classes.length).to.be.greaterThan(0);
    for (const element of classes) {
      for (const style of element.elementStyles as CSSResultOrNative[]) {
        const text = 'cssText' in style ? style.cssText : [...style.cssRules].map((r) => r.cssText).join('');
        const minified = minifyCss([text]);
        expect(minified, element.name).to.not.equal(null);
        expect(minified![0].length, element.name).to.be.at.most(text.length);
        expect(parsedRules(minified![0]), element.name).to.deep.equal(parsedRules(text));
      }
    }
  });
});

describe('template minifier: html``', () => {
  const cases: [string, string[], string[]][] = [
    [
      'indentation becomes one line break',
      ['\n      <p>\n        a\n      </p>\n    '],
      ['\n<p>\na\n</p>\n'],
    ],
    ['a single space in text stays', ['<b>a</b> <i>b</i>'], ['<b>a</b> <i>b</i>']],
    [
      'attributes: one space between, none before >',
      ['<a\n    class="x"\n    href=', '\n    part="link"\n  >go</a>'],
      ['<a class="x" href=', ' part="link">go</a>'],
    ],
    [
      'attribute values are copied as written',
      ['<p title="a\n    b"  class=\'c\n  d\'>x</p>'],
      ['<p title="a\n    b" class=\'c\n  d\'>x</p>'],
    ],
    [
      'a quoted value across a binding',
      ['<p class="a\n  ', '\n  b">x</p>'],
      ['<p class="a\n  ', '\n  b">x</p>'],
    ],
    [
      '<pre> and <textarea> text is copied',
      ['<pre>\n  a\n    b\n</pre>\n  <textarea>\n  x</textarea>'],
      ['<pre>\n  a\n    b\n</pre>\n<textarea>\n  x</textarea>'],
    ],
    ['comments are copied', ['<!--\n   keep   -->\n  <p></p>'], ['<!--\n   keep   -->\n<p></p>']],
  ];
  for (const [name, input, output] of cases) {
    it(name, () => expect(minifyHtml(input)).to.deep.equal(output));
  }

  it('renders the same text, attributes and layout as the template as written', async () => {
    const pieces = [
      '\n      <p class="base" title="t\n   u">\n        <a href="#a">one</a>\n        <strong>two</strong>\n        ',
      '\n        <span\n          class=',
      '\n          part="three"\n        >three</span\n        >\n      </p>\n      <pre>  a\n    b</pre>\n    ',
    ];
    const view = (parts: readonly string[]) => litHtml(strings(parts), 'four', 'x');
    const written = await fixture<HTMLDivElement>(litHtml`<div style="width: 200px"></div>`);
    const minified = await fixture<HTMLDivElement>(litHtml`<div style="width: 200px"></div>`);
    render(view(pieces), written);
    render(view(minifyHtml(pieces)), minified);
    expect(minified.innerText).to.equal(written.innerText);
    expect(minified.innerText).to.contain('one two four three');
    expect(minified.querySelector('p')!.title).to.equal('t\n   u');
    expect(minified.querySelector('span')!.className).to.equal('x');
    expect(minified.querySelector('span')!.getAttribute('part')).to.equal('three');
    expect(minified.querySelector('pre')!.textContent).to.equal('  a\n    b');
    const box = (element: Element) => element.getBoundingClientRect();
    expect(box(minified.querySelector('strong')!).left).to.equal(box(written.querySelector('strong')!).left);
    expect(box(minified).height).to.equal(box(written).height);
  });
});
