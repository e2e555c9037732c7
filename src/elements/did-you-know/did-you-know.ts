import { css, html, nothing, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { headingLevel } from '../../base/heading.js';
import { adoptLightDomStyles } from '../../base/light-dom-styles.js';
import { StatElement } from '../../base/stat-element.js';
import { cardStyles, hostStyles } from '../../base/styles.js';
import { quote } from '../../lib/warn.js';

/**
 * The facts are the page's own content, styled by the page; on top, a clear keyboard focus ring on
 * their links (many themes remove the browser's), the same as our own controls'.
 */
const factStyles = css`
  did-you-know :focus-visible {
    outline: 3px solid var(--stat-focus-ring, #1d4ed8);
    outline-offset: 2px;
  }
`;

/** Shortest time a fact stays before the next one (WCAG 2.2.2 asks for a pause control beyond 5 s). */
const MIN_INTERVAL = 5;

/**
 * @summary Facts shown one at a time, with Previous, Next and "2 of 5" (the WAI-ARIA carousel
 * pattern). The facts are the element's own children, so without JavaScript they are a plain list
 * and a CMS edits them as text; links in them stay the page's own links.
 *
 * @tagname did-you-know
 *
 * @attr heading - The heading (default "Did you know?").
 * @attr heading-level - Heading level, 2–6 (default 2).
 * @attr interval - Seconds before the next fact shows by itself (at least 5). Without it, facts change
 *   only when the visitor asks. With it there is a visible Pause button; it also pauses while the
 *   pointer or keyboard focus is on the facts, and never starts by itself under reduced motion.
 * @attr shuffle - Shows the facts in a random order (a new one on every page view).
 * @attr previous-label - Replaces the Previous button's text ("Previous").
 * @attr next-label - Replaces the Next button's text ("Next").
 * @attr pause-label - Replaces the Pause button's text ("Pause"; with `interval`).
 * @attr play-label - Replaces the Play button's text ("Play"; with `interval`, once paused).
 * @attr count-text - Replaces the count, with `{n}` and `{total}` ("{n} of {total}"): shown between
 *   the buttons, the name of the fact shown, and announced (with the fact) after Previous or Next.
 * @attr carousel-text - What screen readers call the whole box ("carousel").
 * @attr slide-text - What screen readers call each fact ("fact").
 *
 * @slot - Required: the facts, one `<p>` or `<li>` each, links allowed (a fact's source link stays
 *   visible).
 *
 * @csspart base - The box.
 * @csspart heading - The heading.
 * @csspart fact - Around the fact shown.
 * @csspart controls - The row of buttons and the count.
 * @csspart control - Every button.
 * @csspart previous - The Previous button.
 * @csspart next - The Next button.
 * @csspart pause - The Pause/Play button (with `interval`).
 * @csspart count - The "2 of 5" count.
 *
 * @cssproperty --stat-font-family - Font stack.
 * @cssproperty --stat-font-size - Base font size (default 16px).
 * @cssproperty --stat-line-height - Line height (default 1.5).
 * @cssproperty --stat-color-text - Text colour.
 * @cssproperty --stat-color-background - Box background.
 * @cssproperty --stat-color-border - Box and button borders.
 * @cssproperty --stat-radius - Corner radius.
 * @cssproperty --stat-space - Spacing unit.
 * @cssproperty --stat-focus-ring - Focus outline colour.
 */
export class DidYouKnow extends StatElement {
  /**
   * Manual slot assignment: the fact shown is assigned to the one slot, the others are not rendered
   * at all. The page's own elements stay where they are, untouched (no attribute or style set on
   * them), and no host stylesheet can bring a hidden fact back.
   */
  static override shadowRootOptions = { ...StatElement.shadowRootOptions, slotAssignment: 'manual' as const };

  static override styles = [
    hostStyles,
    cardStyles,
    css`
      .count {
        min-width: 4em;
        text-align: center;
      }
      ::slotted(*) {
        margin: 0;
        list-style: none;
      }
    `,
  ];

  static override properties = {
    heading: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
    interval: { type: Number },
    shuffle: { type: Boolean },
    previousLabel: { attribute: 'previous-label' },
    nextLabel: { attribute: 'next-label' },
    pauseLabel: { attribute: 'pause-label' },
    playLabel: { attribute: 'play-label' },
    countText: { attribute: 'count-text' },
    carouselText: { attribute: 'carousel-text' },
    slideText: { attribute: 'slide-text' },
    index: { state: true },
    playing: { state: true },
    held: { state: true },
    announcement: { state: true },
  };

  declare heading: string | undefined;
  declare headingLevel: number | undefined;
  declare interval: number | undefined;
  declare shuffle: boolean;
  declare previousLabel: string | undefined;
  declare nextLabel: string | undefined;
  declare pauseLabel: string | undefined;
  declare playLabel: string | undefined;
  declare countText: string | undefined;
  declare carouselText: string | undefined;
  declare slideText: string | undefined;
  /** Which fact is shown (an index into `facts`). */
  declare protected index: number;
  /** Turning by itself (with `interval`), unless the visitor paused it. */
  declare protected playing: boolean;
  /** The pointer or keyboard focus is on the facts: held still. */
  declare protected held: number;
  declare protected announcement: string;

  /** The facts, in the order shown. */
  private facts: Element[] = [];
  private seconds = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly observer = new MutationObserver(() => this.readFacts());
  /** What holds the facts still: the pointer (1) and focus (2). */
  private readonly hold = (bit: number, on: boolean) => () => {
    this.held = on ? this.held | bit : this.held & ~bit;
  };

  constructor() {
    super();
    this.index = 0;
    this.playing = false;
    this.held = 0;
    this.announcement = '';
    this.addEventListener('pointerenter', this.hold(1, true));
    this.addEventListener('pointerleave', this.hold(1, false));
    this.addEventListener('focusin', this.hold(2, true));
    this.addEventListener('focusout', this.hold(2, false));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptLightDomStyles(this, factStyles);
    this.observer.observe(this, { childList: true });
    this.readFacts();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer.disconnect();
    clearTimeout(this.timer);
  }

  private readonly checkFacts = () => {
    if (!this.isConnected) return;
    if (!this.facts.length) this.warn('has no facts: put each fact inside it as its own <p> or <li>.');
    if (this.facts.some((fact) => /^[ou]l$/.test(fact.localName)))
      this.warn(
        'has a list inside: put each fact directly inside it as its own <p> or <li> (a list is one fact).',
      );
  };

  /** The element children are the facts (a club's CMS edits them as text). */
  private readFacts(): void {
    const facts = [...this.children].filter((child) => !/^(script|style|template)$/.test(child.localName));
    // Judged once the page's markup is all there: the parser connects us before our children.
    if (document.readyState === 'loading')
      document.addEventListener('DOMContentLoaded', this.checkFacts, { once: true });
    else queueMicrotask(this.checkFacts);
    if (this.shuffle) {
      for (let i = facts.length - 1; i > 0; i--) {
        const j = Math.floor(Math.random() * (i + 1));
        [facts[i], facts[j]] = [facts[j]!, facts[i]!];
      }
    }
    this.facts = facts;
    this.index = 0;
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('shuffle') && this.hasUpdated) this.readFacts();
    if (!changed.has('interval')) return;
    // A value that is not a number has warned already (StatElement) and is absent here.
    const seconds = this.interval ?? 0;
    this.seconds = seconds > 0 ? Math.max(seconds, MIN_INTERVAL) : 0;
    if (this.interval !== undefined && !this.seconds)
      this.warn(
        `interval ${quote(String(seconds))} is not a positive number of seconds; facts change only when the visitor asks.`,
      );
    else if (this.seconds > seconds)
      this.warn(
        `interval ${quote(String(seconds))} is shorter than ${MIN_INTERVAL} seconds; using ${MIN_INTERVAL}.`,
      );
    // WCAG 2.2.2 and 2.3.3: nothing moves by itself for a visitor who asked for reduced motion.
    this.playing = this.seconds > 0 && !matchMedia('(prefers-reduced-motion: reduce)').matches;
  }

  /** Shows fact `index`; on a visitor's action, says which and what (politely). */
  private show(index: number, byVisitor: boolean): void {
    const total = this.facts.length;
    this.index = (index + total) % total;
    this.announcement = '';
    if (byVisitor)
      void this.updateComplete.then(() => {
        const fact = this.facts[this.index]?.textContent?.replace(/\s+/g, ' ').trim();
        this.announcement = `${this.count()}: ${fact}`;
      });
  }

  private count(): string {
    return this.text('factsCount', this.countText, { n: this.index + 1, total: this.facts.length });
  }

  protected override updated(): void {
    this.renderRoot.querySelector('slot')?.assign(...this.facts.slice(this.index, this.index + 1));
    clearTimeout(this.timer);
    // One timer to the next fact, started again after every change (a visitor's click resets it).
    if (this.playing && !this.held && this.facts.length > 1 && this.isConnected)
      this.timer = setTimeout(() => this.show(this.index + 1, false), this.seconds * 1000);
  }

  override render() {
    const total = this.facts.length;
    if (!total) return nothing;
    const several = total > 1;
    const button = (part: string, label: string, action: () => void) =>
      html`<button type="button" class="action quiet" part="control ${part}" @click=${action}>
        ${label}
      </button>`;
    return html`
      <section
        class="base"
        part="base"
        lang=${this.localize.lang()}
        dir=${this.localize.dir()}
        aria-roledescription=${ifDefined(several ? this.text('factsCarousel', this.carouselText) : undefined)}
        aria-labelledby="heading"
      >
        <div
          class="name"
          part="heading"
          id="heading"
          role="heading"
          aria-level=${headingLevel(this.headingLevel, 2, (message) => this.warn(message))}
        >
          ${this.text('factsHeading', this.heading)}
        </div>
        <div
          part="fact"
          role=${ifDefined(several ? 'group' : undefined)}
          aria-roledescription=${ifDefined(several ? this.text('factsSlide', this.slideText) : undefined)}
          aria-label=${ifDefined(several ? this.count() : undefined)}
        >
          <slot></slot>
        </div>
        ${
          several
            ? html`<div class="row" part="controls">
                ${
                  this.seconds
                    ? button(
                        'pause',
                        this.playing
                          ? this.text('factsPause', this.pauseLabel)
                          : this.text('factsPlay', this.playLabel),
                        () => {
                          this.playing = !this.playing;
                        },
                      )
                    : nothing
                }
                ${button('previous', this.text('factsPrevious', this.previousLabel), () => this.show(this.index - 1, true))}
                <span class="count" part="count" aria-hidden="true">${this.count()}</span>
                ${button('next', this.text('factsNext', this.nextLabel), () => this.show(this.index + 1, true))}
              </div>`
            : nothing
        }
        <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
          ${this.announcement}
        </p>
      </section>
    `;
  }
}
