import { expect } from '@open-wc/testing';

interface Read {
  what: string;
  phase: 'frame' | 'task' | 'defining task';
}
interface StartupWindow extends Window {
  __startup: { reads: Read[]; done: Promise<unknown>; paintedBeforeDefine: boolean };
}

const frames: HTMLIFrameElement[] = [];

async function openStartupPage(load: 'head' | 'defer'): Promise<StartupWindow> {
  sessionStorage.clear();
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:800px;height:600px;border:0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = new URL(`./pages/startup.html?load=${load}`, import.meta.url).href;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const win = frame.contentWindow as StartupWindow;
  await win.__startup.done;
  return win;
}

const box = (element: Element | null | undefined) => element!.getBoundingClientRect();

/**
 * While a page starts, our elements never make the browser lay out a page that is still being built
 * (a render, `connectedCallback`, `updated`, a microtask, a timer or an observer's report): the sizes
 * they need are read at the start of an animation frame, before the browser lays that frame out
 * anyway (src/base/bars.ts). The page has every element, both top bars, a bottom banner, a floating
 * exit and a banner's no-JS fallback; pages/startup-probe.js records every size or position read.
 */
describe('startup: no layout read while the page is built (the built bundle)', () => {
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  for (const load of ['head', 'defer'] as const)
    it(`script ${load === 'head' ? 'in <head>' : 'deferred'}: sizes are read only at the start of a frame, and the bars are in place`, async () => {
      const win = await openStartupPage(load);
      const { reads, paintedBeforeDefine } = win.__startup;
      // A page drawn before the script ran (Firefox draws before a deferred script) is a late upgrade:
      // the banner and the bars over their painted fallbacks measure once, in the task that defines
      // the elements, so that nothing moves. Otherwise, and after that task, no read outside a frame.
      const allowed = paintedBeforeDefine ? ['frame', 'defining task'] : ['frame'];
      expect(reads.filter((read) => !allowed.includes(read.phase)).map((read) => read.what)).to.deep.equal(
        [],
      );
      // What the reads are for happened: the top bars took their space (below).
      const doc = win.document;
      const banner = doc.querySelector('help-banner[position="top"]')!;
      const exit = doc.querySelector('quick-exit[position="top"]')!;
      const bar = box(banner.shadowRoot!.querySelector('.base'));
      const dock = box(exit.shadowRoot!.querySelector('.dock'));
      expect(bar.top).to.equal(0);
      expect(dock.top).to.be.closeTo(bar.bottom, 1);
      expect(box(doc.querySelector('h1')).top).to.be.at.least(dock.bottom);
      // The probe sees reads made outside a frame: this one, from the test's own task.
      const before = reads.length;
      void doc.body.getBoundingClientRect();
      expect(reads.slice(before)).to.deep.equal([{ what: '<body>.getBoundingClientRect', phase: 'task' }]);
    });
});
