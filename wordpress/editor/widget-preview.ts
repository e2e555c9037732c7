/**
 * A live preview of one widget in the WordPress admin (block editor and settings page), and the
 * no-JavaScript content it yields: the same preview and fallback as the snippet builder's
 * (`demo/lib/`), read from what the widget really rendered.
 */
import { contentNodes, fallbackFor, hasContentSlot } from '../../demo/lib/fallback.js';
import { fitFrame, PREVIEW_SANDBOX, renderPreview } from '../../demo/lib/preview.js';
import { fallbackMarkup } from '../../demo/lib/snippet.js';
import type { WidgetElement } from './blocks.js';

/** What PHP gives the admin scripts (`window.statWidgets`, see includes/blocks.php). */
export interface PluginData {
  elements: WidgetElement[];
  /** The bundle's address. */
  script: string;
  /** Site-wide attribute defaults by tag name (the mailing list's provider and address). */
  defaults: Record<string, Record<string, string>>;
  /** The site's language (`en`, `es`, …). */
  lang: string;
}

export const pluginData = (globalThis as unknown as { statWidgets: PluginData }).statWidgets;

export interface PreviewResult {
  /** The markup inside the tag for visitors without JavaScript ('' when the widget has none). */
  fallback: string;
  /** The widget's own console warnings. */
  warnings: string[];
}

/**
 * A frame showing one widget. It is inert: a preview is to look at, so a click or the Shift shortcut
 * can never set off a quick exit in the admin, and keyboard focus never enters it.
 */
export class WidgetPreview {
  private generation = 0;
  /** The generation shown in the frame now. */
  private shown = 0;
  private waiting: (() => void)[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly frame: HTMLIFrameElement,
    private readonly element: WidgetElement,
    private readonly onRendered: (result: PreviewResult) => void,
  ) {
    frame.setAttribute('sandbox', PREVIEW_SANDBOX);
    frame.setAttribute('inert', '');
    frame.tabIndex = -1;
    frame.title = `Preview: ${element.title}`;
    frame.style.setProperty('width', '100%');
    frame.style.setProperty('border', '0');
  }

  /**
   * Renders the widget with `attributes` and, for a widget whose content is what it shows
   * (`<did-you-know>`'s facts), `content`, one paragraph per line (debounced: 250 ms after the last change).
   */
  update(attributes: [string, string][], content: string[] = []): void {
    clearTimeout(this.timer);
    const generation = ++this.generation;
    const defaults = pluginData.defaults[this.element.tagName] ?? {};
    // The site's defaults apply where the widget sets nothing itself, as on the page.
    const shown = [
      ...attributes,
      ...Object.entries(defaults).filter(([name]) => !attributes.some(([chosen]) => chosen === name)),
    ];
    this.timer = setTimeout(() => void this.render(shown, content, generation), 250);
  }

  private async render(attributes: [string, string][], content: string[], generation: number): Promise<void> {
    const ownContent = hasContentSlot(this.element.slots);
    const rendered = await renderPreview(
      this.frame,
      {
        tagName: this.element.tagName,
        attributes,
        script: { src: pluginData.script },
        lang: pluginData.lang,
        content: ownContent ? content : [],
      },
      () => generation === this.generation,
    );
    if (!rendered) return;
    fitFrame(this.frame, 96);
    const lines = fallbackMarkup(
      ownContent ? contentNodes(content) : fallbackFor(rendered.element, this.element.slots),
    );
    this.onRendered({
      fallback: lines.length === 0 ? '' : `\n${lines.join('\n')}\n`,
      warnings: rendered.warnings,
    });
    this.shown = generation;
    for (const resolve of this.waiting.splice(0)) resolve();
  }

  /** Whether the frame shows the latest `update()` (and its fallback was reported). */
  get settled(): boolean {
    return this.shown === this.generation;
  }

  /** Resolves once `settled`. */
  whenSettled(): Promise<void> {
    return this.settled ? Promise.resolve() : new Promise((resolve) => this.waiting.push(resolve));
  }
}
