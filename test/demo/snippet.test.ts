import { expect } from '@open-wc/testing';
import { displayDefault, elementsOf } from '../../demo/lib/manifest.js';
import {
  buildSnippet,
  escapeAttribute,
  fallbackMarkup,
  integrityFromDigest,
  isSafeCssValue,
  normalizeBaseUrl,
} from '../../demo/lib/snippet.js';
import { checkAttribute, suggestedValues } from '../../demo/lib/validate.js';

const manifest = {
  modules: [
    {
      path: 'src/elements/demo-card/demo-card.ts',
      declarations: [
        { kind: 'class', name: 'NotAnElement' },
        {
          kind: 'class',
          name: 'DemoCard',
          customElement: true,
          tagName: 'demo-card',
          summary: 'A  card\n for tests.',
          attributes: [
            { name: 'open', type: { text: 'boolean' }, default: 'false', description: 'Opens it.' },
            { name: 'size', type: { text: 'number' } },
            { name: 'side', type: { text: "'start' | 'end' | undefined" }, default: "'start'" },
            { name: 'exit-url', type: { text: 'string' }, description: 'Where to go: `https://…`.' },
            {
              name: 'tone',
              type: { text: 'string' },
              description: '`calm` (default) or `urgent`; `tone="x"` no.',
            },
            { name: 'tone', type: { text: 'string' } },
            { name: 'old', deprecated: true },
          ],
          events: [{ name: 'stat-open', type: { text: 'OpenEvent' }, description: 'Opened.' }],
          slots: [{ name: '', description: 'Content.' }, { name: 'fallback' }],
          cssParts: [{ name: 'base' }],
          cssProperties: [{ name: '--stat-color-accent', default: '#005ea5' }],
        },
      ],
    },
  ],
};

describe('demo/lib (snippet builder logic)', () => {
  it('reads every custom element, attribute kind, slot, part, event and property from the manifest', () => {
    const [card, ...rest] = elementsOf(manifest);
    expect(rest).to.have.length(0);
    expect(card!.tagName).to.equal('demo-card');
    expect(card!.summary).to.equal('A card for tests.');
    expect(card!.attributes.map((a) => [a.name, a.kind])).to.deep.equal([
      ['open', 'boolean'],
      ['size', 'number'],
      ['side', 'choice'],
      ['exit-url', 'text'],
      ['tone', 'text'],
    ]);
    expect(card!.attributes[2]!.choices).to.deep.equal(['start', 'end']);
    expect(displayDefault(card!.attributes[2]!.defaultText)).to.equal('start');
    expect(card!.events[0]).to.deep.equal({ name: 'stat-open', description: 'Opened.', detail: 'OpenEvent' });
    expect(card!.slots.map((slot) => slot.name)).to.deep.equal(['', 'fallback']);
    expect(card!.cssParts[0]!.name).to.equal('base');
    expect(card!.cssProperties[0]!.detail).to.equal('#005ea5');
    expect(elementsOf({})).to.deep.equal([]);
  });

  it('suggests the values a description names and checks URLs with checkUrl()', () => {
    const [card] = elementsOf(manifest);
    const [, , side, exitUrl, tone] = card!.attributes;
    expect(suggestedValues(side!)).to.deep.equal(['start', 'end']);
    expect(suggestedValues(tone!)).to.deep.equal(['calm', 'urgent']);
    // Names, code and punctuation in a description are not values; nor is anything for a URL.
    const described = (description: string) => ({ ...tone!, description });
    expect(
      suggestedValues(
        described('`a`, `open`, `stat-open`, `*`, `;`, `location.pathname`, `{key}`, `b-2`'),
        card,
      ),
    ).to.deep.equal(['a', 'b-2']);
    expect(suggestedValues(exitUrl!, card)).to.deep.equal([]);
    expect(displayDefault('DEFAULT_PRESET')).to.equal('');
    expect(displayDefault('null')).to.equal('');
    expect(displayDefault('10')).to.equal('10');
    expect(checkAttribute(exitUrl!, '')).to.equal(null);
    expect(checkAttribute(exitUrl!, 'https://example.org')).to.deep.equal({
      state: 'ok',
      message: 'Links to https://example.org/',
    });
    for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:x', '//evil.example', 'https://user:pw@x.example'])
      expect(checkAttribute(exitUrl!, bad)?.state, bad).to.equal('error');
    expect(checkAttribute(tone!, 'javascript:alert(1)')).to.equal(null);
  });

  it('escapes attribute values and fallback text', () => {
    expect(escapeAttribute(`"><script>&'`)).to.equal(`&quot;&gt;&lt;script&gt;&amp;'`);
    expect(
      fallbackMarkup([
        {
          tag: 'p',
          attributes: { slot: 'fallback', 'bad name"': 'x' },
          children: [
            { tag: 'a', attributes: { href: 'tel:+18883737888' }, children: [{ text: 'Call <now>' }] },
            { tag: 'br' },
            { text: 'a & b' },
          ],
        },
        { tag: 'scr ipt', children: [{ text: 'dropped' }] },
      ]),
    ).to.deep.equal([
      '  <p slot="fallback">',
      '    <a href="tel:+18883737888">Call &lt;now&gt;</a>',
      '    <br>',
      '    a &amp; b',
      '  </p>',
    ]);
  });

  it('writes the script tag with integrity, the theme rule and the element', () => {
    const snippet = buildSnippet({
      tagName: 'demo-card',
      attributes: [
        ['open', ''],
        ['side', 'end'],
        ['lang', 'es'],
      ],
      theme: [
        ['--stat-color-accent', '#7a1f5c'],
        ['--stat-radius', '0}body{display:none'],
      ],
      baseUrl: 'https://club.example/js',
      integrity: 'sha384-abc',
      fallback: [{ tag: 'p', attributes: { slot: 'fallback' }, children: [{ text: 'Call 1-888' }] }],
    });
    expect(snippet).to.equal(
      [
        '<script src="https://club.example/js/stat-widgets.js" integrity="sha384-abc" crossorigin="anonymous" defer></script>',
        '<style>',
        '  demo-card {',
        '    --stat-color-accent: #7a1f5c;',
        '  }',
        '</style>',
        '<demo-card open side="end" lang="es">',
        '  <p slot="fallback">Call 1-888</p>',
        '</demo-card>',
      ].join('\n'),
    );
    expect(
      buildSnippet({ tagName: 'x-y', attributes: [], theme: [], baseUrl: '', integrity: '', fallback: [] }),
    ).to.equal('<script src="stat-widgets.js" defer></script>\n<x-y></x-y>');
  });

  it('accepts only plain CSS values and normalises the base URL', () => {
    for (const ok of ['#fff', 'rgb(0 0 0 / 50%)', '12px', 'Georgia, serif'])
      expect(isSafeCssValue(ok), ok).to.equal(true);
    for (const bad of ['', 'red;}', 'url(https://x)', 'red</style>', '"x"', 'a/*b*/'])
      expect(isSafeCssValue(bad), bad).to.equal(false);
    expect(normalizeBaseUrl(' https://a.example/js ')).to.equal('https://a.example/js/');
    expect(normalizeBaseUrl('/js/')).to.equal('/js/');
    expect(normalizeBaseUrl('')).to.equal('');
  });

  it('formats a SHA-384 digest as an integrity value', async () => {
    const digest = await crypto.subtle.digest('SHA-384', new TextEncoder().encode('abc'));
    // The SHA-384 of "abc" (FIPS 180-2 test vector), base64.
    expect(integrityFromDigest(digest)).to.equal(
      'sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn',
    );
  });
});
