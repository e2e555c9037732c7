/**
 * The block editor side of the plugin: registers one block per widget (their block.json files are
 * registered by PHP), draws each block's sidebar fields from the manifest, previews the real widget,
 * and saves the widget tag with its no-JavaScript content. Plain `wp.*` globals: no JSX, no React of
 * its own; the build bundles this file with the shared modules into assets/editor.js.
 */
import { hasContentSlot, linesOf } from '../../demo/lib/fallback.js';
import { hasExplicitOff, displayDefault, type AttributeInfo } from '../../demo/lib/manifest.js';
import {
  blockAttributes,
  blockName,
  chosenAttributes,
  FALLBACK_KEY,
  savedMarkup,
  type BlockValues,
  type WidgetElement,
} from './blocks.js';
import { pluginData, WidgetPreview } from './widget-preview.js';

/** The parts of WordPress's editor globals this file uses. */
type Props = Record<string, unknown>;
type Component = (props: Props) => unknown;
interface WordPressGlobals {
  blocks: { registerBlockType(name: string, settings: Props): unknown };
  element: {
    createElement(type: string | Component, props?: Props | null, ...children: unknown[]): unknown;
    Fragment: Component;
    RawHTML: Component;
    useEffect(effect: () => void | (() => void), deps: unknown[]): void;
    useRef<T>(initial: T): { current: T };
    useState<T>(initial: T): [T, (next: T) => void];
  };
  blockEditor: { InspectorControls: Component; useBlockProps(props?: Props): Props };
  components: {
    PanelBody: Component;
    TextControl: Component;
    TextareaControl: Component;
    SelectControl: Component;
    ToggleControl: Component;
    Notice: Component;
  };
}
declare const wp: WordPressGlobals;

const { createElement: el, Fragment, RawHTML, useEffect, useRef, useState } = wp.element;

interface EditProps {
  attributes: BlockValues;
  setAttributes(changes: BlockValues): void;
}

/** Manifest descriptions mark values as `code`; the sidebar shows plain text. */
const plain = (text: string): string => text.replace(/`/g, '');

/** One sidebar field for one attribute. */
function field(element: WidgetElement, attribute: AttributeInfo, { attributes, setAttributes }: EditProps) {
  const value = attributes[attribute.name];
  const set = (next: string | undefined) => setAttributes({ [attribute.name]: next });
  const siteDefault = pluginData.defaults[element.tagName]?.[attribute.name];
  const help = plain(attribute.description) + (siteDefault ? ` Empty: the site's (${siteDefault}).` : '');
  const common = { key: attribute.name, label: attribute.name, help };
  if (attribute.kind === 'boolean' && !hasExplicitOff(attribute))
    return el(wp.components.ToggleControl, {
      ...common,
      checked: value === '',
      onChange: (on: boolean) => set(on ? '' : undefined),
    });
  if (attribute.kind === 'boolean' || attribute.kind === 'choice') {
    const shownDefault = displayDefault(attribute.defaultText);
    const options =
      attribute.kind === 'boolean'
        ? [
            { value: 'on', label: 'on' },
            { value: 'false', label: 'off' },
          ]
        : attribute.choices.map((choice) => ({ value: choice, label: choice }));
    return el(wp.components.SelectControl, {
      ...common,
      value: value === '' && attribute.kind === 'boolean' ? 'on' : typeof value === 'string' ? value : '',
      options: [
        { value: '', label: shownDefault ? `Not set (default: ${shownDefault})` : 'Not set' },
        ...options,
      ],
      onChange: (next: string) =>
        set(next === '' ? undefined : attribute.kind === 'boolean' && next === 'on' ? '' : next),
    });
  }
  return el(wp.components.TextControl, {
    ...common,
    type: attribute.kind === 'number' ? 'number' : 'text',
    value: typeof value === 'string' ? value : '',
    placeholder: siteDefault,
    autoComplete: 'off',
    spellCheck: false,
    onChange: (next: string) => set(next === '' ? undefined : next),
  });
}

/** The text of each paragraph of saved content (read in an inert document: nothing in it runs). */
function paragraphsOf(markup: unknown): string {
  if (typeof markup !== 'string' || markup.trim() === '') return '';
  const doc = new DOMParser().parseFromString(markup, 'text/html');
  return [...doc.body.children]
    .map((child) => (child.textContent ?? '').replace(/\s+/g, ' ').trim())
    .join('\n');
}

/** The block in the editor: the sidebar fields and the live preview of the real widget. */
function edit(element: WidgetElement): Component {
  return function WidgetEdit(rawProps: Props) {
    const props = rawProps as unknown as EditProps;
    const blockProps = wp.blockEditor.useBlockProps({ className: 'stat-widgets-block' });
    const frame = useRef<HTMLIFrameElement | null>(null);
    const preview = useRef<WidgetPreview | null>(null);
    // The latest props, for the preview's callback (it outlives the render that started it).
    const latest = useRef(props);
    latest.current = props;
    const [warnings, setWarnings] = useState<string[]>([]);
    // A widget whose content is what it shows (`<did-you-know>`'s facts): edited one per line.
    const ownContent = hasContentSlot(element.slots);
    const [content, setContent] = useState<string>(
      ownContent ? paragraphsOf(props.attributes[FALLBACK_KEY]) : '',
    );
    const lines = linesOf(content);
    const chosen = chosenAttributes(element, props.attributes);
    const key = JSON.stringify([chosen, lines]);

    useEffect(() => {
      if (!frame.current) return;
      preview.current ??= new WidgetPreview(frame.current, element, ({ fallback, warnings: found }) => {
        setWarnings(found);
        // The saved no-JavaScript content follows what the widget shows for these options.
        if (fallback !== (latest.current.attributes[FALLBACK_KEY] ?? ''))
          latest.current.setAttributes({ [FALLBACK_KEY]: fallback });
      });
      preview.current.update(chosen, lines);
    }, [key]);

    return el(
      Fragment,
      null,
      el(
        wp.blockEditor.InspectorControls,
        null,
        el(
          wp.components.PanelBody,
          { title: `${element.title} options`, initialOpen: true },
          ownContent
            ? el(wp.components.TextareaControl, {
                key: 'content',
                label: 'Content',
                help: `${plain(element.slots.find((slot) => slot.name === '')?.description ?? '')} One per line.`,
                value: content,
                onChange: setContent,
              })
            : null,
          element.attributes.map((attribute) => field(element, attribute, props)),
        ),
      ),
      el(
        'div',
        blockProps,
        el('iframe', { ref: frame }),
        warnings.length > 0
          ? el(
              wp.components.Notice,
              { status: 'warning', isDismissible: false },
              warnings.map((warning) => el('p', { key: warning }, warning)),
            )
          : null,
      ),
    );
  };
}

for (const element of pluginData.elements) {
  wp.blocks.registerBlockType(blockName(element.tagName), {
    // The same as block.json (registered by PHP); repeated so the block works if only this script ran.
    apiVersion: 2,
    title: element.title,
    category: 'widgets',
    icon: 'sos',
    attributes: blockAttributes(element),
    edit: edit(element),
    save: ({ attributes }: { attributes: BlockValues }) =>
      el(RawHTML, null, savedMarkup(element, attributes)),
  });
}
