import { cachedIntl } from '../lib/intl.js';
import { baseLanguage } from './localize.js';

/**
 * Names of languages and regions in the languages we translate, for "Languages: English and
 * Spanish" and "US mobile networks only".
 *
 * Why not always `Intl.DisplayNames`: the first `Intl` object a page creates loads the browser's
 * locale data, tens of milliseconds on a phone, and a card would pay them before its numbers show.
 * So every language and region of a preset is named here, in our words (like every other string in
 * our tables, one text per language, whatever the region: `es-419` reads "RU" as `es` does). Other
 * languages and regions, and lists of three or more, still come from `Intl`. The tests hold these
 * names to what `Intl` says for `en` and `es`.
 */
const LANGUAGES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  en: { en: 'English', es: 'Spanish', fr: 'French' },
  es: { en: 'inglés', es: 'español', fr: 'francés' },
};

/** Short region names, as `Intl.DisplayNames` with `style: 'short'` gives them. */
const REGIONS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  en: { US: 'US', CA: 'Canada', MX: 'Mexico', GB: 'UK' },
  es: { US: 'EE. UU.', CA: 'Canadá', MX: 'México', GB: 'RU' },
};

/** How two items are joined ("English and Spanish"). */
function joinTwo(lang: string, first: string, second: string): string | undefined {
  if (lang === 'en') return `${first} and ${second}`;
  // Spanish writes "e" for "y" before the sound /i/ ("español e inglés"), but not before "hie"/"hia".
  if (lang === 'es') return `${first} ${/^h?i(?![aeiouáéíóú])/i.test(second) ? 'e' : 'y'} ${second}`;
  return undefined;
}

/** A language's name in `locale` ("Spanish", "inglés"), or the tag itself when nobody knows it. */
export function languageName(tag: string, locale: string): string {
  const known = LANGUAGES[baseLanguage(locale)]?.[tag.toLowerCase()];
  if (known) return known;
  try {
    return cachedIntl(Intl.DisplayNames, locale, { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** A region's short name in `locale` ("US", "EE. UU."), for "US mobile networks only". */
export function regionName(region: string, locale: string): string {
  const known = REGIONS[baseLanguage(locale)]?.[region.toUpperCase()];
  if (known) return known;
  try {
    return cachedIntl(Intl.DisplayNames, locale, { type: 'region', style: 'short' }).of(region) ?? region;
  } catch {
    return region;
  }
}

/** "English and Spanish": a list joined as `Intl.ListFormat` (conjunction) would join it in `locale`. */
export function listOfNames(items: readonly string[], locale: string): string {
  if (items.length < 2) return items[0] ?? '';
  const two = items.length === 2 ? joinTwo(baseLanguage(locale), items[0]!, items[1]!) : undefined;
  return two ?? cachedIntl(Intl.ListFormat, locale, { type: 'conjunction' }).format(items);
}
