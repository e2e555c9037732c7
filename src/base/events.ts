/**
 * Our own events, shared by every element that fires them (one class per event, so an element can
 * fire it without importing another element's code).
 */

/** How a visitor reached out, as reported by `stat-contact`. */
export type ContactChannel = 'call' | 'text' | 'copy' | 'tty' | 'emergency' | 'website' | 'chat';

/**
 * Fired on a call/text/copy/link activation, only when the host sets `emit-events`. Carries the
 * hotline id and the channel and nothing else: no number, no time, no visitor data. Bubbles out of
 * shadow roots so a page can count clicks with one listener, if it chooses to.
 */
export class StatContactEvent extends Event {
  readonly detail: { readonly hotline: string; readonly channel: ContactChannel };
  constructor(hotline: string, channel: ContactChannel) {
    super('stat-contact', { bubbles: true, composed: true });
    this.detail = Object.freeze({ hotline, channel });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'stat-contact': StatContactEvent;
  }
}
