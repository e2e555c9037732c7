import { plainNames } from './generic.js';
import { readableProvider } from './provider.js';

/**
 * Formspree `https://formspree.io/f/<id>`: FormData with `Accept: application/json`; 2xx `{ok: true}`;
 * 422 `{errors: [{code, field, message}]}`. A non-JSON or 5xx answer is a failure, never a success.
 */
export const formspree = readableProvider(plainNames, (body) => body.ok === true);
