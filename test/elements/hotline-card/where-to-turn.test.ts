import { expect } from '@open-wc/testing';

/**
 * demo/where-to-turn.html renders a real San Diego list. It is loaded in an iframe (as a visitor
 * would see it) and every card's links are checked against the numbers in the guide.
 */
interface Card extends HTMLElement {
  updateComplete: Promise<unknown>;
}

async function loadDemo(): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/demo/where-to-turn.html';
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  await win.customElements.whenDefined('hotline-card');
  const doc = frame.contentDocument!;
  await Promise.all([...doc.querySelectorAll<Card>('hotline-card')].map((card) => card.updateComplete));
  return doc;
}

describe('demo/where-to-turn.html', () => {
  let doc: Document;
  before(async () => {
    doc = await loadDemo();
  });
  after(() => document.querySelector('iframe')?.remove());

  const expected: [string, [string, string][]][] = [
    ['San Diego County Crisis Line', [['Call 1-888-385-4657', 'tel:+18883854657']]],
    ['District Attorney victim witness line', [['Call (619) 531-4041', 'tel:+16195314041']]],
    [
      'National Human Trafficking Hotline',
      [
        ['Call 1-888-373-7888', 'tel:+18883737888'],
        ['Text HELP to 233733', 'sms:233733?body=HELP'],
        ['711', 'tel:711'],
        ['Website', 'https://humantraffickinghotline.org/'],
      ],
    ],
    ['Línea Nacional contra la Trata de Personas', [['Call 800 5533 000', 'tel:+528005533000']]],
    [
      'National Center for Missing & Exploited Children',
      [
        ['Call 1-800-THE-LOST (1-800-843-5678)', 'tel:+18008435678'],
        ['Website', 'https://www.missingkids.org/'],
      ],
    ],
    [
      'San Diego Youth Services STARS',
      [
        ['Call (619) 521-2250 x3804', 'tel:+16195212250;ext=3804'],
        ['Call (619) 993-8050', 'tel:+16199938050'],
      ],
    ],
    ['San Diego Youth Services I CARE', [['Call (619) 521-2250 x3816', 'tel:+16195212250;ext=3816']]],
  ];

  it('renders each line of the guide as a card with correct links', () => {
    const cards = [...doc.querySelectorAll<Card>('hotline-card')];
    const rendered = cards.map((card) => {
      const root = card.shadowRoot!;
      const name = root.querySelector('.name')!.textContent!.trim();
      const links = [...root.querySelectorAll('a')].map((a) => {
        const visible = [...a.childNodes]
          .filter(
            (node) =>
              node.nodeType === Node.TEXT_NODE ||
              (node.nodeType === Node.ELEMENT_NODE &&
                !(node as Element).classList.contains('visually-hidden')),
          )
          .map((node) => node.textContent)
          .join('')
          .replace(/\s+/g, ' ')
          .trim();
        return [visible, a.getAttribute('href')];
      });
      return [name, links];
    });
    expect(rendered).to.deep.equal(expected);
  });

  it('each card has a copy button beside every number', () => {
    for (const card of doc.querySelectorAll<Card>('hotline-card')) {
      const root = card.shadowRoot!;
      expect(root.querySelectorAll('button.copy').length).to.equal(
        root.querySelectorAll('.numbers li').length,
      );
    }
  });

  it('the no-JavaScript fallback links dial the same numbers as the cards', () => {
    for (const card of doc.querySelectorAll<Card>('hotline-card')) {
      const fallback = card.querySelector('a')!.getAttribute('href');
      const cardHrefs = [...card.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(cardHrefs, card.getAttribute('name') ?? card.getAttribute('preset') ?? '').to.include(fallback);
    }
  });

  it('the DA line shows its Pacific hours', () => {
    const da = doc.querySelectorAll<Card>('hotline-card')[1]!;
    const status = da.shadowRoot!.querySelector('.status')!.textContent!;
    expect(status).to.match(/\(PT\)/);
  });
});
