/**
 * What a help banner shows, resolved from a preset. DOM-free: the presets, the number parsing and the
 * tel:/sms: hrefs are the shared modules `<hotline-card>` uses (`src/data/presets.ts`,
 * `src/lib/phone.ts`, `src/lib/hours.ts`); this file only picks what a one-line strip needs.
 */
import { findPreset, type HotlinePreset } from '../../data/presets.js';
import { parseHours } from '../../lib/hours.js';
import {
  displayWithDigits,
  parsePhone,
  splitPhoneList,
  toSmsHref,
  toTelHref,
  type SmsPlatform,
} from '../../lib/phone.js';

export const DEFAULT_PRESET = 'us-trafficking';

export interface BannerNumber {
  /** What people read (the organisation's grouping; vanity numbers with their digits). */
  display: string;
  /** A `tel:`/`sms:` href, or null when the number is shown as text only. */
  href: string | null;
}

export interface BannerHotline {
  id: string;
  name: string;
  nameLang: string;
  /** Trafficking and modern-slavery lines get the trafficking sentence; others a generic one. */
  topic: 'trafficking' | 'other';
  call: BannerNumber;
  text?: BannerNumber & { keyword?: string };
  alwaysOpen: boolean;
  emergency: BannerNumber;
}

function topicOf(preset: HotlinePreset): BannerHotline['topic'] {
  return /trafficking|slavery/.test(preset.id) ? 'trafficking' : 'other';
}

/** The banner's model for a preset id, or `undefined` for an unknown id (the caller warns). */
export function resolveBannerHotline(id: string, platform: SmsPlatform): BannerHotline | undefined {
  const preset = findPreset(id);
  if (!preset) return undefined;
  const region = preset.country;
  // A banner has room for one number: the first one the organisation lists.
  const call = parsePhone(splitPhoneList(preset.phone)[0], region);
  const emergency = parsePhone(preset.emergency, region);
  // Presets are checked by their own tests; a number that does not parse is still shown as text.
  const model: BannerHotline = {
    id: preset.id,
    name: preset.name,
    nameLang: preset.nameLang,
    topic: topicOf(preset),
    call: call.ok
      ? { display: displayWithDigits(call.number), href: toTelHref(call.number, region) }
      : { display: preset.phone, href: null },
    alwaysOpen: (() => {
      const hours = parseHours(preset.hours);
      return hours.ok && hours.hours.kind === 'always';
    })(),
    emergency: emergency.ok
      ? { display: emergency.number.display, href: toTelHref(emergency.number, region) }
      : { display: preset.emergency, href: null },
  };
  if (preset.sms) {
    const sms = parsePhone(preset.sms, region);
    model.text = {
      display: sms.ok ? sms.number.display : preset.sms,
      href: sms.ok ? toSmsHref(sms.number, preset.smsKeyword, platform, region) : null,
      keyword: preset.smsKeyword,
    };
  }
  return model;
}

/**
 * An `emergency-number` override: a short number of the preset's country (3–6 digits, e.g. `112`), as
 * a dialable link. `undefined` when it is not one (the caller warns and keeps the preset's).
 */
export function resolveEmergencyOverride(value: string, presetId: string): BannerNumber | undefined {
  const region = findPreset(presetId)?.country ?? 'US';
  const parsed = parsePhone(value, region);
  if (!parsed.ok || !parsed.number.short) return undefined;
  return { display: parsed.number.display, href: toTelHref(parsed.number, region) };
}
