import { MailingListForm, type SubscribeDetail } from './mailing-list-form.js';

MailingListForm.define('mailing-list-form');

declare global {
  interface HTMLElementTagNameMap {
    'mailing-list-form': MailingListForm;
  }
  interface GlobalEventHandlersEventMap {
    'stat-subscribe': CustomEvent<SubscribeDetail>;
    'stat-subscribe-error': CustomEvent<SubscribeDetail>;
  }
}

export { MailingListForm, type SubscribeDetail } from './mailing-list-form.js';
export { detectProvider, providers } from './providers/index.js';
export type { Outcome, Provider, ProviderName, Submission, SubscribeState } from './providers/index.js';
