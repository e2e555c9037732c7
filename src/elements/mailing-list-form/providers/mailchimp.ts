import { safeUrl } from '../../../lib/safe-url.js';
import { text, type Outcome, type Provider, type Submission } from './provider.js';

/**
 * Mailchimp: JSONP to the `post-json` twin of the embed form's `/subscribe/post` action.
 *
 * Mailchimp has no CORS endpoint, so the answer arrives as `<script>` calling `c=<name>`. Safety and
 * honesty rules, each from a failure seen in the wild:
 * - The callback name is unique per attempt; the global exists only while its script is pending and is
 *   deleted (not left as a no-op) and the `<script>` removed once the script has run or failed.
 * - Our own timeout: a blocked or silent request never leaves the visitor on "sending".
 * - A script that loads without calling back fails at once; a late or second callback is ignored.
 * - A script that cannot load (CSP, tracker blocker) falls back to Mailchimp's own page in a new tab.
 * - Messages stay text; only a profile link to `https://*.list-manage.com` survives, as a checked URL.
 */

/** Mailchimp's default merge-field order: "N - message" errors name the field by this index. */
const MERGE_FIELDS = ['EMAIL', 'FNAME', 'LNAME', 'ADDRESS', 'PHONE', 'BIRTHDAY'];

const toUrl = (action: string, json: boolean): URL => {
  const url = new URL(action.replace(/&amp;/g, '&'));
  url.pathname = url.pathname.replace(/\/post(-json)?\/?$/, json ? '/post-json' : '/post');
  // Mailchimp serves https only; other hosts (a local stand-in, a proxy) keep their scheme.
  if (url.hostname.endsWith('.list-manage.com')) url.protocol = 'https:';
  url.searchParams.delete('c');
  return url;
};

/** The `post-json` URL for one attempt: every value percent-encoded, the callback always `c=`. */
export function jsonpUrl(action: string, data: [string, string][], callback: string): string {
  const url = toUrl(action, true);
  for (const [name, value] of data) url.searchParams.append(name, value);
  url.searchParams.append('c', callback);
  return url.href;
}

/** The plain `/subscribe/post` URL, for the new-tab fallback. */
export const postUrl = (action: string): string => toUrl(action, false).href;

/** A profile link from an "already subscribed" message, only if it is `https://*.list-manage.com`. */
function profileLink(message: string): string | undefined {
  const href = safeUrl(/href="([^"]*)"/i.exec(message)?.[1]?.replace(/&amp;/g, '&'));
  return href && /^https:\/\/[^/]+\.list-manage\.com\//i.test(href) ? href : undefined;
}

/** Turns a `{result, msg}` answer into an outcome. Pure; `post` is filled in by the adapter. */
export function readMailchimp(answer: unknown): Outcome {
  const { result, msg } = Object(answer) as Record<string, unknown>;
  const message = text(msg) ?? '';
  if (result === 'success') {
    return { state: /almost finished|confirm/i.test(message) ? 'pending' : 'subscribed' };
  }
  if (result !== 'error') return { state: 'failed' };
  if (message === 'captcha') return { state: 'opened', why: 'captcha' };
  if (/already subscribed/i.test(message)) return { state: 'already', link: profileLink(message) };
  if (/too many|#6592/i.test(message)) return { state: 'rate-limited' };
  const field = /^(\d+) - ([\s\S]*)$/.exec(message);
  if (field) return { state: 'invalid', field: MERGE_FIELDS[Number(field[1])], message: field[2] };
  return message ? { state: 'invalid', message } : { state: 'failed' };
}

type Policy = { createScriptURL(url: string): unknown };
let policy: Policy | undefined;
let attempt = 0;
const TIMEOUT = 'timeout';

/**
 * Loads `url` as a script and resolves with what it passes to `window[name]`. Rejects with `TIMEOUT`
 * (no answer in time, or a script that ran without calling back) or anything else (could not load).
 */
function jsonp(url: string, name: string, { signal, timeout }: Submission): Promise<unknown> {
  const globals = window as unknown as Record<string, unknown>;
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    let settled = false;
    const settle = (done: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal.removeEventListener('abort', abort);
      done();
    };
    const abort = () => settle(() => reject(TIMEOUT));
    // Cleanup waits for the script itself: deleting the global while the script may still run would
    // turn a late answer into a ReferenceError on the club's page.
    const cleanup = (failure: unknown) => () => {
      delete globals[name];
      script.remove();
      settle(() => reject(failure));
    };
    const timer = setTimeout(abort, timeout);
    signal.addEventListener('abort', abort);
    globals[name] = (answer: unknown) => settle(() => resolve(answer));
    script.onload = cleanup(TIMEOUT);
    script.onerror = cleanup('blocked');
    // Under Trusted Types, script URLs need a policy; the page's CSP must allow `stat-widgets`.
    // Only URLs this module built reach it.
    const trustedTypes = (
      window as unknown as { trustedTypes?: { createPolicy(n: string, p: object): Policy } }
    ).trustedTypes;
    try {
      policy ??= trustedTypes?.createPolicy('stat-widgets', { createScriptURL: (u: string) => u });
    } catch {
      // Not allowed here: a plain string still works when Trusted Types are not enforced.
    }
    try {
      script.src = (policy?.createScriptURL(url) ?? url) as string;
      document.head.append(script);
    } catch (error) {
      cleanup(error)();
    }
  });
}

export const mailchimp: Provider = {
  names: ['EMAIL', 'FNAME', 'LNAME'],
  async send(submission) {
    const name = `statMailchimp${Date.now().toString(36)}${++attempt}`;
    let outcome: Outcome;
    try {
      outcome = readMailchimp(
        await jsonp(jsonpUrl(submission.action, submission.data, name), name, submission),
      );
    } catch (failure) {
      outcome = failure === TIMEOUT ? { state: 'failed' } : { state: 'opened', why: 'blocked' };
    }
    if (outcome.state === 'opened') outcome.post = postUrl(submission.action);
    return outcome;
  },
};
