import { expect, fixture, html } from '@open-wc/testing';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { restore, stub } from 'sinon';
import '../../src/elements/hotline-card/define.js';
import type { HotlineCard } from '../../src/elements/hotline-card/hotline-card.js';
import { REGIONS } from '../../src/data/phone-metadata.js';
import { resolveHotline } from '../../src/lib/hotline.js';

/**
 * The differential test: every input of test/lib/phone-corpus.json (scripts/phone-corpus.mjs) goes
 * through `resolveHotline()`, the function `<hotline-card>` and `<help-banner>` build their links
 * with, and every link is judged by libphonenumber-js with its full (`max`) metadata. A sample also
 * goes through a real `<hotline-card>`, which must render exactly the resolver's links.
 */
interface Entry {
  input: string;
  region: string;
  kind: 'example' | 'international' | 'short' | 'hotline' | 'vanity' | 'prose' | 'garbage' | 'script';
  /** The same number in a form libphonenumber-js reads (vanity letters as digits, notes dropped). */
  reference?: string;
  /** libphonenumber's ShortNumberInfo calls it a short number of `region`. */
  short?: true;
}

interface Verdict {
  entry: Entry;
  /** Our links for the input (a list may split into several numbers). */
  hrefs: string[];
  /** What libphonenumber dials for it, or null when it reads no number. */
  judgeHref: string | null;
  /** libphonenumber calls it a valid number (or a short number of its region). */
  valid: boolean;
}

function judge(entry: Entry): Verdict {
  const { model } = resolveHotline({ name: 'Line', phone: entry.input, country: entry.region }, 'other');
  const hrefs = model.numbers.flatMap((number) => (number.href ? [number.href] : []));
  const written = entry.reference ?? entry.input;
  if (entry.short) return { entry, hrefs, judgeHref: `tel:${written.replace(/\D/g, '')}`, valid: true };
  // `extract: false`: the whole input must be the number, as on a card (no number fished out of prose).
  const reference = parsePhoneNumberFromString(written, {
    defaultCountry: entry.region as CountryCode,
    extract: false,
  });
  return {
    entry,
    hrefs,
    judgeHref: reference ? `tel:${reference.number}${reference.ext ? `;ext=${reference.ext}` : ''}` : null,
    valid: entry.kind !== 'prose' && (reference?.isValid() ?? false),
  };
}

const describeVerdict = ({ entry, hrefs, judgeHref }: Verdict) =>
  `${entry.kind} ${entry.region} ${JSON.stringify(entry.input)}: ours ${hrefs.join(' ') || 'no link'}, libphonenumber ${judgeHref ?? 'no number'}`;

describe('phone numbers, judged by libphonenumber-js (differential)', () => {
  let corpus: Entry[];
  let verdicts: Verdict[];
  let links: Verdict[];
  let dialsAnother: Verdict[];
  let fromProse: Verdict[];
  let toInvalid: Verdict[];
  let valid: Verdict[];
  let unlinked: Verdict[];

  before(async function () {
    this.timeout(60000);
    corpus = (await (await fetch(new URL('./phone-corpus.json', import.meta.url))).json()) as Entry[];
    verdicts = corpus.map(judge);
    links = verdicts.filter((verdict) => verdict.hrefs.length > 0);
    dialsAnother = links.filter(
      (verdict) => verdict.judgeHref !== null && verdict.hrefs.some((href) => href !== verdict.judgeHref),
    );
    fromProse = links.filter((verdict) => verdict.entry.kind === 'prose');
    toInvalid = links.filter((verdict) => !verdict.valid && verdict.entry.kind !== 'prose');
    valid = verdicts.filter((verdict) => verdict.valid);
    unlinked = valid.filter((verdict) => verdict.hrefs.length === 0);
    const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;
    console.log(
      [
        `phone differential: ${corpus.length} inputs, ${links.length} linked, ${valid.length} valid per libphonenumber`,
        `  links that dial another number: ${dialsAnother.length}`,
        `  links made from prose: ${fromProse.length}`,
        `  links to numbers libphonenumber calls invalid: ${toInvalid.length} (${percent(toInvalid.length, links.length)} of links)`,
        `  valid numbers left without a link: ${unlinked.length} (${percent(unlinked.length, valid.length)} of valid numbers)`,
      ].join('\n'),
    );
  });

  it('the corpus has at least 600 inputs, of every kind, for every compiled region', () => {
    expect(corpus.length).to.be.at.least(600);
    const kinds = new Set(corpus.map((entry) => entry.kind));
    for (const kind of [
      'example',
      'international',
      'short',
      'hotline',
      'vanity',
      'prose',
      'garbage',
      'script',
    ]) {
      expect(kinds.has(kind as Entry['kind']), kind).to.equal(true);
    }
    const compiled = REGIONS.split(';').map((record) => record.split(' ')[0]);
    const examples = new Set(corpus.filter((entry) => entry.kind === 'example').map((entry) => entry.region));
    for (const region of compiled)
      expect(examples.has(region!), `example numbers for ${region}`).to.equal(true);
    expect(valid.length, 'the corpus holds valid numbers to link').to.be.at.least(600);
    expect(links.length, 'and links to judge').to.be.at.least(600);
  });

  it('zero links dial another number than libphonenumber reads', () => {
    expect(dialsAnother.map(describeVerdict)).to.deep.equal([]);
  });

  it('zero links are made from prose (words around digits)', () => {
    expect(fromProse.map(describeVerdict)).to.deep.equal([]);
  });

  it('at most 2% of links go to numbers libphonenumber calls invalid', () => {
    expect(toInvalid.length / links.length, toInvalid.map(describeVerdict).join('\n')).to.be.at.most(0.02);
  });

  it('at most 2% of valid numbers are left without a link', () => {
    expect(unlinked.length / valid.length, unlinked.map(describeVerdict).join('\n')).to.be.at.most(0.02);
  });

  it('every number left without a link gets one warning that says what to write instead', () => {
    for (const { entry, hrefs } of verdicts) {
      if (hrefs.length > 0 || /;| or | o /i.test(entry.input)) continue;
      const { warnings } = resolveHotline(
        { name: 'Line', phone: entry.input, country: entry.region },
        'other',
      );
      const phoneWarnings = warnings.filter((warning) => warning.startsWith('phone '));
      expect(phoneWarnings, entry.input).to.have.length(1);
      // Either a reason with advice in brackets, or a plain reason a webmaster acts on directly.
      expect(phoneWarnings[0], entry.input).to.match(
        /\(.+\)|is empty|is a word|characters|too long|extension|digits/,
      );
    }
  });

  describe('through a real <hotline-card> (every 25th input)', () => {
    afterEach(() => restore());

    it('renders exactly the links the resolver makes', async function () {
      this.timeout(120000);
      stub(console, 'warn');
      const sample = verdicts.filter((_, index) => index % 25 === 0);
      expect(sample.length).to.be.at.least(40);
      for (const { entry, hrefs } of sample) {
        const el = await fixture<HotlineCard>(
          html`<hotline-card
            name="Line"
            emergency="none"
            .phone=${entry.input}
            .country=${entry.region}
          ></hotline-card>`,
        );
        const rendered = [...el.shadowRoot!.querySelectorAll('.numbers a')].map((a) =>
          a.getAttribute('href'),
        );
        expect(rendered, `${entry.region} ${entry.input}`).to.deep.equal(hrefs);
      }
    });
  });
});
