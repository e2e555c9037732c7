import { a11ySnapshot } from '@web/test-runner-commands';

interface A11yNode {
  role?: string;
  name?: string;
  children?: A11yNode[];
}
function flatten(node: A11yNode): A11yNode[] {
  return [node, ...(node.children ?? []).flatMap(flatten)];
}

/** Accessible names of every node with one of `roles` on the page, as Chromium computes them. */
export async function namesOf(roles: string[]): Promise<string[]> {
  const snapshot = (await a11ySnapshot({})) as unknown as A11yNode;
  return flatten(snapshot)
    .filter((node) => roles.includes(node.role ?? ''))
    .map((node) => node.name ?? '');
}

/** Accessible names of every link and button on the page, as Chromium computes them. */
export const actionNames = (): Promise<string[]> => namesOf(['link', 'button']);

/** What a sighted reader sees: rendered text without the screen-reader-only parts. */
export function visibleText(node: HTMLElement): string {
  const hidden = [...node.querySelectorAll<HTMLElement>('.visually-hidden')];
  for (const h of hidden) h.style.display = 'none';
  const text = node.innerText.replace(/\s+/g, ' ').trim();
  for (const h of hidden) h.style.display = '';
  return text;
}
