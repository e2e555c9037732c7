// The banner's exit control IS a <quick-exit>: the same sequence, shortcut and announcements.
import '../quick-exit/define.js';
import { HelpBanner, type StatDismissEvent } from './help-banner.js';

HelpBanner.define('help-banner');

declare global {
  interface HTMLElementTagNameMap {
    'help-banner': HelpBanner;
  }
  interface GlobalEventHandlersEventMap {
    'stat-dismiss': StatDismissEvent;
  }
}

export { HelpBanner, StatDismissEvent, type HelpBannerPosition, type HelpBannerTone } from './help-banner.js';
// `stat-contact` (typed in GlobalEventHandlersEventMap where the event is defined).
export { StatContactEvent, type ContactChannel } from '../../base/events.js';
export * from '../quick-exit/define.js';
