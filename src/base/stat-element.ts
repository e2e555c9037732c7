import { isServer, LitElement } from 'lit';
import type { TranslationKey } from '../i18n/en.js';
import { LocalizeController } from '../i18n/localize.js';
import { warn } from '../lib/warn.js';
import { VERSION } from '../version.js';
import { attributeConverter, coerce, fallbackOf, type StatPropertyDeclaration } from './properties.js';
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
      // Upgrading the page's elements starts here: it counts towards the first render slice. (Not on
      // a server: nothing renders in slices there, and an open slice would keep Node running.)
      if (!isServer) openSlice();
      customElements.define(tag, this);
    } catch (error) {
      // e.g. an invalid tag name, or this class already registered under another tag.
      warn(tag, `could not be defined (${String(error)}).`);
      return false;
    }
    registeredTags.push(tag);
    return true;
  }

  /**
   * Every public property takes what its attribute means, whatever a framework passes (see
   * properties.ts): attribute text reaches the property as it is, and every set is coerced. Done
   * once per class, on the accessors Lit has just made for its `static properties`.
   */
  protected static override finalize(): void {
    if (Object.prototype.hasOwnProperty.call(this, 'finalized')) return;
    super.finalize();
    if (!Object.prototype.hasOwnProperty.call(this, 'properties')) return;
    for (const name of Object.keys(this.properties)) {
      const options = this.elementProperties.get(name) as StatPropertyDeclaration | undefined;
      const accessor = Object.getOwnPropertyDescriptor(this.prototype, name);
      if (!options || options.state || !accessor?.set) continue;
      if (!options.converter) this.elementProperties.set(name, { ...options, converter: attributeConverter });
      const set = accessor.set;
      const attribute = typeof options.attribute === 'string' ? options.attribute : name.toLowerCase();
      Object.defineProperty(this.prototype, name, {
        ...accessor,
        set(this: StatElement, value: unknown) {
          set.call(
            this,
            coerce(value, options, attribute, (message) => this.warn(message)),
          );
        },
      });
    }
  }

  /**
   * Critical elements (the quick exit) connect and render at once, never waiting for a slice: a
   * visitor may need them in the first second.
   */
  static readonly critical: boolean = false;

  protected readonly localize = new LocalizeController(this);

  /** This element's first connection is waiting for a slice (see `connectedCallback`). */
  private waitingForSlice = false;

  constructor() {
    super();
    // Every public property starts at its declared default (lists, booleans and `fallback`s), set
    // as a constructor would (a reflected one shows on the element) and returned to when it is given
    // nothing usable. Text and numbers without a `fallback` start absent.
    const properties = (this.constructor as typeof StatElement).elementProperties;
    for (const [name, options] of properties as Map<PropertyKey, StatPropertyDeclaration>) {
      const fallback = fallbackOf(options);
      if (!options.state && fallback !== undefined) (this as Record<PropertyKey, unknown>)[name] = fallback;
    }
  }

  /**
   * Upgrades share the page's time in slices (see render-slices.ts): `customElements.define`
   * connects every element of the page at once, and each connection attaches a shadow root and its
   * styles. Once the slice is spent, Lit's part of the connection waits for a later one (a subclass's
   * own `connectedCallback` code still runs now; it must not need the render root). Elements that
   * have rendered reconnect at once.
   */
  override connectedCallback(): void {
    if (!this.waitingForSlice) this.connectInSlice();
  }

  private connectInSlice(): void {
    if (this.mayWaitForSlice() && mustWaitForSlice(this)) {
      this.waitingForSlice = true;
      void nextSlice().then(() => {
        this.waitingForSlice = false;
        if (this.isConnected) this.connectInSlice();
      });
      return;
    }
    super.connectedCallback();
  }

  /**
   * First renders share the page's time in slices too. Later updates never wait, nor does a critical
   * element or one inside another's shadow root (the `<quick-exit>` of a `<help-banner>` is part of
   * the banner's first paint).
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.mayWaitForSlice() && mustWaitForSlice(this))
      return nextSlice().then(() => this.scheduleUpdate());
    return super.scheduleUpdate();
  }

  private mayWaitForSlice(): boolean {
    return !this.hasUpdated && !this.rendersAtOnce() && !(this.getRootNode() instanceof ShadowRoot);
  }

  /**
   * Whether this element connects and first renders at once, never waiting for a slice: a critical
   * element, or one that replaces what the visitor already sees (a painted fallback), which must be
   * replaced in the frame that takes it away, or the page would be drawn without it in between.
   */
  protected rendersAtOnce(): boolean {
    return (this.constructor as typeof StatElement).critical;
  }

  /** The tag name in lower case, for warnings. */
  protected get tag(): string {
    return this.localName;
  }

  /**
   * The built-in text for `key` in the element's language, or the attribute that replaces it
   * (`override`, e.g. `this.todayLabel` for `today-label`) when that is not blank; `{name}`
   * placeholders are filled in either.
   */
  protected text(key: TranslationKey, override?: string, params?: Record<string, string | number>): string {
    return this.localize.term(key, params, override);
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
