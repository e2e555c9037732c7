import { quote } from '../lib/warn.js';

/**
 * The `heading-level` attribute (a number once `StatElement` has read it): 2–6 as given, else
 * `fallback`; any other number warns once. A widget's heading must fit the page's outline (WCAG
 * 1.3.1), so the webmaster chooses the level.
 */
export function headingLevel(
  value: number | undefined,
  fallback: number,
  warn: (message: string) => void,
): number {
  if (value !== undefined && [2, 3, 4, 5, 6].includes(value)) return value;
  if (value !== undefined)
    warn(`heading-level ${quote(String(value))} is not 2, 3, 4, 5 or 6; using ${fallback}.`);
  return fallback;
}
