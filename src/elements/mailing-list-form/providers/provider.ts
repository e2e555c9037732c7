/**
 * The one interface every provider adapter implements, and the fetch transport the readable
 * providers (generic, Kit, Formspree, MailerLite) share.
 *
 * An adapter only turns a submission into one request and the answer into an `Outcome`; the element
 * owns the DOM, the messages and the focus. Adapters never render anything and never throw.
 */

/** What the visitor sees after a submit. `opened`: the provider's own page was opened in a new tab. */
export type SubscribeState =
  'subscribed' | 'pending' | 'already' | 'invalid' | 'rate-limited' | 'opened' | 'failed';

export interface Outcome {
  state: SubscribeState;
  /** The provider's own words (always rendered as text). */
  message?: string;
  /** Name of the field the message belongs to. */
  field?: string;
  /** A checked https link (Mailchimp's "update your profile"). */
  link?: string;
  /** For `opened`: POST the form to this URL in a new tab; `why` picks the explanation. */
  post?: string;
  why?: 'captcha' | 'blocked';
}

export interface Submission {
  /** Absolute, checked endpoint URL. */
  action: string;
  /** The form's name/value pairs (honeypot included, empty). */
  data: [string, string][];
  /** Aborted when the element is removed mid-request. */
  signal: AbortSignal;
  /** Milliseconds before the attempt counts as failed. */
  timeout: number;
}

/** Input names for the fields the element renders itself, in the provider's own vocabulary. */
export type FieldNames = [email: string, firstName: string, lastName: string];

export interface Provider {
  names: FieldNames;
  send(submission: Submission): Promise<Outcome>;
}

export const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * The first field error in any of the shapes providers use:
 * `[{field, message}]` (generic, Formspree), `{fields: [name], messages: [text]}` (Kit),
 * `{fields: {name: [text]}}` (MailerLite).
 */
function firstError(errors: unknown): { field?: string; message?: string } | undefined {
  if (!errors || typeof errors !== 'object') return undefined;
  if (Array.isArray(errors)) {
    const found = (errors.find((e) => text(e?.field)) ?? errors[0]) as Record<string, unknown> | undefined;
    return found && { field: text(found.field), message: text(found.message) };
  }
  const { fields, messages } = errors as Record<string, unknown>;
  if (Array.isArray(fields)) return { field: text(fields[0]), message: text((messages as unknown[])?.[0]) };
  const entry = fields && typeof fields === 'object' ? Object.entries(fields)[0] : undefined;
  return entry && { field: entry[0], message: text([entry[1]].flat()[0]) };
}

/**
 * A POST whose answer the page can read (the provider sends CORS headers). Only CORS-safelisted
 * requests — a FormData or url-encoded body, `Accept` as the only header — so no preflight is ever
 * needed (Kit's preflight fails on its redirect). No cookies go to the provider (`credentials: omit`).
 *
 * `isOk(body)` decides success on a 2xx answer; anything else that is not JSON, or a 5xx, is a
 * failure — never a success.
 */
export function readableProvider(
  names: FieldNames,
  isOk: (body: Record<string, unknown>) => unknown,
  asForm = true,
  extra: [string, string][] = [],
): Provider {
  return {
    names,
    async send({ action, data, signal, timeout }) {
      const entries = [...data, ...extra];
      const stop = new AbortController();
      const abort = () => stop.abort();
      signal.addEventListener('abort', abort);
      const timer = setTimeout(abort, timeout);
      let status = 0;
      let body: Record<string, unknown> = {};
      try {
        let form: FormData | URLSearchParams = new URLSearchParams(entries);
        if (asForm) {
          form = new FormData();
          for (const [name, value] of entries) form.append(name, value);
        }
        const response = await fetch(action, {
          method: 'POST',
          body: form,
          headers: { Accept: 'application/json' },
          credentials: 'omit',
          signal: stop.signal,
        });
        status = response.status;
        body = Object(await response.json().catch(() => ({})));
      } catch {
        return { state: 'failed' };
      } finally {
        clearTimeout(timer);
        signal.removeEventListener('abort', abort);
      }
      if (status < 300 && isOk(body)) {
        return {
          state: body.status === 'pending' ? 'pending' : body.status === 'already' ? 'already' : 'subscribed',
        };
      }
      if (status === 429) return { state: 'rate-limited' };
      const error = firstError(body.errors);
      const message = error?.message ?? text(body.message);
      return status >= 400 && status < 500 && (error || message)
        ? { state: 'invalid', field: error?.field, message }
        : { state: 'failed' };
    },
  };
}
