import { quote } from './warn.js';

/**
 * The one place that decides whether a URL from an attribute may become a link or a navigation.
 *
 * Safety: only absolute `http:` and `https:` URLs pass. Everything else — `javascript:`, `data:`,
 * `vbscript:`, relative paths, protocol-relative `//host`, and URLs carrying `user:password@`
 * credentials (a classic phishing disguise) — is refused. We parse with the URL constructor instead
 * of matching strings, so case tricks (`JaVaScRiPt:`), leading control characters and tabs inside
 * the scheme are normalised the way the browser itself would read them.
 */
export type SafeUrlResult = { ok: true; url: string } | { ok: false; reason: string };

export function checkUrl(raw: string | null | undefined): SafeUrlResult {
  const value = (raw ?? '').trim();
  if (value === '') return { ok: false, reason: 'is empty' };
  // An absolute URL must start with a scheme; without this check `new URL` would still reject
  // relative input, but we want a clear reason for `//host` and `/path`.
  if (!/^[a-z][a-z0-9+.-]*:/i.test(value)) {
    return { ok: false, reason: 'is not an absolute http(s) URL' };
  }
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return { ok: false, reason: 'is not a valid URL' };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return { ok: false, reason: `uses the ${parsed.protocol} scheme; only http and https are allowed` };
  }
  if (parsed.username !== '' || parsed.password !== '') {
    return { ok: false, reason: 'contains a user name or password' };
  }
  if (parsed.hostname === '') return { ok: false, reason: 'has no host' };
  return { ok: true, url: parsed.href };
}

/** The absolute http(s) URL, normalised, or `null` when it is not safe to use. */
export function safeUrl(raw: string | null | undefined): string | null {
  const result = checkUrl(raw);
  return result.ok ? result.url : null;
}

/**
 * A URL attribute as an element reads it: the normalised URL, or `null` when it is absent or refused.
 * A refused value gives one warning naming the attribute, the value (shortened), why, and what
 * happens instead (`consequence`, e.g. "no decoy tab will be opened").
 */
export function urlFromAttribute(
  name: string,
  value: string | null | undefined,
  consequence: string,
  warn: (message: string) => void,
): string | null {
  if (value === null || value === undefined) return null;
  const result = checkUrl(value);
  if (result.ok) return result.url;
  warn(`${name} ${quote(value)} ${result.reason}; ${consequence}.`);
  return null;
}
