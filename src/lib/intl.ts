/**
 * Reused `Intl` formatters. Constructing one is slow (tens of microseconds each, and the first of a
 * kind in a page loads its locale data), and a page with many cards would otherwise build the same
 * formatter per card and per render. Keyed by locale and options; the objects are immutable, so
 * sharing them changes nothing a visitor sees. A constructor that throws (an unknown zone or locale)
 * throws to the caller as before, and nothing is cached.
 */
type IntlConstructor<T, O> = new (locales: string | string[], options: O) => T;

const caches = new WeakMap<object, Map<string, unknown>>();

export function cachedIntl<T, O>(Type: IntlConstructor<T, O>, locale: string, options: NoInfer<O>): T {
  let cache = caches.get(Type);
  if (!cache) caches.set(Type, (cache = new Map()));
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = new Type(locale, options);
    cache.set(key, formatter);
  }
  return formatter;
}
