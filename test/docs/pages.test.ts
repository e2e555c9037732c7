import { expect } from '@open-wc/testing';
import { axeViolations, closeDemoPages, loadDemoPage, reflowProblems, waitFor } from '../demo/demo-page.js';
import { docsPages, fetchText } from './docs-site.js';

/**
 * The documentation pages of the built demo site (dist/demo/docs/): each is axe-clean and usable at
 * 320 px once its live examples have rendered, asks nothing of any other site, and every internal
 * link (page and #anchor) leads somewhere; so do the README's links into docs/.
 */

const SITE = '/dist/demo/';

/** The ids in a page of the built site, read from its HTML as served. */
const idsCache = new Map<string, Set<string> | null>();
async function idsOf(path: string): Promise<Set<string> | null> {
  if (!idsCache.has(path)) {
    const response = await fetch(path);
    const ids = response.ok
      ? new Set(
          [
            ...new DOMParser().parseFromString(await response.text(), 'text/html').querySelectorAll('[id]'),
          ].map((node) => node.id),
        )
      : null;
    idsCache.set(path, ids);
  }
  return idsCache.get(path)!;
}

/**
 * The ids of the snippet builder for one element, once it has drawn its fields (they are made from the
 * manifest in the page, so they are not in its HTML).
 */
async function builderIds(search: string): Promise<Set<string>> {
  const page = await loadDemoPage(`builder.html${search}`);
  await waitFor(() => page.doc.getElementById('builder-app')?.hidden === false, 'the builder');
  const ids = new Set([...page.doc.querySelectorAll('[id]')].map((node) => node.id));
  closeDemoPages();
  return ids;
}

/** What is wrong with a link from `from` (a path on the test server), or null when it leads somewhere. */
async function brokenLink(from: string, href: string): Promise<string | null> {
  const url = new URL(href, new URL(from, location.origin));
  if (url.origin !== location.origin) return null; // another site: not ours to check (and not fetched)
  if (url.pathname.endsWith('/builder.html') && url.hash) {
    const key = `builder.html${url.search}`;
    if (!idsCache.has(key)) idsCache.set(key, await builderIds(url.search));
    return idsCache.get(key)!.has(decodeURIComponent(url.hash.slice(1)))
      ? null
      : `${from}: ${href} (no such field)`;
  }
  const ids = await idsOf(url.pathname);
  if (!ids) return `${from}: ${href} (no such page)`;
  const anchor = decodeURIComponent(url.hash.slice(1));
  if (anchor && !ids.has(anchor)) return `${from}: ${href} (no #${anchor} there)`;
  return null;
}

describe('documentation pages (dist/demo/docs/)', () => {
  let pages: string[];
  before(async () => {
    pages = await docsPages();
  });
  afterEach(closeDemoPages);

  it('has a page for every element and every guide, linked from its index', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    const tags = (manifest.modules as { declarations?: { tagName?: string }[] }[])
      .flatMap((module) => module.declarations ?? [])
      .map((declaration) => declaration.tagName)
      .filter(Boolean);
    expect(pages).to.include.members([
      ...tags,
      'wordpress',
      'wix',
      'squarespace',
      'plain-html',
      'security-headers',
      'developers',
    ]);
  });

  it('has no broken internal link or anchor, on any page or in the README', async function () {
    this.timeout(120000);
    const broken: string[] = [];
    let checked = 0;
    for (const slug of pages) {
      const from = `${SITE}docs/${slug}.html`;
      const doc = new DOMParser().parseFromString(await fetchText(from), 'text/html');
      for (const link of doc.querySelectorAll('a[href]')) {
        const problem = await brokenLink(from, link.getAttribute('href')!);
        if (problem) broken.push(problem);
        checked += 1;
      }
    }
    // The README links to the Markdown sources in docs/; on the site each is the page of that name.
    for (const [, href] of (await fetchText('/README.md')).matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/.test(href!)) continue;
      const [path, anchor] = href!.split('#');
      if (!(await idsOf(`/${path}`))) broken.push(`README.md: ${href} (no such file)`);
      const page = /^docs\/([a-z-]+)\.md$/.exec(path!)?.[1];
      if (page && anchor) {
        const problem = await brokenLink(`${SITE}docs/index.html`, `./${page}.html#${anchor}`);
        if (problem) broken.push(`README.md: ${href} (${problem})`);
      }
      checked += 1;
    }
    expect(checked).to.be.greaterThan(pages.length * 5);
    expect(broken).to.deep.equal([]);
  });

  it('every page is axe-clean and usable at 320 px with its live examples, and loads nothing from another site', async function () {
    this.timeout(300000);
    const problems: string[] = [];
    for (const slug of pages) {
      sessionStorage.clear();
      const page = await loadDemoPage(`docs/${slug}.html`, { width: 320, height: 640 });
      const live = [...page.doc.querySelectorAll('.example-live *')].filter((node) =>
        node.localName.includes('-'),
      );
      await waitFor(() => live.every((node) => node.matches(':defined')), `${slug}: its examples to upgrade`);
      for (const node of live)
        await (node as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
      await new Promise((resolve) => page.win.requestAnimationFrame(resolve));
      problems.push(...reflowProblems(page).map((problem) => `${slug}: ${problem}`));
      problems.push(...(await axeViolations(page)).map((violation) => `${slug}: ${violation}`));
      const elsewhere = page.win.performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => new URL(name).origin !== location.origin);
      problems.push(...elsewhere.map((name) => `${slug}: requested ${name}`));
      closeDemoPages();
    }
    expect(problems).to.deep.equal([]);
  });
});
