import { readableProvider } from './provider.js';

/**
 * MailerLite `https://assets.mailerlite.com/jsonp/<account>/forms/<id>/subscribe`: FormData with the
 * two flags its own embed sends; success is `success: true` (observed, not documented).
 */
export const mailerlite = readableProvider(
  ['fields[email]', 'fields[name]', 'fields[last_name]'],
  (body) => body.success === true,
  true,
  [
    ['ml-submit', '1'],
    ['anticsrf', 'true'],
  ],
);
