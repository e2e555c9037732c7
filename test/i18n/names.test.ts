import { expect, fixture, html } from '@open-wc/testing';
import { languageName, listOfNames, regionName } from '../../src/i18n/names.js';
import { PRESETS } from '../../src/data/presets.js';
import '../../src/index.js';

/**
 * Language and region names come from our own tables for the languages we translate (so a card's
 * first render needs no `Intl`, whose first use costs a phone tens of milliseconds). `Intl` is the
 * judge of those tables: for `en` and `es`, every name and every pair must read as `Intl` says.
 */
describe('names of languages and regions (src/i18n/names.ts)', () => {
  const languages = [...new Set(Object.values(PRESETS).flatMap((preset) => preset.languages))];
  const regions = [...new Set(Object.values(PRESETS).map((preset) => preset.country))];

  for (const locale of ['en', 'es']) {
    it(`${locale}: every language and region of a preset reads as Intl.DisplayNames says`, () => {
      const languageNames = new Intl.DisplayNames(locale, { type: 'language' });
      const regionNames = new Intl.DisplayNames(locale, { type: 'region', style: 'short' });
      // Letter case aside: WebKitGTK's ICU capitalises Spanish language names ("Inglés"), where
      // CLDR, Chromium and Firefox write them as a sentence does ("inglés"), as our tables do.
      for (const tag of languages)
        expect(languageName(tag, locale).toLocaleLowerCase(locale), tag).to.equal(
          languageNames.of(tag)!.toLocaleLowerCase(locale),
        );
      for (const region of regions)
        expect(regionName(region, locale), region).to.equal(regionNames.of(region));
    });

    it(`${locale}: two languages are joined as Intl.ListFormat joins them ("español e inglés")`, () => {
      const list = new Intl.ListFormat(locale, { type: 'conjunction' });
      for (const first of languages)
        for (const second of languages.filter((tag) => tag !== first)) {
          const names = [languageName(first, locale), languageName(second, locale)];
          expect(listOfNames(names, locale)).to.equal(list.format(names));
        }
      const three = languages.map((tag) => languageName(tag, locale));
      expect(listOfNames(three, locale)).to.equal(list.format(three));
    });
  }

  it('languages and regions outside the tables still come from Intl', () => {
    expect(languageName('de', 'en')).to.equal(new Intl.DisplayNames('en', { type: 'language' }).of('de'));
    expect(regionName('AU', 'es')).to.equal(
      new Intl.DisplayNames('es', { type: 'region', style: 'short' }).of('AU'),
    );
    expect(languageName('en', 'de')).to.equal(new Intl.DisplayNames('de', { type: 'language' }).of('en'));
  });
});

/** Records every use of `Intl` (the namespace, and every method of its formatters) until restored. */
function watchIntl(): { used: string[]; restore: () => void } {
  const used: string[] = [];
  const original = globalThis.Intl;
  const restores: Array<() => void> = [];
  for (const name of Object.getOwnPropertyNames(original)) {
    const type = (original as unknown as Record<string, unknown>)[name];
    if (typeof type !== 'function' || !type.prototype) continue;
    for (const method of Object.getOwnPropertyNames(type.prototype)) {
      const descriptor = Object.getOwnPropertyDescriptor(type.prototype, method)!;
      if (method === 'constructor' || typeof descriptor.value !== 'function') continue;
      Object.defineProperty(type.prototype, method, {
        ...descriptor,
        value(this: unknown, ...args: unknown[]) {
          used.push(`${name}.${method}`);
          return (descriptor.value as (...a: unknown[]) => unknown).apply(this, args);
        },
      });
      restores.push(() => Object.defineProperty(type.prototype, method, descriptor));
    }
  }
  globalThis.Intl = new Proxy(original, {
    get(target, key) {
      used.push(`Intl.${String(key)}`);
      return Reflect.get(target, key);
    },
  });
  restores.push(() => (globalThis.Intl = original));
  return { used, restore: () => restores.reverse().forEach((restore) => restore()) };
}

const MAILCHIMP = 'https://club.us1.list-manage.com/subscribe/post?u=a&id=b';

describe('first renders that need no Intl use none', () => {
  let watch: ReturnType<typeof watchIntl>;
  beforeEach(() => (watch = watchIntl()));
  afterEach(() => watch.restore());

  for (const lang of ['en', 'es'])
    for (const id of Object.keys(PRESETS)) {
      it(`<hotline-card preset="${id}" lang="${lang}"> (24/7: numbers, text, languages)`, async () => {
        const el = await fixture(html`<hotline-card preset=${id} lang=${lang}></hotline-card>`);
        expect(el.shadowRoot!.querySelector('.status')!.textContent).to.match(/24\/7/);
        expect(watch.used).to.deep.equal([]);
      });
    }

  it('<help-banner exit position="top">, <quick-exit> and <mailing-list-form>', async () => {
    await fixture(
      html`<div>
        <help-banner exit position="top"></help-banner>
        <quick-exit></quick-exit>
        <mailing-list-form action=${MAILCHIMP}></mailing-list-form>
      </div>`,
    );
    expect(watch.used).to.deep.equal([]);
  });

  it('the watch sees Intl when a card needs it (weekly hours in a time zone)', async () => {
    await fixture(
      html`<hotline-card
        name="Club line"
        phone="(619) 531-4041"
        hours="Mo-Fr 08:00-17:00"
        timezone="America/Los_Angeles"
      ></hotline-card>`,
    );
    expect(watch.used).to.include('DateTimeFormat.formatToParts');
  });
});
