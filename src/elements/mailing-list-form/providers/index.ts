import { formPost } from './form-post.js';
import { formspree } from './formspree.js';
import { generic } from './generic.js';
import { kit } from './kit.js';
import { mailchimp } from './mailchimp.js';
import { mailerlite } from './mailerlite.js';

export type { Outcome, Provider, SubscribeState, Submission } from './provider.js';

/** One adapter per provider, by the name the `provider` attribute uses. */
export const providers = { mailchimp, generic, kit, formspree, mailerlite, 'form-post': formPost };

export type ProviderName = keyof typeof providers;

/**
 * The provider for a pasted form's action. Mailchimp is recognised by its `/subscribe/post` path on
 * any host (so a local stand-in or a proxy works too). Anything unknown is `form-post`: a plain POST
 * in a new tab, the one transport that cannot misreport the outcome.
 */
export function detectProvider(action: string): ProviderName {
  const { hostname, pathname } = new URL(action);
  if (/\/subscribe\/post(-json)?\/?$/.test(pathname)) return 'mailchimp';
  if (/(^|\.)(kit|convertkit)\.com$/.test(hostname)) return 'kit';
  if (/(^|\.)formspree\.io$/.test(hostname)) return 'formspree';
  if (/(^|\.)mailerlite\.com$/.test(hostname)) return 'mailerlite';
  return 'form-post';
}
