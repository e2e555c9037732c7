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

export { HelpBanner, StatDismissEvent } from './help-banner.js';
