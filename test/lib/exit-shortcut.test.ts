import { expect } from '@open-wc/testing';
import {
  EscapeDetector,
  escapeBelongsElsewhere,
  ShiftTapDetector,
  type ShortcutResult,
} from '../../src/lib/exit-shortcut.js';

/** A script of input for the Shift detector: [time ms, action]. */
type Step =
  | [number, 'down' | 'up', string]
  | [number, 'key', string] // another key pressed and released
  | [number, 'pointer' | 'wheel' | 'blur'];

function runShift(steps: Step[], timeout = 5000): ShortcutResult[] {
  const detector = new ShiftTapDetector(timeout);
  const results: ShortcutResult[] = [];
  for (const step of steps) {
    const [time, action] = step;
    if (action === 'down') results.push(detector.keydown('Shift', step[2], time));
    else if (action === 'up') results.push(detector.keyup('Shift', step[2], time));
    else if (action === 'key') {
      results.push(detector.keydown(step[2], `Key${step[2].toUpperCase()}`, time));
      results.push(detector.keyup(step[2], `Key${step[2].toUpperCase()}`, time + 30));
    } else if (action === 'blur') results.push(detector.blur());
    else results.push(detector.interrupt());
  }
  return results;
}

const tap = (at: number, code = 'ShiftLeft'): Step[] => [
  [at, 'down', code],
  [at + 80, 'up', code],
];
const triggered = (results: ShortcutResult[]) => results.filter((r) => r.kind === 'trigger').length;

describe('ShiftTapDetector', () => {
  it('three clean taps trigger on the third keyup, with progress after taps 1 and 2', () => {
    const results = runShift([...tap(0), ...tap(400), ...tap(800)]);
    expect(results.filter((r) => r.kind !== 'none')).to.deep.equal([
      { kind: 'progress', remaining: 2 },
      { kind: 'progress', remaining: 1 },
      { kind: 'trigger' },
    ]);
  });

  it('allows up to the timeout BETWEEN taps (not in total), and the timeout is configurable', () => {
    expect(triggered(runShift([...tap(0), ...tap(4900), ...tap(9800)]))).to.equal(1);
    expect(triggered(runShift([...tap(0), ...tap(5200), ...tap(5600)]))).to.equal(0);
    expect(triggered(runShift([...tap(0), ...tap(1500), ...tap(3000)], 1000))).to.equal(0);
    expect(triggered(runShift([...tap(0), ...tap(900), ...tap(1800)], 1000))).to.equal(1);
  });

  const notTriggering: [string, Step[]][] = [
    [
      'typing "Hello World" with Shift for capitals',
      [
        [0, 'down', 'ShiftLeft'],
        [40, 'key', 'h'],
        [120, 'up', 'ShiftLeft'],
        [200, 'key', 'e'],
        [300, 'key', 'l'],
        [400, 'key', 'l'],
        [500, 'key', 'o'],
        [600, 'key', ' '],
        [700, 'down', 'ShiftRight'],
        [740, 'key', 'w'],
        [800, 'up', 'ShiftRight'],
        [900, 'key', 'o'],
      ],
    ],
    [
      'Shift+click three times',
      [0, 500, 1000].flatMap((at): Step[] => [
        [at, 'down', 'ShiftLeft'],
        [at + 40, 'pointer'],
        [at + 90, 'up', 'ShiftLeft'],
      ]),
    ],
    [
      'Shift+wheel three times',
      [0, 500, 1000].flatMap((at): Step[] => [
        [at, 'down', 'ShiftLeft'],
        [at + 40, 'wheel'],
        [at + 90, 'up', 'ShiftLeft'],
      ]),
    ],
    [
      'holding Shift for 2 s (then two taps)',
      [[0, 'down', 'ShiftLeft'], [2000, 'up', 'ShiftLeft'], ...tap(2300), ...tap(2600)],
    ],
    ['taps more than 5 s apart', [...tap(0), ...tap(5500), ...tap(11000)]],
    ['Shift tap, a letter, Shift tap, Shift tap', [...tap(0), [300, 'key', 'a'], ...tap(600), ...tap(900)]],
    ['the window losing focus between taps', [...tap(0), ...tap(300), [500, 'blur'], ...tap(700)]],
  ];
  for (const [name, steps] of notTriggering) {
    it(`does not trigger: ${name}`, () => expect(triggered(runShift(steps))).to.equal(0));
  }

  it('alternating left and right Shift counts every tap (govuk-frontend #5393)', () => {
    expect(
      triggered(runShift([...tap(0, 'ShiftLeft'), ...tap(300, 'ShiftRight'), ...tap(600, 'ShiftLeft')])),
    ).to.equal(1);
  });

  it('pressing both Shifts together is one tap', () => {
    const both = (at: number): Step[] => [
      [at, 'down', 'ShiftLeft'],
      [at + 10, 'down', 'ShiftRight'],
      [at + 70, 'up', 'ShiftLeft'],
      [at + 90, 'up', 'ShiftRight'],
    ];
    const results = runShift([...both(0), ...both(300)]);
    expect(results.filter((r) => r.kind !== 'none')).to.deep.equal([
      { kind: 'progress', remaining: 2 },
      { kind: 'progress', remaining: 1 },
    ]);
    expect(triggered(runShift([...both(0), ...both(300), ...both(600)]))).to.equal(1);
  });

  it('a Shift keyup without its keydown (pressed before the page had focus) is not a tap', () => {
    const detector = new ShiftTapDetector();
    expect(detector.keyup('Shift', 'ShiftLeft', 0)).to.deep.equal({ kind: 'none' });
    expect(detector.progress).to.equal(0);
  });

  it('a spoiled sequence reports a reset (for the "expired" announcement) only when it had progress', () => {
    const results = runShift([...tap(0), [300, 'key', 'x']]);
    expect(results.filter((r) => r.kind !== 'none')).to.deep.equal([
      { kind: 'progress', remaining: 2 },
      { kind: 'reset' },
    ]);
    expect(runShift([[0, 'key', 'x']]).filter((r) => r.kind !== 'none')).to.deep.equal([]);
  });
});

