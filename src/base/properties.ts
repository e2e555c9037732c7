import type { PropertyDeclaration } from 'lit';
import { quote } from '../lib/warn.js';

/**
 * One rule for every public property: whatever a page or a framework hands an element — the
 * attribute's text, or a number, boolean, array or object set as a property (React 19 and Svelte 5
 * set properties, Vue sets attributes or properties) — it means what the attribute means.
 * `StatElement` runs every set through `coerce`, by the declaration's Lit `type`:
 *
 * | type    | accepts                                                              | absent (null, undefined)  |
 * |---------|----------------------------------------------------------------------|---------------------------|
 * | String  | text; numbers become text (`phone={2025550100}`); `true` is `""`      | `fallback` (undefined)     |
 * | Number  | numbers; text that is a number (`"5"`, `" 5 "`)                       | `fallback` (undefined)     |
 * | Boolean | booleans; text: `""` and anything else is on, `false`/`off`/`no`/`0` off | `fallback` (false)    |
 * | Array   | arrays of text; text split at spaces and commas (`"email first-name"`) | `fallback` ([])           |
 *
 * Anything else warns once and uses the fallback: a property never throws and never blanks an element.
 * Ranges and allowed values are the element's own business (it warns and uses its default).
 */
export interface StatPropertyDeclaration extends PropertyDeclaration {
  /**
   * The property's default: its value from the start, and again whenever it is given nothing
   * usable (absent, or a value that warns). Without it, the type's (see the table).
   */
  fallback?: unknown;
}

/** The default of a property as declared (a fresh copy of a list). */
export function fallbackOf(options: StatPropertyDeclaration): unknown {
  const type = options.type ?? String;
  const fallback =
    'fallback' in options ? options.fallback : type === Boolean ? false : type === Array ? [] : undefined;
  return Array.isArray(fallback) ? [...fallback] : fallback;
}

const OFF = /^(false|off|no|0)$/i;

/** What a value becomes for a property of `type`, or `undefined` when it cannot mean anything. */
function convert(value: unknown, type: unknown): { ok: true; value: unknown } | { ok: false } {
  const kind = typeof value;
  if (type === Boolean) {
    if (kind === 'boolean') return { ok: true, value };
    if (kind === 'string') return { ok: true, value: !OFF.test((value as string).trim()) };
    if (kind === 'number') return { ok: true, value: value !== 0 };
    return { ok: false };
  }
  if (type === Number) {
    if (kind === 'number' && Number.isFinite(value)) return { ok: true, value };
    const text = kind === 'string' ? (value as string).trim() : '';
    if (text === '' || !Number.isFinite(Number(text))) return { ok: false };
    return { ok: true, value: Number(text) };
  }
  if (type === Array) {
    if (Array.isArray(value)) return { ok: true, value: value.map(String).filter((item) => item.trim()) };
    if (kind === 'string') return { ok: true, value: (value as string).split(/[\s,]+/).filter(Boolean) };
    if (kind === 'number') return { ok: true, value: [String(value)] };
    return { ok: false };
  }
  // String (Lit's default type).
  if (kind === 'string') return { ok: true, value };
  if ((kind === 'number' && Number.isFinite(value)) || kind === 'bigint')
    return { ok: true, value: String(value) };
  if (value === true) return { ok: true, value: '' };
  // A JSON attribute (e.g. `labels`) given the object itself.
  if (kind === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return { ok: true, value: JSON.stringify(value) };
  return { ok: false };
}

const TYPE_NAMES = new Map<unknown, string>([
  [Number, 'a number'],
  [Boolean, 'true or false'],
  [Array, 'a list'],
]);

/** A short, safe description of any value for a warning. */
function describe(value: unknown): string {
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'function' || typeof value === 'symbol') return `a ${typeof value}`;
  if (Array.isArray(value)) return 'a list';
  if (value && typeof value === 'object') return 'an object';
  return String(value);
}

/**
 * `value` as the property declared by `options` means it. Absent values (null, undefined, false for
 * non-booleans, an empty number) give the fallback silently; anything unusable warns through `warn`.
 */
export function coerce(
  value: unknown,
  options: StatPropertyDeclaration,
  attribute: string,
  warn: (message: string) => void,
): unknown {
  const type = options.type ?? String;
  const absent =
    value === null ||
    value === undefined ||
    (value === false && type !== Boolean) ||
    (type === Number && typeof value === 'string' && value.trim() === '');
  if (absent) return fallbackOf(options);
  const result = convert(value, type);
  if (result.ok) return result.value;
  warn(`${attribute} ${describe(value)} is not ${TYPE_NAMES.get(type) ?? 'text'}; the default is used.`);
  return fallbackOf(options);
}

/**
 * Attribute text goes to the property as it is (the setter coerces it, as any other value); a
 * reflected property is written back as its attribute's text.
 */
export const attributeConverter = {
  fromAttribute: (value: string | null): string | null => value,
  toAttribute: (value: unknown): string | null => {
    if (value === null || value === undefined || value === false) return null;
    if (value === true) return '';
    return Array.isArray(value) ? value.join(' ') : String(value);
  },
};
