/**
 * The one warning helper. Every bad attribute or unsupported situation goes through here, so the
 * console always reads `[stat-widgets] <tag>: ...` and a webmaster can search for it.
 *
 * Each distinct message is logged once per page: an element that re-renders with the same bad value
 * must not flood the console.
 */
const alreadyWarned = new Set<string>();

export function warn(tag: string, message: string): void {
  const line = `[stat-widgets] <${tag}>: ${message}`;
  if (alreadyWarned.has(line)) return;
  alreadyWarned.add(line);
  console.warn(line);
}

/** Shortens a value for a warning so a 100 KB attribute does not end up in the console whole. */
export function quote(value: string): string {
  const shown = value.length > 80 ? `${value.slice(0, 77)}...` : value;
  return JSON.stringify(shown);
}
