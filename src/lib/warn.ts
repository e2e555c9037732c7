/**
 * The one warning helper. Every bad attribute or unsupported situation goes through here, so the
 * console always reads `[stat-widgets] <tag>: ...` and a webmaster can search for it.
 *
 * Each distinct message is logged once per page: an element that re-renders with the same bad value
 * must not flood the console.
 */
const alreadyWarned = new Set<string>();

/**
 * The embed bundle logs short codes instead of sentences (scripts/warning-codes.mjs rewrites the
 * messages at build time): `SW-k3f9 "compactt"`. The line then says where to look the first one up.
 */
const CODED = /\bSW-[0-9a-z]{4}\b/;

export function warn(tag: string, message: string): void {
  const code = CODED.exec(message)?.[0];
  const line = `[stat-widgets] <${tag}>: ${message}${code ? ` (see ${code} in the stat-widgets README)` : ''}`;
  if (alreadyWarned.has(line)) return;
  alreadyWarned.add(line);
  console.warn(line);
}

/** Shortens a value for a warning so a 100 KB attribute does not end up in the console whole. */
export function quote(value: string): string {
  const shown = value.length > 80 ? `${value.slice(0, 77)}...` : value;
  return JSON.stringify(shown);
}
