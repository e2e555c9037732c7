import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import sinon from 'sinon';
import { StatElement } from '../../src/base/stat-element.js';

/** A stand-in element whose first render "costs" time: each render moves the page clock 10 ms on. */
let clock = 0;
class SliceProbe extends StatElement {
  override render() {
    clock += 10;
    return litHtml`<p>rendered</p>`;
  }
}
SliceProbe.define('slice-probe');

/** A host whose shadow root holds a probe, as `<help-banner exit>` holds a `<quick-exit>`. */
class SliceHost extends StatElement {
  override render() {
    clock += 10;
    return litHtml`<slice-probe></slice-probe>`;
  }
}
SliceHost.define('slice-host');

const isRendered = (el: Element) => el.shadowRoot?.querySelector('p, slice-probe') != null;
const nextTask = () => new Promise((resolve) => setTimeout(resolve));

describe('first renders in slices (many elements added at once)', () => {
  let now: sinon.SinonStub;
  beforeEach(async () => {
    await nextTask(); // start in a fresh slice
    await nextTask();
    clock = performance.now();
    now = sinon.stub(performance, 'now').callsFake(() => clock);
  });
  afterEach(() => now.restore());

  it('renders the first ones at once, the rest in later tasks, all in document order', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const order: number[] = [];
    const probes = Array.from({ length: 12 }, (_, i) => {
      const el = document.createElement('slice-probe') as SliceProbe;
      void el.updateComplete.then(() => order.push(i));
      return el;
    });
    wrapper.append(...probes);
    await Promise.resolve();
    await Promise.resolve();
    // The first slice (8 ms, at 10 ms a render) holds one render; the others wait.
    expect(probes.filter(isRendered).length).to.be.within(1, 4);
    await Promise.all(probes.map((el) => el.updateComplete));
    expect(probes.every(isRendered)).to.equal(true);
    expect(order).to.deep.equal([...order].sort((a, b) => a - b));
  });

  it('never delays an element inside another one, nor the first element of a task', async () => {
    const host = await fixture<SliceHost>(html`<slice-host></slice-host>`);
    const inner = host.shadowRoot!.querySelector('slice-probe') as SliceProbe;
    // The inner probe rendered in the same task as its host, although the slice was over budget.
    expect(isRendered(inner)).to.equal(true);
    clock += 1000;
    await nextTask();
    const lone = document.createElement('slice-probe') as SliceProbe;
    host.after(lone);
    await Promise.resolve();
    await Promise.resolve();
    expect(isRendered(lone)).to.equal(true);
    lone.remove();
  });
});

/** A probe that counts its connections (Lit's part: the render root exists once it has connected). */
class UpgradeProbe extends StatElement {
  override render() {
    clock += 10;
    return litHtml`<p>rendered</p>`;
  }
}

/** A critical probe, like `<quick-exit>`: it never waits for a slice. */
class CriticalProbe extends UpgradeProbe {
  static override readonly critical = true;
}
CriticalProbe.define('critical-probe');

describe('upgrades in slices (many elements defined at once)', () => {
  let now: sinon.SinonStub;
  beforeEach(async () => {
    await nextTask();
    await nextTask();
    clock = performance.now();
    now = sinon.stub(performance, 'now').callsFake(() => clock);
  });
  afterEach(() => now.restore());

  it('connects the first elements when defined and the rest in later tasks, and all render', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    // Elements already in the page when their tag is defined, as on a page that loads the bundle late.
    wrapper.innerHTML = Array.from(
      { length: 12 },
      (_, i) => `<upgrade-probe data-i="${i}"></upgrade-probe>`,
    ).join('');
    const probes = [...wrapper.children] as UpgradeProbe[];
    // Each connection attaches a shadow root; the clock moves 3 ms a connection, as a slow phone might.
    const attach = sinon.stub(HTMLElement.prototype, 'attachShadow').callsFake(function (
      this: HTMLElement,
      init,
    ) {
      clock += 3;
      return attach.wrappedMethod.call(this, init);
    });
    try {
      UpgradeProbe.define('upgrade-probe');
    } finally {
      attach.restore();
    }
    // Upgraded (they are instances), but only those that fit in the 8 ms slice have connected.
    expect(probes.every((el) => el instanceof UpgradeProbe)).to.equal(true);
    const connected = probes.filter((el) => el.shadowRoot !== null).length;
    expect(connected).to.be.within(1, 4);
    await Promise.all(probes.map((el) => el.updateComplete));
    expect(probes.every(isRendered)).to.equal(true);
  });

  it('a critical element connects and renders at once, however late in a spent slice', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const before = Array.from({ length: 6 }, () => document.createElement('slice-probe') as SliceProbe);
    wrapper.append(...before);
    clock += 1000; // the slice is long spent
    const critical = document.createElement('critical-probe') as CriticalProbe;
    wrapper.append(critical);
    expect(critical.shadowRoot, 'connected at once').to.not.equal(null);
    await Promise.resolve();
    await Promise.resolve();
    expect(isRendered(critical), 'rendered in the same task').to.equal(true);
    expect(before.filter(isRendered).length).to.be.below(before.length);
    await Promise.all(before.map((el) => el.updateComplete));
  });
});
