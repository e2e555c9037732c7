import { LitElement } from 'lit';
import { LocalizeController } from '../i18n/localize.js';
import { warn } from '../lib/warn.js';
import { VERSION } from '../version.js';
import { mustWaitForSlice, nextSlice, openSlice } from './render-slices.js';

/**
 * The base of every stat-widgets element: a guarded `define`, typed events, localisation and the
 * one warning helper.
 *
 * Safety: a page may load our bundle twice, load our npm build next to the bundle, or use another
 * library that already claims one of our (unprefixed) tag names. `customElements.define` throws in
 * all three cases; a throw would stop the rest of the page's widgets from registering. So `define`
 * checks first and warns instead.
 */
/** Tags this copy of the library registered, in order. */
export const registeredTags: string[] = [];

export class StatElement extends LitElement {
  static readonly version: string = VERSION;

  /** Registers `tag` unless it is taken; never throws. Returns true when this call defined it. */
  static define(tag: string): boolean {
    if (typeof customElements === 'undefined') return false;
    const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
    if (existing) {
      if (existing !== this && existing.version !== VERSION) {
        const other = existing.version ? `stat-widgets ${existing.version}` : 'another script';
        warn(tag, `already defined by ${other}; this copy (${VERSION}) is not registered.`);
      }
      return false;
    }
    try {
      // Upgrading the page's elements starts here: it counts towards the first render slice.
      openSlice();
      customElements.define(tag, this);
    } catch (error) {
      // e.g. an invalid tag name, or this class already registered under another tag.
      warn(tag, `could not be defined (${String(error)}).`);
      return false;
    }
    registeredTags.push(tag);
    return true;
  }

  protected readonly localize = new LocalizeController(this);

  /**
   * First renders share the page's time in slices (see render-slices.ts). Later updates never wait,
   * nor does an element inside another's shadow root (the `<quick-exit>` of a `<help-banner>` is part
   * of the banner's first paint).
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.hasUpdated && !(this.getRootNode() instanceof ShadowRoot) && mustWaitForSlice())
      return nextSlice().then(() => this.scheduleUpdate());
    return super.scheduleUpdate();
  }

  /** The tag name in lower case, for warnings. */
  protected get tag(): string {
    return this.localName;
  }

  /** Logs `[stat-widgets] <tag>: message` once per page. */
  protected warn(message: string): void {
    warn(this.tag, message);
  }

  /** Dispatches a typed event from this element and returns it. */
  protected emit<E extends Event>(event: E): E {
    this.dispatchEvent(event);
    return event;
  }
}
