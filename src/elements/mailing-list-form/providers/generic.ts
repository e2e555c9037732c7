import { readableProvider, type FieldNames } from './provider.js';

/** Field names of the generic contract, shared by the other plain-named providers. */
export const plainNames: FieldNames = ['email', 'first_name', 'last_name'];

/**
 * A club's own endpoint, speaking the contract documented in docs/mailing-list-form.md: url-encoded POST (no
 * preflight); 2xx `{ok: true, status: "subscribed" | "pending" | "already"}`; 4xx `{message}` or
 * `{errors: [{field, message}]}`; 429 rate limited. Only `ok: true` is a success.
 */
export const generic = readableProvider(plainNames, (body) => body.ok === true, false);
