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
    // The first slice (25 ms at 10 ms a render) holds three renders; the others wait.
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
