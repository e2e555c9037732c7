import { expect } from '@open-wc/testing';
import {
  collapsibleHref,
  DEFAULT_EXIT_URL,
  exitWindow,
  resolveDecoyUrl,
  resolveExitDestination,
} from '../../src/lib/exit.js';

describe('resolveExitDestination()', () => {
  const refused = [
    'javascript:alert(1)',
    'data:text/html,hi',
    'vbscript:msgbox',
    'blob:https://example.org/0d3e',
    'file:///etc/passwd',
    '//evil.example/',
    '/relative/path',
    'https://user:pw@example.org/',
  ];
  for (const value of refused) {
    it(`refuses ${value} with one warning and uses the default`, () => {
      const warnings: string[] = [];
      expect(resolveExitDestination(value, null, (m) => warnings.push(m))).to.equal(DEFAULT_EXIT_URL);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^url ".*" .*; it is not used as the exit destination\.$/);
    });
  }

  it('uses url, then the fallback link, then the default', () => {
    const none = () => expect.fail('no warning expected');
    expect(resolveExitDestination('https://a.example/', 'https://b.example/', none)).to.equal(
      'https://a.example/',
    );
    expect(resolveExitDestination(null, 'https://b.example/x', none)).to.equal('https://b.example/x');
    expect(resolveExitDestination(null, null, none)).to.equal(DEFAULT_EXIT_URL);
  });

  it('a refused url falls to a valid fallback link; a relative link is refused too', () => {
    const warnings: string[] = [];
    expect(resolveExitDestination('javascript:x', 'https://b.example/', (m) => warnings.push(m))).to.equal(
      'https://b.example/',
    );
    expect(resolveExitDestination(null, '/safe', (m) => warnings.push(m))).to.equal(DEFAULT_EXIT_URL);
    expect(warnings).to.have.length(2);
  });

  it('the default is an absolute https URL', () => expect(DEFAULT_EXIT_URL).to.match(/^https:\/\/[^/]+\//));
});

describe('resolveDecoyUrl()', () => {
  it('accepts http(s), refuses the rest with a warning, is null when absent', () => {
    const warnings: string[] = [];
    const warn = (m: string) => warnings.push(m);
    expect(resolveDecoyUrl('https://weather.example/', warn)).to.equal('https://weather.example/');
    expect(resolveDecoyUrl('javascript:x', warn)).to.equal(null);
    expect(resolveDecoyUrl(null, warn)).to.equal(null);
    expect(warnings).to.have.length(1);
  });
});

describe('exitWindow()', () => {
  interface FakeWindow {
    parent: FakeWindow;
    frameElement: Element | null;
    document: unknown;
  }
  const topWindow = (): FakeWindow => {
    const win = { frameElement: null, document: {} } as unknown as FakeWindow;
    win.parent = win;
    return win;
  };
  const child = (parent: FakeWindow, sandbox?: string, sameOrigin = true): FakeWindow => {
    const frame = document.createElement('iframe');
    if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
    return { parent, frameElement: sameOrigin ? frame : null, document: {} };
  };
  const pick = (win: FakeWindow) => exitWindow(win as unknown as Window) as unknown as FakeWindow;

  it('a top-level page navigates itself', () => {
    const top = topWindow();
    expect(pick(top)).to.equal(top);
  });
  it('a same-origin frame navigates the top window', () => {
    const top = topWindow();
    expect(pick(child(child(top)))).to.equal(top);
  });
  it('a frame sandboxed without allow-top-navigation navigates itself', () => {
    const top = topWindow();
    const frame = child(top, 'allow-scripts allow-same-origin');
    expect(pick(frame)).to.equal(frame);
    const nested = child(frame);
    expect(pick(nested)).to.equal(nested);
  });
  it('a sandbox WITH allow-top-navigation still reaches the top', () => {
    const top = topWindow();
    expect(pick(child(top, 'allow-scripts allow-same-origin allow-top-navigation'))).to.equal(top);
  });
  it('a cross-origin parent is never navigated', () => {
    const top = topWindow();
    const frame = child(top, undefined, false);
    expect(pick(frame)).to.equal(frame);
  });
});

describe('collapsibleHref()', () => {
  const here = { href: 'https://club.example/a/page?x=1', origin: 'https://club.example' };
  const click = (attributes: Record<string, string>, init: MouseEventInit = {}, prevented = false) => {
    const link = document.createElement('a');
    for (const [name, value] of Object.entries(attributes)) link.setAttribute(name, value);
    link.textContent = 'link';
    document.body.append(link);
    let result: string | null | undefined;
    const listener = (event: MouseEvent) => {
      result = collapsibleHref(event, here);
      event.preventDefault(); // never actually navigate the test page
    };
    if (prevented) link.addEventListener('click', (event) => event.preventDefault());
    window.addEventListener('click', listener);
    link.dispatchEvent(
      new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, button: 0, ...init }),
    );
    window.removeEventListener('click', listener);
    link.remove();
    return result;
  };

  it('collapses a plain same-origin link', () =>
    expect(click({ href: 'https://club.example/b' })).to.equal('https://club.example/b'));
  const leftAlone: [string, Record<string, string>, MouseEventInit?, boolean?][] = [
    ['target=_blank', { href: 'https://club.example/b', target: '_blank' }],
    ['download', { href: 'https://club.example/file.pdf', download: '' }],
    ['a cross-origin link', { href: 'https://elsewhere.example/' }],
    ['an in-page #fragment', { href: 'https://club.example/a/page?x=1#help' }],
    ['a mailto: link', { href: 'mailto:help@club.example' }],
    ['Ctrl+click', { href: 'https://club.example/b' }, { ctrlKey: true }],
    ['Cmd+click', { href: 'https://club.example/b' }, { metaKey: true }],
    ['Shift+click', { href: 'https://club.example/b' }, { shiftKey: true }],
    ['a middle click', { href: 'https://club.example/b' }, { button: 1 }],
    ['a click another script handled', { href: 'https://club.example/b' }, {}, true],
  ];
  for (const [name, attributes, init, prevented] of leftAlone) {
    it(`leaves alone: ${name}`, () => expect(click(attributes, init, prevented)).to.equal(null));
  }
});
