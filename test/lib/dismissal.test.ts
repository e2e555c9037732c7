import { expect } from '@open-wc/testing';
import {
  contentHash,
  DISMISSAL_KEY_PREFIX,
  dismissalKey,
  isDismissed,
  parseRemember,
  recordDismissal,
  type RememberMode,
  type StorageAccess,
} from '../../src/lib/dismissal.js';

/** An in-memory Storage that records every call. */
class MemoryStorage implements Storage {
  readonly data = new Map<string, string>();
  readonly calls: string[] = [];
  get length() {
    return this.data.size;
  }
  clear() {
    this.calls.push('clear');
    this.data.clear();
  }
  getItem(key: string) {
    this.calls.push(`get ${key}`);
    return this.data.get(key) ?? null;
  }
  key(index: number) {
    return [...this.data.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.calls.push(`remove ${key}`);
    this.data.delete(key);
  }
  setItem(key: string, value: string) {
    this.calls.push(`set ${key}`);
    this.data.set(key, value);
  }
}

function access() {
  const session = new MemoryStorage();
  const local = new MemoryStorage();
  const touched: string[] = [];
  const storage: StorageAccess = {
    session: () => (touched.push('session'), session),
    local: () => (touched.push('local'), local),
  };
  return { session, local, touched, storage };
}

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 22, 12);

describe('dismissal (pure)', () => {
  it('parseRemember: session, none, days; bad values fall back to session with a reason', () => {
    const table: [string | null, RememberMode, boolean][] = [
      [null, { kind: 'session' }, false],
      ['', { kind: 'session' }, false],
      ['session', { kind: 'session' }, false],
      [' SESSION ', { kind: 'session' }, false],
      ['none', { kind: 'none' }, false],
      ['7', { kind: 'days', days: 7 }, false],
      ['365', { kind: 'days', days: 365 }, false],
      ['0', { kind: 'session' }, true],
      ['366', { kind: 'session' }, true],
      ['-3', { kind: 'session' }, true],
      ['1.5', { kind: 'session' }, true],
      ['forever', { kind: 'session' }, true],
    ];
    for (const [input, mode, hasError] of table) {
      const result = parseRemember(input);
      expect(result.mode, String(input)).to.deep.equal(mode);
      expect(result.error !== undefined, String(input)).to.equal(hasError);
    }
  });

  it('keys are neutral, stable, and change when the content changes', () => {
    const contents = [
      'us-trafficking|en||',
      'National Human Trafficking Hotline: help for abuse victims',
      'helpline hotline trafficking abuse HELP',
      '',
      'x'.repeat(10000),
    ];
    for (const content of contents) {
      const key = dismissalKey(content);
      expect(key.startsWith(DISMISSAL_KEY_PREFIX)).to.equal(true);
      expect(key).to.match(/^[a-z0-9-]+$/);
      for (const word of ['traffic', 'help', 'hotline', 'abuse'])
        expect(key.toLowerCase()).to.not.include(word);
      expect(dismissalKey(content)).to.equal(key);
    }
    expect(dismissalKey('message one')).to.not.equal(dismissalKey('message two'));
    expect(contentHash('a')).to.not.equal(contentHash('b'));
    expect(contentHash('')).to.have.length(7);
  });

  it('session: nothing is written until recordDismissal, then "1" in sessionStorage only', () => {
    const { session, local, storage } = access();
    const key = dismissalKey('c');
    expect(isDismissed(key, { kind: 'session' }, storage, NOW)).to.equal(false);
    expect(session.calls.filter((c) => c.startsWith('set'))).to.deep.equal([]);
    expect(recordDismissal(key, { kind: 'session' }, storage, NOW)).to.equal(true);
    expect([...session.data]).to.deep.equal([[key, '1']]);
    expect(local.calls).to.deep.equal([]);
    expect(isDismissed(key, { kind: 'session' }, storage, NOW)).to.equal(true);
  });

  it('days: localStorage holds the expiry; the dismissal lapses after it', () => {
    const { session, local, storage } = access();
    const key = dismissalKey('c');
    const mode: RememberMode = { kind: 'days', days: 3 };
    recordDismissal(key, mode, storage, NOW);
    expect(local.data.get(key)).to.equal(String(NOW + 3 * DAY));
    expect(session.calls).to.deep.equal([]);
    expect(isDismissed(key, mode, storage, NOW + 3 * DAY - 1)).to.equal(true);
    expect(isDismissed(key, mode, storage, NOW + 3 * DAY)).to.equal(false);
    local.data.set(key, 'garbage');
    expect(isDismissed(key, mode, storage, NOW)).to.equal(false);
  });

  it('none: never even looks at either storage', () => {
    const { touched, storage } = access();
    const mode: RememberMode = { kind: 'none' };
    expect(isDismissed('k', mode, storage, NOW)).to.equal(false);
    expect(recordDismissal('k', mode, storage, NOW)).to.equal(false);
    expect(touched).to.deep.equal([]);
  });

  it('storage that throws (blocked, full) never breaks the banner', () => {
    const throwing: StorageAccess = {
      session: () => {
        throw new Error('SecurityError');
      },
      local: () =>
        ({
          getItem: () => {
            throw new Error('SecurityError');
          },
          setItem: () => {
            throw new Error('QuotaExceededError');
          },
        }) as unknown as Storage,
    };
    expect(isDismissed('k', { kind: 'session' }, throwing, NOW)).to.equal(false);
    expect(recordDismissal('k', { kind: 'session' }, throwing, NOW)).to.equal(false);
    expect(isDismissed('k', { kind: 'days', days: 1 }, throwing, NOW)).to.equal(false);
    expect(recordDismissal('k', { kind: 'days', days: 1 }, throwing, NOW)).to.equal(false);
  });
});
