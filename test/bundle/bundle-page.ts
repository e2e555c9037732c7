/**
 * Loads a page from test/bundle/pages/ in an iframe, the way a club's site would load our built
 * bundle, and hands back its window plus what its console and CSP reported (see pages/probe.js).
 */
export interface Probe {
  errors: string[];
  warnings: string[];
  violations: string[];
  /** Every request the page made (Resource Timing names, plus fetch/XHR/beacon/socket calls). */
  requests: string[];
  /** Every cookie, Web Storage, IndexedDB or Cache Storage write. */
  storageWrites: string[];
  /** The window's own property names before any other script ran. */
  globalsBefore: string[];
}

export interface BundleWindow extends Window {
  __statProbe: Probe;
  StatWidgets?: { version: string; elements: readonly string[] };
}

export interface BundlePage {
  frame: HTMLIFrameElement;
  win: BundleWindow;
  doc: Document;
  probe: Probe;
}

const openFrames: HTMLIFrameElement[] = [];

/**
 * The frame is sandboxed without `allow-top-navigation` by default: an exit action that tries to
 * leave through `window.top` must never navigate the test runner away (it gets its own frame instead).
 */
export async function loadBundlePage(
  page: string,
  options: { width?: number; height?: number; sandbox?: boolean } = {},
): Promise<BundlePage> {
  // Same-origin frames share the test page's storage: a banner dismissed in one test would stay
  // dismissed in the next. Every bundle page starts as a first visit.
  sessionStorage.clear();
  localStorage.clear();
  const frame = document.createElement('iframe');
  frame.style.width = `${options.width ?? 800}px`;
  frame.style.height = `${options.height ?? 600}px`;
  frame.style.border = '0';
  if (options.sandbox ?? true) {
    frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-forms allow-popups allow-modals');
  }
  frame.setAttribute('allow', 'clipboard-read; clipboard-write');
  const loaded = new Promise<void>((resolve) =>
    frame.addEventListener('load', () => resolve(), { once: true }),
  );
  frame.src = new URL(`./pages/${page}`, import.meta.url).href;
  document.body.append(frame);
  openFrames.push(frame);
  await loaded;
  const win = frame.contentWindow as BundleWindow;
  // Deferred and module scripts have run by `load`; wait one more frame for the element upgrades.
  await new Promise((resolve) => win.requestAnimationFrame(resolve));
  return { frame, win, doc: win.document, probe: win.__statProbe };
}

/**
 * A narrow viewport (default 320 × 640, the WCAG reflow width) in every engine: a frame of that size
 * with the built bundle. A frame's viewport is a real one (media queries, sideways scrolling), and
 * WebKit's MiniBrowser window cannot be made narrower than its toolbar.
 */
export const narrowPage = (width = 320, height = 640): Promise<BundlePage> =>
  loadBundlePage('classic-once.html', { width, height });

/** Removes every frame this module opened (call from `afterEach`). */
export function closeBundlePages(): void {
  for (const frame of openFrames.splice(0)) frame.remove();
}

/**
 * Attributes that make each element render its ordinary, fully configured state. Elements without an
 * entry render with their defaults.
 */
export const sampleAttributes: Record<string, Record<string, string>> = {
  'quick-exit': {
    url: 'https://www.example.org/',
    position: 'inline',
    'safety-url': 'https://www.example.org/safety',
  },

  // 'hotline-card'
  'hotline-card': { preset: 'us-trafficking' },

  // 'help-banner'
  'help-banner': {
    preset: 'us-trafficking',
    position: 'top',
    exit: '',
    'exit-url': 'https://www.example.org/weather',
  },

  // 'did-you-know': its defaults; its facts are its children (`sampleContent`)

  // 'meeting-card'
  'meeting-card': {
    name: 'Business and program meeting',
    schedule: 'first Thursday 11:30-13:00; 2026-07-02 off',
    timezone: 'America/Los_Angeles',
    place: 'Benson Hotel, 309 SW Broadway, Downtown Portland',
    'map-url': 'https://www.openstreetmap.org/search?query=309%20SW%20Broadway%20Portland',
    'online-url': 'https://www.example.org/join',
    note: 'Lunch is $25; guests are welcome.',
  },

  // 'mailing-list-form'
  'mailing-list-form': {
    provider: 'mailchimp',
    action: 'https://club.us1.list-manage.com/subscribe/post?u=abc123&id=def456',
    fields: 'email first-name',
    consent: 'I agree to receive the club newsletter.',
  },
};

/**
 * Light-DOM content an element needs to render (built with DOM calls: the strict-CSP pages refuse
 * `innerHTML` under Trusted Types). Added in every configuration.
 */
export const sampleContent: Record<string, (doc: Document) => Node[]> = {
  'did-you-know': (doc) =>
    [
      'Sex trafficking in San Diego County is an estimated $810 million business.',
      'The average age of entry into "the life" is 15 years old.',
      'STAT! has been working on this issue since 2011. ',
    ].map((text, index) => {
      const fact = doc.createElement('p');
      fact.textContent = text;
      if (index === 2) {
        const source = doc.createElement('a');
        source.href = 'https://www.example.org/about';
        source.textContent = 'About STAT!';
        fact.append(source);
      }
      return fact;
    }),
};

/** Adds one of `tag` to the page's stage, configured with `sampleAttributes`, and waits for its render. */
export async function addElement(
  page: BundlePage,
  tag: string,
  attributes: Record<string, string> = sampleAttributes[tag] ?? {},
): Promise<HTMLElement & { updateComplete?: Promise<unknown> }> {
  const element = page.doc.createElement(tag) as HTMLElement & { updateComplete?: Promise<unknown> };
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...(sampleContent[tag]?.(page.doc) ?? []));
  (page.doc.getElementById('stage') ?? page.doc.body).append(element);
  await element.updateComplete;
  return element;
}
