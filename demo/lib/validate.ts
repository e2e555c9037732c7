/**
 * The builder's per-attribute checks: the same pure modules the elements use (`src/lib/`), chosen by
 * what the manifest says an attribute is (its name and description), so a webmaster sees what the
 * element will do with a value before pasting it. The live preview then shows what the element
 * really did, including its own console warnings, so a check missing here never hides a problem.
 */
import { checkUrl } from '../../src/lib/safe-url.js';
import type { AttributeInfo } from './manifest.js';

export interface Feedback {
  state: 'ok' | 'error';
  message: string;
}

interface Rule {
  /** Does this rule apply to the attribute? */
  applies(attribute: AttributeInfo): boolean;
  /** Feedback for a non-empty value. */
  check(value: string): Feedback;
}

const rules: Rule[] = [
  {
    // URLs: the element passes these through `safeUrl()`, which refuses anything but absolute
    // http(s) URLs without credentials, and falls back to its default.
    applies: (attribute) =>
      /(^|-)(url|href|src|action|endpoint)$/.test(attribute.name) || /\bURL\b/.test(attribute.description),
    check(value) {
      const result = checkUrl(value);
      return result.ok
        ? { state: 'ok', message: `Links to ${result.url}` }
        : {
            state: 'error',
            message: `This URL ${result.reason}. The element will not use it (it falls back to its default).`,
          };
    },
  },
];

/** Feedback for `value` of `attribute`, or null when no rule applies or the value is empty. */
export function checkAttribute(attribute: AttributeInfo, value: string): Feedback | null {
  if (value.trim() === '') return null;
  for (const rule of rules) if (rule.applies(attribute)) return rule.check(value);
  return null;
}

/** Values the description names in backticks (`top`, `bottom`), offered as suggestions. */
export function suggestedValues(attribute: AttributeInfo): string[] {
  if (attribute.kind === 'choice') return attribute.choices;
  const values = [...attribute.description.matchAll(/`([^`<>\s=]+)`/g)].map((match) => match[1] ?? '');
  return [...new Set(values.filter((value) => value !== '' && value !== attribute.name))];
}
