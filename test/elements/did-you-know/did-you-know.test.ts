import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { restore, stub, useFakeTimers, type SinonFakeTimers } from 'sinon';
import '../../../src/elements/did-you-know/define.js';
import type { DidYouKnow } from '../../../src/elements/did-you-know/did-you-know.js';
import { SAN_DIEGO_FACTS } from './facts.js';

const root = (el: DidYouKnow) => el.shadowRoot!;
const part = (el: DidYouKnow, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const button = (el: DidYouKnow, name: string) => part(el, name) as HTMLButtonElement;
/** The facts a visitor can see: light-DOM children that are rendered. */
const shownFacts = (el: DidYouKnow) =>
  [...el.children]
    .filter((fact) => fact.getClientRects().length > 0)
    .map((fact) => fact.textContent!.replace(/\s+/g, ' ').trim());
const count = (el: DidYouKnow) => part(el, 'count')!.textContent!.trim();
const liveRegion = (el: DidYouKnow) => root(el).querySelector('[aria-live="polite"]')!.textContent!.trim();

describe('<did-you-know>', () => {
  let warn: sinon.SinonStub;
  let clock: SinonFakeTimers | undefined;
  beforeEach(() => {
    warn = stub(console, 'warn');
  });
  afterEach(() => {
    clock?.restore();
    clock = undefined;
    restore();
  });

  it('shows one fact at a time with Previous, Next and "1 of 5", as a WAI-ARIA carousel', async () => {
    const el = await fixture<DidYouKnow>(html`<did-you-know>${SAN_DIEGO_FACTS}</did-you-know>`);
    expect(part(el, 'heading')!.textContent!.trim()).to.equal('Did you know?');
    expect(part(el, 'heading')!.getAttribute('aria-level')).to.equal('2');
    expect(shownFacts(el)).to.deep.equal([
      'Sex trafficking in San Diego County is an estimated $810 million business.',
    ]);
    expect(count(el)).to.equal('1 of 5');
    const carousel = part(el, 'base')!;
    expect(carousel.localName).to.equal('section');
    expect(carousel.getAttribute('aria-roledescription')).to.equal('carousel');
    expect(carousel.getAttribute('aria-labelledby')).to.equal('heading');
    const slide = part(el, 'fact')!;
    expect([
      slide.getAttribute('role'),
      slide.getAttribute('aria-roledescription'),
      slide.getAttribute('aria-label'),
    ]).to.deep.equal(['group', 'fact', '1 of 5']);
    expect(part(el, 'pause'), 'no pause control without interval').to.equal(null);
    expect(warn.callCount).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('Next and Previous turn (and wrap), and only then say which fact it is, politely', async () => {
    const el = await fixture<DidYouKnow>(html`<did-you-know>${SAN_DIEGO_FACTS}</did-you-know>`);
    expect(liveRegion(el), 'nothing said on load').to.equal('');
    button(el, 'next').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(shownFacts(el)).to.deep.equal(['The average age of entry into "the life" is 15 years old.']);
    expect(count(el)).to.equal('2 of 5');
    expect(part(el, 'fact')!.getAttribute('aria-label')).to.equal('2 of 5');
    expect(liveRegion(el)).to.equal('2 of 5: The average age of entry into "the life" is 15 years old.');
    button(el, 'previous').click();
    button(el, 'previous').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(count(el)).to.equal('5 of 5');
    expect(shownFacts(el)[0]).to.match(/^Anyone can call/);
    await expect(el).to.be.accessible();
  });

  it('facts stay the page’s own: the same nodes, untouched, and a source link is a real, focusable link', async () => {
    const el = await fixture<DidYouKnow>(html`<did-you-know>${SAN_DIEGO_FACTS}</did-you-know>`);
    const facts = [...el.children];
    const before = facts.map((fact) => fact.outerHTML);
    button(el, 'next').click();
    button(el, 'next').click();
    await el.updateComplete;
    expect([...el.children]).to.deep.equal(facts);
    expect(
      facts.map((fact) => fact.outerHTML),
      'no attribute or style set on the page’s facts',
    ).to.deep.equal(before);
    const link = el.querySelector('a')!;
    expect(link.getClientRects().length, 'the link is shown with its fact').to.be.greaterThan(0);
    link.focus();
    expect(document.activeElement).to.equal(link);
    expect(root(el).querySelector('a'), 'nothing copied into the shadow root').to.equal(null);
    expect(root(el).querySelector('slot')!.assignedElements()).to.deep.equal([facts[2]]);
  });

  it('a fact’s link gets a clear keyboard focus ring (3 px, the focus-ring token), like our buttons', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div><button type="button">before</button><did-you-know>${SAN_DIEGO_FACTS}</did-you-know></div>`,
    );
    const el = wrapper.querySelector('did-you-know') as DidYouKnow;
    await el.updateComplete;
    button(el, 'next').click();
    button(el, 'next').click();
    await el.updateComplete;
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    const link = el.querySelector('a')!;
    expect(document.activeElement).to.equal(link);
    const style = getComputedStyle(link);
    expect([style.outlineStyle, style.outlineWidth]).to.deep.equal(['solid', '3px']);
    const page = document.createElement('a');
    page.href = '#elsewhere';
    page.textContent = 'a link of the page, outside the element';
    document.body.append(page);
    page.focus();
    expect(getComputedStyle(page).outlineWidth, 'the page’s other links are untouched').to.not.equal('3px');
    page.remove();
  });

  it('interval: turns by itself without announcing, with a visible Pause; pauses on hover and focus', async () => {
    clock = useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const el = await fixture<DidYouKnow>(html`<did-you-know interval="8">${SAN_DIEGO_FACTS}</did-you-know>`);
    const pause = button(el, 'pause');
    expect(pause.textContent!.trim()).to.equal('Pause');
    expect(pause.getClientRects().length).to.be.greaterThan(0);
    expect(clock.countTimers()).to.equal(1);
    clock.tick(7_999);
    await el.updateComplete;
    expect(count(el)).to.equal('1 of 5');
    clock.tick(1);
    await el.updateComplete;
    await el.updateComplete;
    expect(count(el)).to.equal('2 of 5');
    expect(liveRegion(el), 'turning by itself is never announced').to.equal('');

    el.dispatchEvent(new PointerEvent('pointerenter'));
    await el.updateComplete;
    expect(clock.countTimers(), 'held still under the pointer').to.equal(0);
    clock.tick(60_000);
    el.dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect(count(el)).to.equal('2 of 5');
    expect(clock.countTimers()).to.equal(1);

    button(el, 'next').focus();
    await el.updateComplete;
    expect(clock.countTimers(), 'held still while focus is inside').to.equal(0);
    button(el, 'next').blur();
    await el.updateComplete;

    pause.click();
    await el.updateComplete;
    expect(pause.textContent!.trim()).to.equal('Play');
    pause.blur();
    await el.updateComplete;
    clock.tick(60_000);
    await el.updateComplete;
    expect(count(el), 'paused by the visitor').to.equal('2 of 5');
    expect(clock.countTimers()).to.equal(0);
    pause.click();
    pause.blur();
    await el.updateComplete;
    clock.tick(8_000);
    await el.updateComplete;
    await el.updateComplete;
    expect(count(el)).to.equal('3 of 5');
    clock.restore();
    clock = undefined;
    await expect(el).to.be.accessible();
  });

  it('interval below 5 seconds uses 5; a bad one warns and nothing turns by itself', async () => {
    clock = useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const fast = await fixture<DidYouKnow>(
      html`<did-you-know interval="1">${SAN_DIEGO_FACTS}</did-you-know>`,
    );
    clock.tick(4_999);
    await fast.updateComplete;
    expect(count(fast)).to.equal('1 of 5');
    clock.tick(1);
    await fast.updateComplete;
    expect(count(fast)).to.equal('2 of 5');
    const bad = await fixture<DidYouKnow>(
      html`<did-you-know interval="soon">${SAN_DIEGO_FACTS}</did-you-know>`,
    );
    expect(part(bad, 'pause')).to.equal(null);
    expect(warn.getCalls().map((call) => String(call.args[0]))).to.deep.equal([
      '[stat-widgets] <did-you-know>: interval "1" is shorter than 5 seconds; using 5.',
      '[stat-widgets] <did-you-know>: interval "soon" is not a number; the default is used.',
    ]);
  });

  it('heading, heading-level and shuffle', async () => {
    const el = await fixture<DidYouKnow>(
      html`<did-you-know heading="Facts from San Diego" heading-level="3">${SAN_DIEGO_FACTS}</did-you-know>`,
    );
    expect(part(el, 'heading')!.textContent!.trim()).to.equal('Facts from San Diego');
    expect(part(el, 'heading')!.getAttribute('aria-level')).to.equal('3');
    const firsts = new Set<string>();
    for (let i = 0; i < 12; i += 1) {
      const shuffled = await fixture<DidYouKnow>(
        html`<did-you-know shuffle>${SAN_DIEGO_FACTS}</did-you-know>`,
      );
      const seen: string[] = [];
      for (let n = 0; n < 5; n += 1) {
        seen.push(shownFacts(shuffled)[0]!);
        button(shuffled, 'next').click();
        await shuffled.updateComplete;
      }
      expect(new Set(seen).size, 'every fact once').to.equal(5);
      firsts.add(seen[0]!);
    }
    expect(firsts.size, 'a different order on different page views').to.be.greaterThan(1);
  });

  it('in Spanish, and one fact alone is just a fact (no carousel)', async () => {
    const es = await fixture<DidYouKnow>(html`<did-you-know lang="es">${SAN_DIEGO_FACTS}</did-you-know>`);
    expect(part(es, 'heading')!.textContent!.trim()).to.equal('¿Sabía que…?');
    expect(count(es)).to.equal('1 de 5');
    expect([
      button(es, 'previous').textContent!.trim(),
      button(es, 'next').textContent!.trim(),
    ]).to.deep.equal(['Anterior', 'Siguiente']);
    expect(part(es, 'base')!.getAttribute('aria-roledescription')).to.equal('carrusel');
    await expect(es).to.be.accessible();
    const one = await fixture<DidYouKnow>(html`<did-you-know><p>Only one fact.</p></did-you-know>`);
    expect(part(one, 'controls')).to.equal(null);
    expect(part(one, 'base')!.hasAttribute('aria-roledescription')).to.equal(false);
    expect(shownFacts(one)).to.deep.equal(['Only one fact.']);
    await expect(one).to.be.accessible();
  });

  it('speaks Spanish, and every string can be replaced by an attribute (markup in it is text)', async () => {
    const es = await fixture<DidYouKnow>(
      html`<did-you-know lang="es" interval="600">${SAN_DIEGO_FACTS}</did-you-know>`,
    );
    expect(part(es, 'fact')!.getAttribute('aria-roledescription')).to.equal('dato');
    expect(button(es, 'pause').textContent!.trim()).to.equal('Pausa');
    button(es, 'pause').click();
    await es.updateComplete;
    expect(button(es, 'pause').textContent!.trim()).to.equal('Reproducir');

    // A club that words it its own way, or speaks a language we do not ship.
    const el = await fixture<DidYouKnow>(
      html`<did-you-know
        lang="fr"
        interval="600"
        heading="Le saviez-vous ?"
        previous-label="Précédent"
        next-label=${'<b>Suivant</b>'}
        pause-label="Arrêter"
        play-label="Reprendre"
        count-text="{n} sur {total}"
        carousel-text="diaporama"
        slide-text="fait"
        >${SAN_DIEGO_FACTS}</did-you-know
      >`,
    );
    expect(part(el, 'heading')!.textContent!.trim()).to.equal('Le saviez-vous ?');
    expect(['pause', 'previous', 'next'].map((name) => button(el, name).textContent!.trim())).to.deep.equal([
      'Arrêter',
      'Précédent',
      '<b>Suivant</b>',
    ]);
    expect(root(el).querySelector('b'), 'markup in an attribute is text').to.equal(null);
    expect(count(el)).to.equal('1 sur 5');
    expect(part(el, 'base')!.getAttribute('aria-roledescription')).to.equal('diaporama');
    const slide = part(el, 'fact')!;
    expect([slide.getAttribute('aria-roledescription'), slide.getAttribute('aria-label')]).to.deep.equal([
      'fait',
      '1 sur 5',
    ]);
    button(el, 'next').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(liveRegion(el)).to.equal('2 sur 5: The average age of entry into "the life" is 15 years old.');
    button(el, 'pause').click();
    await el.updateComplete;
    expect(button(el, 'pause').textContent!.trim()).to.equal('Reprendre');
    expect(warn.callCount).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('facts added or removed later (a CMS, a framework) are followed', async () => {
    const el = await fixture<DidYouKnow>(html`<did-you-know><p>First.</p></did-you-know>`);
    const second = document.createElement('p');
    second.textContent = 'Second.';
    el.append(second);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
    expect(count(el)).to.equal('1 of 2');
    second.remove();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
    expect(part(el, 'controls')).to.equal(null);
  });

  it('no facts, or facts inside a list: one warning that says what to write', async () => {
    await fixture<DidYouKnow>(html`<did-you-know></did-you-know>`);
    await fixture<DidYouKnow>(
      html`<did-you-know
        ><ul>
          <li>One.</li>
          <li>Two.</li>
        </ul></did-you-know
      >`,
    );
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(warn.getCalls().map((call) => String(call.args[0]))).to.deep.equal([
      '[stat-widgets] <did-you-know>: has no facts: put each fact inside it as its own <p> or <li>.',
      '[stat-widgets] <did-you-know>: has a list inside: put each fact directly inside it as its own <p> or <li> (a list is one fact).',
    ]);
  });
});
