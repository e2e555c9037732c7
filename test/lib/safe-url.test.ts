import { expect } from '@open-wc/testing';
import { checkUrl, safeUrl, urlFromAttribute } from '../../src/lib/safe-url.js';

describe('safeUrl()', () => {
  const accepted: [string, string][] = [
    ['https://www.example.org/', 'https://www.example.org/'],
    ['http://example.com/a?b=c#d', 'http://example.com/a?b=c#d'],
    ['  https://example.com  ', 'https://example.com/'],
    ['HTTPS://EXAMPLE.COM/Path', 'https://example.com/Path'],
    ['https://bücher.de/', 'https://xn--bcher-kva.de/'],
  ];
  for (const [input, output] of accepted) {
    it(`accepts ${JSON.stringify(input)}`, () => expect(safeUrl(input)).to.equal(output));
  }

  const refused: [string, RegExp][] = [
    ['javascript:alert(1)', /scheme/],
    ['JaVaScRiPt:alert(1)', /scheme/],
    ['java\tscript:alert(1)', /absolute|scheme/],
    ['data:text/html,<script>alert(1)</script>', /scheme/],
    ['vbscript:msgbox', /scheme/],
    ['//evil.example/', /absolute/],
    ['/relative/path', /absolute/],
    ['relative.html', /absolute/],
    ['https://user:pw@example.com/', /user name or password/],
    ['https://user@example.com/', /user name or password/],
    ['', /empty/],
    ['   ', /empty/],
    ['https://', /valid URL|host/],
    ['mailto:someone@example.com', /scheme/],
    ['<img src=x onerror=alert(1)>', /absolute/],
  ];
  for (const [input, reason] of refused) {
    it(`refuses ${JSON.stringify(input)}`, () => {
      expect(safeUrl(input)).to.equal(null);
      const result = checkUrl(input);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.reason).to.match(reason);
    });
  }

  it('refuses null and undefined', () => {
    expect(safeUrl(null)).to.equal(null);
    expect(safeUrl(undefined)).to.equal(null);
  });
});

describe('urlFromAttribute()', () => {
  const cases: [string | null | undefined, string | null, number][] = [
    [null, null, 0],
    [undefined, null, 0],
    ['https://club.example/safety', 'https://club.example/safety', 0],
    ['javascript:alert(1)', null, 1],
    ['//evil.example/x', null, 1],
    ['https://user:pw@evil.example/', null, 1],
    ['', null, 1],
    ['A'.repeat(100 * 1024), null, 1],
  ];
  for (const [value, expected, warnings] of cases) {
    it(`${JSON.stringify(value?.slice(0, 40))} gives ${String(expected)} and ${warnings} warning(s)`, () => {
      const messages: string[] = [];
      const url = urlFromAttribute('exit-url', value, 'the default is used', (m) => messages.push(m));
      expect(url).to.equal(expected);
      expect(messages).to.have.length(warnings);
      for (const message of messages) {
        expect(message).to.match(/^exit-url ".*" .+; the default is used\.$/);
        expect(message.length).to.be.below(200);
      }
    });
  }
});
