/**
 * What the documentation tests share: the pages of the built docs site (dist/demo/docs/, written by
 * scripts/docs-site.mjs from docs/*.md), found from its index, and their Markdown sources.
 */

/** The slugs of every page in dist/demo/docs/ (`index`, `hotline-card`, `wordpress`, …). */
export async function docsPages(): Promise<string[]> {
  const index = await fetchText('/dist/demo/docs/index.html');
  const doc = new DOMParser().parseFromString(index, 'text/html');
  const slugs = [...doc.querySelectorAll('main a[href]')]
    .map((a) => /^\.\/([a-z-]+)\.html$/.exec(a.getAttribute('href') ?? '')?.[1])
    .filter((slug): slug is string => Boolean(slug));
  return ['index', ...new Set(slugs)];
}

/** The Markdown files whose ```html blocks are examples: the README and every page's source. */
export async function exampleSources(): Promise<string[]> {
  return ['README.md', ...(await docsPages()).map((slug) => `docs/${slug}.md`)];
}

export async function fetchText(path: string): Promise<string> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.text();
}
