/**
 * Reads `custom-elements.json` (the Custom Elements Manifest the build generates from each element's
 * JSDoc) into the shape the builder, the API page and the gallery use. Pure and DOM-free.
 *
 * Everything the demo shows about an element's API comes from here, so nothing is hand-listed that
 * could drift from the code: a new `@attr`, `@slot`, `@csspart`, `@cssproperty` or `@event` appears in
 * the builder and on the API page with the next `npm run manifest`.
 */

interface TypeRef {
  text?: string;
}

interface RawAttribute {
  name: string;
  type?: TypeRef;
  default?: string;
  description?: string;
  summary?: string;
  fieldName?: string;
  deprecated?: boolean | string;
}

interface RawNamed {
  name: string;
  description?: string;
  summary?: string;
  type?: TypeRef;
  default?: string;
  syntax?: string;
}

interface RawDeclaration {
  kind?: string;
  name: string;
  customElement?: boolean;
  tagName?: string;
  summary?: string;
  description?: string;
  attributes?: RawAttribute[];
  events?: RawNamed[];
  slots?: RawNamed[];
  cssParts?: RawNamed[];
  cssProperties?: RawNamed[];
}

export interface RawManifest {
  schemaVersion?: string;
  modules?: { path?: string; declarations?: RawDeclaration[] }[];
}

/** How the builder offers an attribute. */
export type AttributeKind = 'boolean' | 'number' | 'choice' | 'text';

export interface AttributeInfo {
  name: string;
  description: string;
  /** The type as the manifest writes it, e.g. `string`, `boolean`, `'top' | 'bottom'`. */
  typeText: string;
  kind: AttributeKind;
  /** For `choice`: the allowed values. */
  choices: string[];
  /** The default as the manifest writes it (a JS expression such as `'session'`), or ''. */
  defaultText: string;
}

export interface NamedInfo {
  name: string;
  description: string;
  /** Events: the event class; CSS properties: the default or syntax. */
  detail: string;
}

export interface ElementInfo {
  tagName: string;
  className: string;
  summary: string;
  description: string;
  modulePath: string;
  attributes: AttributeInfo[];
  events: NamedInfo[];
  slots: NamedInfo[];
  cssParts: NamedInfo[];
  cssProperties: NamedInfo[];
}

/** Every custom element in the manifest, sorted by tag name. */
export function elementsOf(manifest: RawManifest): ElementInfo[] {
  const elements: ElementInfo[] = [];
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      elements.push({
        tagName: declaration.tagName,
        className: declaration.name,
        summary: oneLine(declaration.summary ?? ''),
        description: oneLine(declaration.description ?? ''),
        modulePath: module.path ?? '',
        attributes: uniqueByName(declaration.attributes ?? [])
          .filter((attribute) => attribute.name !== '' && !attribute.deprecated)
          .map(toAttribute),
        events: uniqueByName(declaration.events ?? []).map((event) => named(event, event.type?.text ?? '')),
        slots: uniqueByName(declaration.slots ?? []).map((slot) => named(slot, '')),
        cssParts: uniqueByName(declaration.cssParts ?? []).map((part) => named(part, '')),
        cssProperties: uniqueByName(declaration.cssProperties ?? []).map((property) =>
          named(property, property.default ?? property.syntax ?? ''),
        ),
      });
    }
  }
  return elements.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function uniqueByName<T extends { name: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  // The default slot has the empty name; everything else needs one.
  return items.filter((item) => !seen.has(item.name) && Boolean(seen.add(item.name)));
}

function named(item: RawNamed, detail: string): NamedInfo {
  return { name: item.name, description: oneLine(item.description ?? item.summary ?? ''), detail };
}

function toAttribute(raw: RawAttribute): AttributeInfo {
  const typeText = oneLine(raw.type?.text ?? 'string');
  const members = typeText
    .split('|')
    .map((member) => member.trim())
    .filter((member) => member !== 'undefined' && member !== 'null' && member !== '');
  const literals = members
    .filter((member) => /^(['"]).*\1$/.test(member))
    .map((member) => member.slice(1, -1));
  let kind: AttributeKind = 'text';
  if (members.length > 0 && members.every((member) => member === 'boolean')) kind = 'boolean';
  else if (members.length > 0 && members.every((member) => member === 'number')) kind = 'number';
  else if (literals.length > 0 && literals.length === members.length) kind = 'choice';
  return {
    name: raw.name,
    description: oneLine(raw.description ?? raw.summary ?? ''),
    typeText,
    kind,
    choices: kind === 'choice' ? literals : [],
    defaultText: oneLine(raw.default ?? ''),
  };
}

/**
 * The manifest's default as a plain value for display: `'session'` → `session`, `10` → `10`. A default
 * the analyzer copied from code (a constant such as `DEFAULT_PRESET`, or `null` for "none") says
 * nothing to a webmaster, so it shows as '' (the description names the real default).
 */
export function displayDefault(defaultText: string): string {
  const quoted = /^(['"`])(.*)\1$/.exec(defaultText);
  if (quoted) return quoted[2] ?? '';
  return /^(-?\d+(\.\d+)?|true|false)$/.test(defaultText) ? defaultText : '';
}

/**
 * A boolean attribute that is on by default and documented as switched off with `name="false"`: a bare
 * attribute can only switch on, so such an option needs a three-way choice (not set, on, off).
 */
export function hasExplicitOff(attribute: AttributeInfo): boolean {
  return attribute.kind === 'boolean' && attribute.description.includes(`${attribute.name}="false"`);
}

/** A title for an element, from its tag name: `hotline-card` → `Hotline card`. */
export function titleOf(tagName: string): string {
  const words = tagName.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Colour tokens (`--stat-color-*`, `--stat-focus-ring`) get a colour picker in the builder. */
export function isColorProperty(name: string): boolean {
  return /color|colour|ring/i.test(name);
}
