import { expect, fixture, html } from '@open-wc/testing';
import { restore, stub } from 'sinon';
import { StatElement } from '../../src/base/stat-element.js';

class DefineProbe extends StatElement {
  override render() {
    return html`<span>${this.localize.term('copy')}</span>`;
  }
  warnPublic(message: string) {
    this.warn(message);
  }
  emitPublic(event: Event) {
    return this.emit(event);
  }
}

describe('StatElement', () => {
  afterEach(() => restore());

  it('defines a free tag and reports it', () => {
    expect(DefineProbe.define('define-probe-a')).to.equal(true);
    expect(customElements.get('define-probe-a')).to.equal(DefineProbe);
  });

  it('a tag taken by another script warns once and does not throw', () => {
    customElements.define('define-probe-b', class extends HTMLElement {});
    const warn = stub(console, 'warn');
    expect(() => DefineProbe.define('define-probe-b')).to.not.throw();
    expect(warn.callCount).to.equal(1);
    expect(String(warn.firstCall.args[0])).to.match(
      /^\[stat-widgets\] <define-probe-b>: already defined by another script/,
    );
  });

  it('the same class defined again is silent (our own bundle and npm build together)', () => {
    class SameVersion extends StatElement {}
    SameVersion.define('define-probe-c');
    const warn = stub(console, 'warn');
    class SameVersionCopy extends StatElement {}
    expect(SameVersionCopy.define('define-probe-c')).to.equal(false);
    expect(warn.callCount).to.equal(0);
  });

  it('warns with the [stat-widgets] <tag>: prefix, once per distinct message', async () => {
    (class extends DefineProbe {}).define('define-probe-d');
    const el = await fixture<DefineProbe>(html`<define-probe-d></define-probe-d>`);
    const warn = stub(console, 'warn');
    el.warnPublic('bad value "x"; using the default.');
    el.warnPublic('bad value "x"; using the default.');
    expect(warn.callCount).to.equal(1);
    expect(warn.firstCall.args[0]).to.equal(
      '[stat-widgets] <define-probe-d>: bad value "x"; using the default.',
    );
  });

  it('a class already registered under another tag warns instead of throwing', () => {
    class Once extends StatElement {}
    Once.define('define-probe-f');
    const warn = stub(console, 'warn');
    expect(() => Once.define('define-probe-g')).to.not.throw();
    expect(warn.callCount).to.equal(1);
    expect(customElements.get('define-probe-g')).to.equal(undefined);
  });

  it('emit dispatches and returns the event', async () => {
    (class extends DefineProbe {}).define('define-probe-e');
    const el = await fixture<DefineProbe>(html`<define-probe-e></define-probe-e>`);
    let seen: Event | undefined;
    el.addEventListener('stat-probe', (event) => (seen = event));
    const event = el.emitPublic(new Event('stat-probe', { bubbles: true, composed: true }));
    expect(seen).to.equal(event);
  });
});
