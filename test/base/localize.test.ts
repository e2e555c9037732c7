import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { en } from '../../src/i18n/en.js';
import { es } from '../../src/i18n/es.js';
import { baseLanguage, fill, isRtlLanguage, LocalizeController } from '../../src/i18n/localize.js';

/** A minimal host that renders its resolved language, direction and one term. */
class LocalizeProbe extends LitElement {
  readonly localize = new LocalizeController(this);
  override render() {
    return html`<p lang=${this.localize.lang()} dir=${this.localize.dir()}>${this.localize.term('copy')}</p>`;
  }
}
customElements.define('localize-probe', LocalizeProbe);

const rendered = (el: LocalizeProbe) => el.shadowRoot!.querySelector('p')!;

describe('LocalizeController', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
    document.documentElement.removeAttribute('dir');
  });

  it('uses the element lang first', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en"><localize-probe lang="es"></localize-probe></div>`,
    );
    const el = wrapper.querySelector('localize-probe') as LocalizeProbe;
    expect(rendered(el).textContent).to.equal('Copiar');
    expect(rendered(el).lang).to.equal('es');
  });

  it('falls back to the nearest ancestor lang, across a shadow root', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="es-MX"></div>`);
    const inner = document.createElement('div');
    const root = inner.attachShadow({ mode: 'open' });
    const el = document.createElement('localize-probe') as LocalizeProbe;
    root.append(el);
    wrapper.append(inner);
    await el.updateComplete;
    expect(rendered(el).textContent).to.equal('Copiar');
  });

  it('falls back to <html lang>, then English', async () => {
    document.documentElement.lang = 'es';
    const el = await fixture<LocalizeProbe>(html`<localize-probe></localize-probe>`);
    expect(rendered(el).textContent).to.equal('Copiar');
    document.documentElement.removeAttribute('lang');
    await new Promise((resolve) => setTimeout(resolve)); // the MutationObserver reports asynchronously
    await el.updateComplete;
    expect(rendered(el).textContent).to.equal('Copy');
  });

  it('re-renders when an ancestor lang changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en"><localize-probe></localize-probe></div>`,
    );
    const el = wrapper.querySelector('localize-probe') as LocalizeProbe;
    expect(rendered(el).textContent).to.equal('Copy');
    wrapper.lang = 'es';
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(rendered(el).textContent).to.equal('Copiar');
  });

  it('sets rtl for right-to-left languages and falls back to English words', async () => {
    const el = await fixture<LocalizeProbe>(html`<localize-probe lang="ar"></localize-probe>`);
    expect(rendered(el).dir).to.equal('rtl');
    expect(rendered(el).lang).to.equal('en');
    expect(rendered(el).textContent).to.equal('Copy');
  });

  it('lets an explicit dir win over the language', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div dir="ltr"><localize-probe lang="he"></localize-probe></div>`,
    );
    const el = wrapper.querySelector('localize-probe') as LocalizeProbe;
    expect(rendered(el).dir).to.equal('ltr');
  });
});

describe('translation tables', () => {
  it('es has every en key, and no empty string', () => {
    expect(Object.keys(es).sort()).to.deep.equal(Object.keys(en).sort());
    for (const [key, value] of Object.entries(es)) expect(value.trim(), key).to.not.equal('');
  });

  it('es uses the same placeholders as en for each key', () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(es[key]), key).to.deep.equal(placeholders(en[key]));
    }
  });

  it('helpers: fill, baseLanguage, isRtlLanguage', () => {
    expect(fill('Call {name} at {n}', { name: 'X', n: 5 })).to.equal('Call X at 5');
    expect(fill('{missing}', {})).to.equal('{missing}');
    expect(baseLanguage('es-MX')).to.equal('es');
    expect(baseLanguage('zh_Hant_TW')).to.equal('zh');
    expect(isRtlLanguage('he-IL')).to.equal(true);
    expect(isRtlLanguage('en-US')).to.equal(false);
  });
});
