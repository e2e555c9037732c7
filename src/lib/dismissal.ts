/**
 * Remembering that a visitor hid a banner, without leaving a trace that gives them away.
 *
 * Safety: the person reading a help banner may share a device with the person exploiting them. So
 * - nothing is read or written until it is needed, and nothing is ever written before the visitor
 *   dismisses the banner (`recordDismissal` is only called from the dismiss handler);
 * - the default is `sessionStorage`, which the browser forgets when the tab closes; `localStorage`
 *   is an explicit opt-in with a number of days; `none` touches no storage at all;
 * - the key is neutral: a fixed prefix plus a hash of the banner's content. It never contains words
 *   like "traffic", "help", "hotline" or "abuse", and the stored value is only `1` or an expiry time;
 * - the hash covers the content, so when a site changes the message the banner shows again.
 *
 * DOM-free: storage is passed in, so the logic is table-tested without a browser profile.
 */

/** How a dismissal is remembered: for this tab's session, not at all, or for a number of days. */
export type RememberMode = { kind: 'session' } | { kind: 'none' } | { kind: 'days'; days: number };

/** The longest opt-in we accept: a year. Longer persistence only makes the trace last longer. */
export const MAX_REMEMBER_DAYS = 365;

/** Prefix of every dismissal key: short, neutral and shared by our elements. */
export const DISMISSAL_KEY_PREFIX = 'sw-d-';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Reads the `remember` attribute. Returns the mode and, for a bad value, the reason it was refused
 * (the caller warns and uses the session default).
 */
export function parseRemember(raw: string | null | undefined): { mode: RememberMode; error?: string } {
  const value = (raw ?? '').trim().toLowerCase();
  if (value === '' || value === 'session') return { mode: { kind: 'session' } };
  if (value === 'none') return { mode: { kind: 'none' } };
  if (/^\d+$/.test(value)) {
    const days = Number(value);
    if (days >= 1 && days <= MAX_REMEMBER_DAYS) return { mode: { kind: 'days', days } };
    return {
      mode: { kind: 'session' },
      error: `remember="${value}" is out of range; use 1 to ${MAX_REMEMBER_DAYS} days, "session" or "none".`,
    };
  }
  return {
    mode: { kind: 'session' },
    error: `remember=${JSON.stringify(value.slice(0, 40))} is not "session", "none" or a number of days.`,
  };
}

/** 32-bit FNV-1a over UTF-16 code units, as 7 base-36 digits: short, stable, no crypto needed. */
export function contentHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0');
}

/** The storage key for a banner whose visible content is described by `content`. */
export function dismissalKey(content: string): string {
  return DISMISSAL_KEY_PREFIX + contentHash(content);
}

/** The storage a mode uses, given a way to get each kind (getters, so `none` never touches either). */
export interface StorageAccess {
  session: () => Storage | undefined;
  local: () => Storage | undefined;
}

function storageFor(mode: RememberMode, access: StorageAccess): Storage | undefined {
  try {
    if (mode.kind === 'session') return access.session();
    if (mode.kind === 'days') return access.local();
  } catch {
    // Storage can throw on access (blocked cookies, sandboxed frames): behave as if nothing is stored.
  }
  return undefined;
}

/** True when this content was dismissed and the dismissal still holds. Reads only; never writes. */
export function isDismissed(key: string, mode: RememberMode, access: StorageAccess, now: number): boolean {
  const storage = storageFor(mode, access);
  if (!storage) return false;
  let value: string | null;
  try {
    value = storage.getItem(key);
  } catch {
    return false;
  }
  if (value === null) return false;
  if (mode.kind === 'session') return true;
  const until = Number(value);
  return Number.isFinite(until) && until > now;
}

/**
 * Remembers a dismissal: call only from the visitor's dismiss action. Returns false when nothing was
 * written (mode `none`, or storage refused); the banner is hidden for this page view either way.
 */
export function recordDismissal(
  key: string,
  mode: RememberMode,
  access: StorageAccess,
  now: number,
): boolean {
  const storage = storageFor(mode, access);
  if (!storage) return false;
  try {
    storage.setItem(key, mode.kind === 'days' ? String(now + mode.days * DAY_MS) : '1');
    return true;
  } catch {
    return false; // Quota or privacy mode: hiding still works for this page view.
  }
}

/** Real browser storage, looked up only when called. */
export const browserStorage: StorageAccess = {
  session: () => (typeof sessionStorage === 'undefined' ? undefined : sessionStorage),
  local: () => (typeof localStorage === 'undefined' ? undefined : localStorage),
};
