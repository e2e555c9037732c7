import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en, type Translation, type TranslationKey } from './en.js';
import { es } from './es.js';

/**
 * Language for our elements, resolved the way a page author expects: the element's own `lang`, else
 * the nearest ancestor with `lang` (crossing shadow roots), else `<html lang>`, else English.
 *
 * A language we have no table for still sets the direction (an Arabic page mirrors our layout), but
 * the words fall back to English and the rendered text carries `lang="en"` so screen readers
 * pronounce it correctly.
 */
const tables = new Map<string, Translation>([
  ['en', en],
  ['es', es],
]);

/** Adds or replaces a language table (the npm API; the embed bundle ships `en` and `es`). */
export function registerTranslation(lang: string, table: Translation): void {
  tables.set(lang.toLowerCase(), table);
  for (const controller of connected) controller.host.requestUpdate();
}

const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'ha',
  'he',
  'iw',
  'ks',
  'ku',
  'ps',
  'sd',
  'ug',
  'ur',
  'yi',
]);

/** The primary subtag, lower case: `es-MX` → `es`. */
export function baseLanguage(lang: string): string {
  return lang.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

export function isRtlLanguage(lang: string): boolean {
  return RTL_LANGUAGES.has(baseLanguage(lang));
}

/** Fills `{name}` placeholders. Unknown placeholders are left visible, which makes mistakes obvious. */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Walks up from `node`, crossing shadow roots, to the first element that has `attribute`. */
function closestWithAttribute(node: Element, attribute: string): Element | null {
  let current: Node | null = node;
  while (current) {
    if (current instanceof Element && current.hasAttribute(attribute)) return current;
    current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
  }
  return null;
}

// One observer for the whole page: any `lang`/`dir` change re-renders our connected elements.
const connected = new Set<LocalizeController>();
let observer: MutationObserver | undefined;

function observeDocument(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => {
    for (const controller of connected) controller.host.requestUpdate();
  });
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang', 'dir'],
    subtree: true,
  });
}

export class LocalizeController implements ReactiveController {
  constructor(readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this);
    observeDocument();
  }

  hostDisconnected(): void {
    connected.delete(this);
    if (connected.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  /** The language the surrounding page asks for (may be one we do not translate). */
  requestedLang(): string {
    const source = closestWithAttribute(this.host, 'lang');
    const lang = source?.getAttribute('lang')?.trim() || document.documentElement.lang.trim();
    return lang || 'en';
  }

  /** The language our text is actually in: the requested one when we have it, else English. */
  lang(): string {
    const base = baseLanguage(this.requestedLang());
    return tables.has(base) ? base : 'en';
  }

  /** A locale for `Intl`: the page's own tag (e.g. `en-GB`) when we speak its language, else ours. */
  locale(): string {
    const requested = this.requestedLang();
    return tables.has(baseLanguage(requested)) ? requested : 'en';
  }

  /** `rtl` or `ltr`: an explicit `dir` on the element or an ancestor wins, else the language decides. */
  dir(): 'ltr' | 'rtl' {
    const source = closestWithAttribute(this.host, 'dir');
    const explicit = source?.getAttribute('dir')?.toLowerCase();
    if (explicit === 'rtl' || explicit === 'ltr') return explicit;
    return isRtlLanguage(this.requestedLang()) ? 'rtl' : 'ltr';
  }

  /**
   * The translated string for `key` with its placeholders filled; `override` (an element's attribute
   * that replaces this text, e.g. `today-label`) wins when it is not blank, placeholders and all.
   */
  term(key: TranslationKey, params?: Record<string, string | number>, override?: string): string {
    return fill(override?.trim() || (tables.get(this.lang()) ?? en)[key], params);
  }

  /** The string for `key` in a specific language (e.g. a Spanish line inside an English card). */
  termIn(lang: string, key: TranslationKey, params?: Record<string, string | number>): string {
    const table = tables.get(baseLanguage(lang)) ?? en;
    return fill(table[key], params);
  }
}
