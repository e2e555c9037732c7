import { expect, fixture, html } from '@open-wc/testing';
import { restore, stub } from 'sinon';
import '../../src/index.js';
import { coerce } from '../../src/base/properties.js';
import type { HelpBanner, HotlineCard, MailingListForm, QuickExit } from '../../src/index.js';
import { sampleContent } from '../bundle/bundle-page.js';
import { manifestElements } from '../bundle/hostile-kit.js';

/**
 * Every public property means what its attribute means, whatever a framework passes (React 19 and
 * Svelte 5 set properties; Vue sets attributes or, for known props, properties).
 */
describe('properties: one coercion for every element', () => {
  afterEach(() => restore());

  describe('coerce() by declared type', () => {
    const cases: [string, unknown, object, unknown][] = [
      // [what, value, declaration, result]
      ['text stays text', 'Call us', {}, 'Call us'],
      ['a number becomes its text', 2025550100, {}, '2025550100'],
      ['true is the empty attribute', true, {}, ''],
      ['false is no attribute', false, {}, undefined],
      ['an object is its JSON (a JSON attribute)', { call: 'Dial' }, {}, '{"call":"Dial"}'],
      ['a number', 3, { type: Number }, 3],
      ['text that is a number', ' 5 ', { type: Number }, 5],
      ['an empty number is absent', '', { type: Number }, undefined],
      ['booleans', false, { type: Boolean }, false],
      ['"false" is off', 'false', { type: Boolean }, false],
      ['"off", "no" and "0" are off', ' OFF ', { type: Boolean }, false],
      ['an empty attribute is on', '', { type: Boolean }, true],
      ['absent is the fallback', null, { type: Boolean, fallback: true }, true],
      ['0 is off', 0, { type: Boolean }, false],
      ['an array', ['email', 'first-name'], { type: Array }, ['email', 'first-name']],
      ['text is split at spaces and commas', 'email, first-name', { type: Array }, ['email', 'first-name']],
      ['absent is an empty list', undefined, { type: Array }, []],
    ];
    for (const [what, value, declaration, result] of cases) {
      it(what, () => {
        const warn = stub();
        expect(coerce(value, declaration, 'probe', warn)).to.deep.equal(result);
        expect(warn.called, 'no warning').to.equal(false);
      });
    }

    it('anything unusable warns once, naming the attribute, and gives the fallback', () => {
      const unusable: [unknown, object, string, unknown][] = [
        ['h2', { type: Number }, 'probe "h2" is not a number; the default is used.', undefined],
        [true, { type: Number }, 'probe true is not a number; the default is used.', undefined],
        [Number.NaN, {}, 'probe NaN is not text; the default is used.', undefined],
        [['a'], {}, 'probe a list is not text; the default is used.', undefined],
        [() => 1, { type: Boolean }, 'probe a function is not true or false; the default is used.', false],
        [{ a: 1 }, { type: Array }, 'probe an object is not a list; the default is used.', []],
      ];
      for (const [value, declaration, message, fallback] of unusable) {
        const warn = stub();
        expect(coerce(value, declaration, 'probe', warn)).to.deep.equal(fallback);
        expect(warn.args).to.deep.equal([[message]]);
      }
    });
  });

  // Every value a framework might pass, into every property of every element: nothing throws, the
  // element still renders, and nothing but our own warnings reaches the console.
  const anything: [string, unknown][] = [
    ['a number', 3],
    ['zero', 0],
    ['true', true],
    ['false', false],
    ['an array', ['a', 'b']],
    ['an object', { a: 1 }],
    ['null', null],
    ['undefined', undefined],
    ['NaN', Number.NaN],
    ['a function', () => 'x'],
  ];
  for (const element of manifestElements()) {
    it(`<${element.tagName}>: any value in any property never throws or blanks it`, async () => {
      const warn = stub(console, 'warn');
      const error = stub(console, 'error');
      const sample: Record<string, string> = {
        'hotline-card': 'us-trafficking',
        'help-banner': 'us-trafficking',
      };
      for (const attribute of element.attributes) {
        const field = (attribute as { fieldName?: string }).fieldName;
        if (!field) continue;
        for (const [name, value] of anything) {
          const el = document.createElement(element.tagName) as HTMLElement & {
            updateComplete: Promise<unknown>;
          } & Record<string, unknown>;
          if (sample[element.tagName]) el.setAttribute('preset', sample[element.tagName]!);
          el.append(...(sampleContent[element.tagName]?.(document) ?? []));
          expect(() => (el[field] = value), `${field} = ${name}`).to.not.throw();
          document.body.append(el);
          await el.updateComplete;
          const rendered = (el.shadowRoot ?? el).textContent!.trim();
          expect(rendered, `<${element.tagName}> ${field} = ${name} renders`).not.to.equal('');
          el.remove();
        }
      }
      expect(error.called, 'no console errors').to.equal(false);
      for (const [line] of warn.args) expect(String(line)).to.match(/^\[stat-widgets\] </);
    });
  }

  describe('what frameworks naturally pass means what the attribute means', () => {
    it('<hotline-card>: headingLevel={3}, phone={2025550100}, emitEvents="false", labels={…}', async () => {
      const el = await fixture<HotlineCard>(html`<hotline-card preset="us-988"></hotline-card>`);
      Object.assign(el, { headingLevel: 4, emitEvents: 'false', labels: { call: 'Dial {number}' } });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('4');
      expect(el.emitEvents).to.equal(false);
      expect(el.shadowRoot!.textContent).to.include('Dial 988');
      const card = await fixture<HotlineCard>(html`<hotline-card name="Club"></hotline-card>`);
      (card as unknown as { phone: number }).phone = 2025550100;
      card.headingLevel = '5' as unknown as number;
      await card.updateComplete;
      expect(card.phone).to.equal('2025550100');
      expect(card.headingLevel).to.equal(5);
      expect(card.shadowRoot!.querySelector('a.call')!.getAttribute('href')).to.equal('tel:+12025550100');
    });

    it('<help-banner>: emergencyNumber={911}; dismissible={false} and "false" are off, undefined is on', async () => {
      const el = await fixture<HelpBanner>(html`<help-banner></help-banner>`);
      (el as unknown as { emergencyNumber: number }).emergencyNumber = 911;
      el.dismissible = false;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('a.emergency-call')!.getAttribute('href')).to.equal('tel:911');
      expect(el.shadowRoot!.querySelector('.dismiss')).to.equal(null);
      el.dismissible = undefined as unknown as boolean;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.dismiss')).to.exist;
      el.setAttribute('dismissible', 'false');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.dismiss')).to.equal(null);
    });

    it('<mailing-list-form>: fields={[…]} or "…", timeout={5}, buttonLabel as a property', async () => {
      const el = await fixture<MailingListForm>(
        html`<mailing-list-form action="/subscribe"></mailing-list-form>`,
      );
      el.fields = ['email', 'first-name'];
      el.timeout = 5;
      el.buttonLabel = 'Join';
      await el.updateComplete;
      expect(el.querySelector('input[autocomplete="given-name"]')).to.exist;
      expect(el.querySelector('[type="submit"]')!.textContent!.trim()).to.equal('Join');
      el.fields = 'email last-name' as unknown as string[];
      await el.updateComplete;
      expect(el.fields).to.deep.equal(['email', 'last-name']);
      expect(el.querySelector('input[autocomplete="family-name"]')).to.exist;
    });

    it('<quick-exit>: shortcutTimeout={5000}, position as a property', async () => {
      const warn = stub(console, 'warn');
      const el = await fixture<QuickExit>(
        html`<quick-exit url="https://example.org/" shortcut="none"></quick-exit>`,
      );
      el.shortcutTimeout = 5000;
      el.position = 'inline';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.dock')!.classList.contains('inline')).to.equal(true);
      expect(warn.called).to.equal(false);
    });
  });
});
