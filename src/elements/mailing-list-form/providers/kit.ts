import { readableProvider } from './provider.js';

/**
 * Kit (ConvertKit) form endpoint `https://app.kit.com/forms/<id>/subscriptions`: FormData with only
 * `Accept: application/json` (a JSON content type would need a preflight, which fails on Kit's
 * redirect); success is `status: "success"`; `errors.fields` names the bad fields.
 */
export const kit = readableProvider(
  ['email_address', 'fields[first_name]', 'fields[last_name]'],
  (body) => body.status === 'success',
);
