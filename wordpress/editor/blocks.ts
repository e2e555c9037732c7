/**
 * The WordPress blocks, derived from the manifest: one block per element, with a block attribute per
 * element attribute. Used by the build (which writes each block's block.json and the plugin's
 * widgets.json) and by the block editor (which saves and previews the blocks), so both always agree.
 *
 * Every block attribute is read back from the saved HTML (`source: attribute`), not stored in the
 * block's comment: the post holds plain widget tags, WordPress's HTML filter sees exactly what the
 * page will get, and the HTML still works if the plugin is switched off.
 */
import { elementsOf, titleOf, type ElementInfo, type RawManifest } from '../../demo/lib/manifest.js';
import { openTag } from '../../demo/lib/snippet.js';

/** What the plugin needs to know about one element (its widgets.json entry). */
export type WidgetElement = Pick<ElementInfo, 'tagName' | 'summary' | 'attributes' | 'slots'> & {
  title: string;
};

/** The block attribute that holds the no-JavaScript content inside the tag. CamelCase, so it can
 * never be the name of an HTML attribute. */
export const FALLBACK_KEY = 'fallbackContent';

/** Block attribute values as the editor holds them: a string, or undefined when not set. */
export type BlockValues = Record<string, unknown>;

export function blockName(tagName: string): string {
  return `stat-widgets/${tagName}`;
}

/** Every element of the manifest, as the plugin lists it. */
export function widgetList(manifest: RawManifest): WidgetElement[] {
  return elementsOf(manifest).map((element) => ({
    tagName: element.tagName,
    title: titleOf(element.tagName),
    summary: element.summary.replace(/`/g, ''),
    attributes: element.attributes,
    slots: element.slots,
  }));
}

/** The block's attributes: each element attribute read from the tag, and the content inside it. */
export function blockAttributes(element: WidgetElement): Record<string, Record<string, string>> {
  const attributes: Record<string, Record<string, string>> = {};
  for (const attribute of element.attributes)
    attributes[attribute.name] = {
      type: 'string',
      source: 'attribute',
      selector: element.tagName,
      attribute: attribute.name,
    };
  attributes[FALLBACK_KEY] = { type: 'string', source: 'html', selector: element.tagName };
  return attributes;
}

/** The block.json of one element's block. */
export function blockJson(element: WidgetElement, version: string): Record<string, unknown> {
  return {
    $schema: 'https://schemas.wp.org/trunk/block.json',
    apiVersion: 2,
    name: blockName(element.tagName),
    version,
    title: element.title,
    category: 'widgets',
    icon: 'sos',
    description: element.summary,
    keywords: ['stat-widgets', ...element.tagName.split('-')],
    textdomain: 'stat-widgets',
    attributes: blockAttributes(element),
    supports: { html: false, className: false },
    editorScript: 'stat-widgets-editor',
  };
}

/** The attributes to write on the tag, in manifest order: set values only (`''` is a bare boolean). */
export function chosenAttributes(element: WidgetElement, values: BlockValues): [string, string][] {
  const chosen: [string, string][] = [];
  for (const attribute of element.attributes) {
    const value = values[attribute.name];
    if (typeof value !== 'string') continue;
    if (attribute.kind === 'boolean') chosen.push([attribute.name, value]);
    else if (value.trim() !== '') chosen.push([attribute.name, value.trim()]);
  }
  return chosen;
}

/** What a block saves: the widget tag, its attributes, and its no-JavaScript content inside. */
export function savedMarkup(element: WidgetElement, values: BlockValues): string {
  const inner = typeof values[FALLBACK_KEY] === 'string' ? (values[FALLBACK_KEY] as string) : '';
  return `${openTag(element.tagName, chosenAttributes(element, values))}${inner}</${element.tagName}>`;
}
