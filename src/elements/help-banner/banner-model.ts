/**
 * What a help banner shows, resolved from its attributes. DOM-free.
 *
 * TEMPORARY DATA: the presets, phone parsing and tel:/sms: hrefs come from `src/data/presets.ts` and
 * `src/lib/phone.ts` (built by the <hotline-card> engineer). Until those land, this file holds one
 * placeholder preset so the banner shell can be built and tested; it is replaced by imports.
 */

export interface BannerLink {
  /** Text as the organisation writes it. */
  display: string;
  /** A `tel:` or `sms:` href, or null when the number must be shown as text only. */
  href: string | null;
}

export interface BannerHotline {
  id: string;
  name: string;
  call: BannerLink;
  text?: BannerLink & { keyword: string };
  alwaysOpen: boolean;
  emergency: BannerLink;
}

const placeholder: BannerHotline = {
  id: 'us-trafficking',
  name: 'National Human Trafficking Hotline',
  call: { display: '1-888-373-7888', href: 'tel:+18883737888' },
  text: { display: '233733', href: 'sms:233733?body=HELP', keyword: 'HELP' },
  alwaysOpen: true,
  emergency: { display: '911', href: 'tel:911' },
};

export const DEFAULT_PRESET = 'us-trafficking';

export function resolveBannerHotline(id: string): BannerHotline | undefined {
  return id === placeholder.id ? placeholder : undefined;
}
