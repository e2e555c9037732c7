/**
 * WCAG contrast from computed styles, for the contrast checks (text ≥ 4.5:1, focus ring ≥ 3:1).
 * Backgrounds are found by walking up the flat tree (through shadow hosts) and blending any
 * translucent layers over the next one; the page behind everything is white unless it says otherwise.
 */
type Rgba = [number, number, number, number];

export function parseColor(value: string): Rgba {
  const parts = /rgba?\(([^)]+)\)/
    .exec(value)?.[1]
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  if (!parts || parts.length < 3) throw new Error(`cannot read colour ${value}`);
  return [parts[0], parts[1], parts[2], parts[3] ?? 1];
}

const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const luminance = ([r, g, b]: Rgba) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);

/** `top` painted over the opaque `bottom`. */
const over = (top: Rgba, bottom: Rgba): Rgba => {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1) as Rgba;
};

export function ratio(one: Rgba, two: Rgba): number {
  const [hi, lo] = [luminance(one), luminance(two)].sort((a, b) => b - a);
  return (hi + 0.05) / (lo + 0.05);
}

const parentOf = (node: Element): Element | null =>
  node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;

/** The opaque colour behind `node` (its own background included). */
export function backgroundOf(node: Element): Rgba {
  const layers: Rgba[] = [];
  for (let at: Element | null = node; at; at = parentOf(at)) {
    const layer = parseColor(getComputedStyle(at).backgroundColor);
    if (layer[3] > 0) layers.push(layer);
    if (layer[3] >= 1) break;
  }
  let color: Rgba = [255, 255, 255, 1];
  for (const layer of layers.reverse()) color = over(layer, color);
  return color;
}

/** Contrast of `node`'s text colour against what is behind it. */
export function textContrast(node: Element): number {
  const background = backgroundOf(node);
  return ratio(over(parseColor(getComputedStyle(node).color), background), background);
}

/** Contrast of `node`'s focus outline against the background it is drawn on (outside the node). */
export function outlineContrast(node: Element): number {
  const style = getComputedStyle(node);
  const behind = backgroundOf(parentOf(node) ?? node);
  return ratio(over(parseColor(style.outlineColor), behind), behind);
}

/**
 * The theme token sets the project documents, as a wrapper's `style`: the literal fallbacks (no tokens,
 * white page) and the demo's dark set (`demo/demo.css`) on its dark page.
 */
export const THEMES: [name: string, style: string][] = [
  ['default tokens', ''],
  [
    'the demo dark token set',
    'display:block;background:#15151a;color:#f1f1f4;--stat-color-text:#f1f1f4;--stat-color-background:#23232b;' +
      '--stat-color-border:#8c8c99;--stat-color-accent:#9cc2ff;--stat-color-accent-text:#0b1020;' +
      '--stat-color-urgent:#ff9b93;--stat-focus-ring:#ffd23f',
  ],
];
