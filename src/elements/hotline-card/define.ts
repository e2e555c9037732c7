import { HotlineCard, type StatContactEvent } from './hotline-card.js';

export { HotlineCard, StatContactEvent } from './hotline-card.js';
export type { ContactChannel } from './hotline-card.js';

HotlineCard.define('hotline-card');

declare global {
  interface HTMLElementTagNameMap {
    'hotline-card': HotlineCard;
  }
  interface GlobalEventHandlersEventMap {
    'stat-contact': StatContactEvent;
  }
}