describe('EscapeDetector', () => {
  const run = (presses: [number, boolean?][]) => {
    const detector = new EscapeDetector();
    return presses.map(([at, ignored]) => detector.keydown('Escape', false, ignored ?? false, at).kind);
  };
  it('two presses within 1 s trigger', () =>
    expect(run([[0], [600]])).to.deep.equal(['progress', 'trigger']));
  it('one press does not', () => expect(run([[0]])).to.deep.equal(['progress']));
  it('two presses 1.2 s apart do not', () =>
    expect(run([[0], [1200]])).to.deep.equal(['progress', 'progress']));
  it('a press that belongs elsewhere does not count and restarts the count', () =>
    expect(run([[0], [300, true], [600]])).to.deep.equal(['progress', 'reset', 'progress']));
  it('held-down repeats do not count', () => {
    const detector = new EscapeDetector();
    detector.keydown('Escape', false, false, 0);
    expect(detector.keydown('Escape', true, false, 100).kind).to.equal('none');
  });
  it('another key between presses restarts the count', () => {
    const detector = new EscapeDetector();
    detector.keydown('Escape', false, false, 0);
    detector.keydown('a', false, false, 100);
    expect(detector.keydown('Escape', false, false, 200).kind).to.equal('progress');
  });
});

describe('escapeBelongsElsewhere()', () => {
  const fire = (target: Element, init: KeyboardEventInit = {}) => {
    let belongs: boolean | undefined;
    const listener = (event: Event) => (belongs = escapeBelongsElsewhere(event as KeyboardEvent));
    window.addEventListener('keydown', listener);
    target.dispatchEvent(
      new KeyboardEvent('keydown', {
        key: 'Escape',
        bubbles: true,
        composed: true,
        cancelable: true,
        ...init,
      }),
    );
    window.removeEventListener('keydown', listener);
    return belongs;
  };
  const make = (markup: (doc: Document) => Element) => {
    const element = markup(document);
    document.body.append(element);
    return element;
  };
  afterEach(() => document.querySelectorAll('[data-esc-test]').forEach((element) => element.remove()));

  const cases: [string, (doc: Document) => Element, boolean][] = [
    ['a text input', (doc) => Object.assign(doc.createElement('input'), { type: 'text' }), true],
    ['a textarea', (doc) => doc.createElement('textarea'), true],
    ['a select', (doc) => doc.createElement('select'), true],
    ['a checkbox', (doc) => Object.assign(doc.createElement('input'), { type: 'checkbox' }), false],
    ['a button', (doc) => doc.createElement('button'), false],
    [
      'a contenteditable',
      (doc) => Object.assign(doc.createElement('div'), { contentEditable: 'true' }),
      true,
    ],
    ['role=combobox', (doc) => Object.assign(doc.createElement('div'), { role: 'combobox' }), true],
    ['role=menu', (doc) => Object.assign(doc.createElement('div'), { role: 'menu' }), true],
    ['role=listbox', (doc) => Object.assign(doc.createElement('div'), { role: 'listbox' }), true],
    ['a plain paragraph', (doc) => doc.createElement('p'), false],
  ];
  for (const [name, markup, expected] of cases) {
    it(`${name}: ${expected ? 'ignored' : 'counts'}`, () => {
      const element = make(markup);
      element.setAttribute('data-esc-test', '');
      expect(fire(element)).to.equal(expected);
    });
  }

  it('an open modal dialog: ignored', () => {
    const dialog = make((doc) => doc.createElement('dialog')) as HTMLDialogElement;
    dialog.setAttribute('data-esc-test', '');
    const p = make((doc) => doc.createElement('p'));
    p.setAttribute('data-esc-test', '');
    dialog.showModal();
    expect(fire(p)).to.equal(true);
    dialog.close();
    expect(fire(p)).to.equal(false);
  });

  it('a press another handler prevented: ignored', () => {
    const p = make((doc) => doc.createElement('p'));
    p.setAttribute('data-esc-test', '');
    p.addEventListener('keydown', (event) => event.preventDefault(), { once: true });
    expect(fire(p)).to.equal(true);
  });
});
