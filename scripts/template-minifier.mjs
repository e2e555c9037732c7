// Build-time minification of the text of Lit's tagged templates (used by scripts/minify-templates.mjs;
// DOM-free and dependency-free, so test/build/template-minifier.test.ts checks it in the browser).
// css`` loses comments and the whitespace CSS does not need; html`` loses indentation. JavaScript
// minifiers leave template text alone (it is data), and ours is indented for people.
//
// Safety, and why each rule holds:
// - html``: only whitespace is touched, and only where HTML collapses it anyway. In text, a run of
//   whitespace holding a line break becomes one line break (white-space: normal, nowrap and pre-line all
//   render the two alike, so the space between two inline elements stays); runs without a line break,
//   and text inside <pre>, <textarea>, <script>, <style> and <title>, are left as written. Inside a tag, runs
//   between attributes become one space and the run before `>` goes. Attribute values (quoted, or a Lit
//   binding) and comments are copied as written. Lit still finds every binding: it needs a space before
//   each attribute name, and that space stays.
// - css``: comments go; whitespace goes next to `{ } ; , > ( ) !` and after `:`; other runs become one
//   space (so descendant combinators, `and (`, and `calc(a + b)` keep theirs); `;` before `}` goes.
//   Strings and escapes are copied as written. Whitespace next to a `${}` binding stays a space unless
//   the punctuation beside it makes it needless. A comment or string cut by a binding leaves the
//   template as written (minifyCss returns null).
const isSpace = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
const RAW_TEXT = new Set(['pre', 'textarea', 'script', 'style', 'title']);

/** Minifies the pieces (the text between `${}` bindings) of one css`` template. */
export function minifyCss(pieces) {
  const NO_SPACE_AFTER = '{};,>(!:';
  const NO_SPACE_BEFORE = '{};,>)!';
  const minified = pieces.map((text, p) => {
    let out = '';
    let pendingSpace = p > 0 ? false : null; // null: at the very start of the template
    let i = 0;
    const last = () => (out.length ? out[out.length - 1] : p > 0 ? '$' : '');
    const emit = (chunk) => {
      if (pendingSpace && !NO_SPACE_AFTER.includes(last()) && !NO_SPACE_BEFORE.includes(chunk[0])) out += ' ';
      if (chunk === '}' && out.endsWith(';')) out = out.slice(0, -1);
      out += chunk;
      pendingSpace = false;
    };
    while (i < text.length) {
      const c = text[i];
      if (isSpace(c)) {
        while (i < text.length && isSpace(text[i])) i += 1;
        if (pendingSpace !== null || out.length) pendingSpace = true;
        continue;
      }
      if (c === '/' && text[i + 1] === '*') {
        const end = text.indexOf('*/', i + 2);
        if (end === -1) return null; // a comment cut by a binding
        i = end + 2;
        if (out.length || p > 0) pendingSpace = true;
        continue;
      }
      if (c === '"' || c === "'") {
        let j = i + 1;
        while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
        if (j >= text.length) return null; // a string cut by a binding
        emit(text.slice(i, j + 1));
        i = j + 1;
        continue;
      }
      if (c === '\\') {
        emit(text.slice(i, i + 2));
        i += 2;
        continue;
      }
      emit(c);
      i += 1;
    }
    // Whitespace before the next binding stays one space unless punctuation makes it needless;
    // at the very end of the template it goes.
    if (pendingSpace && p < pieces.length - 1 && !NO_SPACE_AFTER.includes(last())) out += ' ';
    return out;
  });
  return minified.includes(null) ? null : minified;
}

/** Minifies the pieces of one html`` (or svg``) template; the HTML state runs across bindings. */
export function minifyHtml(pieces) {
  let state = 'text'; // text | tag | value" | value' | comment | raw
  let tagName = '';
  let rawEnd = '';
  return pieces.map((text) => {
    let out = '';
    let i = 0;
    while (i < text.length) {
      const c = text[i];
      if (state === 'text') {
        if (isSpace(c)) {
          let j = i;
          while (j < text.length && isSpace(text[j])) j += 1;
          const run = text.slice(i, j);
          out += run.includes('\n') ? '\n' : run;
          i = j;
        } else if (text.startsWith('<!--', i)) {
          state = 'comment';
          out += '<!--';
          i += 4;
        } else if (c === '<' && /[a-zA-Z/]/.test(text[i + 1] ?? '')) {
          const name = /^<\/?([a-zA-Z][\w-]*)/.exec(text.slice(i));
          tagName = name && text[i + 1] !== '/' ? name[1].toLowerCase() : '';
          state = 'tag';
          out += c;
          i += 1;
        } else {
          out += c;
          i += 1;
        }
      } else if (state === 'tag') {
        if (isSpace(c)) {
          let j = i;
          while (j < text.length && isSpace(text[j])) j += 1;
          // Before `>` the run goes; elsewhere (between attributes, or before a binding) one space.
          if (text[j] !== '>') out += ' ';
          i = j;
        } else if (c === '"' || c === "'") {
          state = `value${c}`;
          out += c;
          i += 1;
        } else if (c === '>') {
          out += c;
          i += 1;
          if (RAW_TEXT.has(tagName)) {
            state = 'raw';
            rawEnd = `</${tagName}`;
          } else state = 'text';
        } else {
          out += c;
          i += 1;
        }
      } else if (state === 'comment' || state === 'raw' || state.startsWith('value')) {
        const end = state === 'comment' ? '-->' : state === 'raw' ? rawEnd : state.slice(5);
        const at = state === 'raw' ? text.toLowerCase().indexOf(end, i) : text.indexOf(end, i);
        if (at === -1) {
          out += text.slice(i);
          i = text.length;
        } else {
          out += text.slice(i, at + (state === 'raw' ? 0 : end.length));
          i = at + (state === 'raw' ? 0 : end.length);
          state = state.startsWith('value') ? 'tag' : 'text';
        }
      }
    }
    return out;
  });
}
