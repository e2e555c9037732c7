import { HotlineCard } from './hotline-card.js';

HotlineCard.define('hotline-card');

declare global {
  interface HTMLElementTagNameMap {
    'hotline-card': HotlineCard;
  }
}

export { HotlineCard, type HotlineCardVariant } from './hotline-card.js';
// `stat-contact` (typed in GlobalEventHandlersEventMap where the event is defined).
export { StatContactEvent, type ContactChannel } from '../../base/events.js';
