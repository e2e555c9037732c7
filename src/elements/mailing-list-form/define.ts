import { MailingListForm } from './mailing-list-form.js';

MailingListForm.define('mailing-list-form');

declare global {
  interface HTMLElementTagNameMap {
    'mailing-list-form': MailingListForm;
  }
}

export { MailingListForm } from './mailing-list-form.js';
export { detectProvider, providers } from './providers/index.js';
export type { Outcome, Provider, ProviderName, SubscribeState } from './providers/index.js';
