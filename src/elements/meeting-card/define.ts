import { MeetingCard } from './meeting-card.js';

export { MeetingCard } from './meeting-card.js';

MeetingCard.define('meeting-card');

declare global {
  interface HTMLElementTagNameMap {
    'meeting-card': MeetingCard;
  }
}
