/**
 * What a help banner shows, from its attributes. DOM-free. Everything about numbers, links, hours
 * and emergency lines comes from the resolver `<hotline-card>` uses (`src/lib/hotline.ts`), so both
 * elements dial the same numbers and give the same warnings; this file only picks what a one-line
 * strip needs.
 */
import { findPreset } from '../../data/presets.js';
import { resolveHotline, type ContactNumber, type TextLine } from '../../lib/hotline.js';
import type { SmsPlatform } from '../../lib/phone.js';
import { quote } from '../../lib/warn.js';

export const DEFAULT_PRESET = 'us-trafficking';

export interface BannerView {
  id: string;
  name: string;
  nameLang?: string;
  /** Trafficking and modern-slavery lines get the trafficking sentence; others a generic one. */
  topic: 'trafficking' | 'other';
  /** The first voice number: a strip has room for one. */
  call?: ContactNumber;
  text?: TextLine;
  alwaysOpen: boolean;
  emergency?: ContactNumber;
}

/**
 * Resolves `preset` (an unknown id falls back to the default preset, with a warning: a banner must
 * always show a working line) and `emergency-number` (validated by the shared resolver).
 */
export function resolveBanner(
  preset: string,
  emergencyNumber: string | undefined,
  platform: SmsPlatform,
): { view: BannerView; warnings: string[] } {
  const warnings: string[] = [];
  let id = preset.trim().toLowerCase();
  if (!findPreset(id)) {
    warnings.push(`preset ${quote(preset)} is unknown; showing "${DEFAULT_PRESET}".`);
    id = DEFAULT_PRESET;
  }
  const resolved = resolveHotline({ preset: id, emergency: emergencyNumber ?? null }, platform);
  warnings.push(...resolved.warnings);
  const { model } = resolved;
  const view: BannerView = {
    id: model.id,
    name: model.name,
    topic: /trafficking|slavery/.test(model.id) ? 'trafficking' : 'other',
    alwaysOpen: model.hours?.parsed?.kind === 'always',
  };
  if (model.nameLang) view.nameLang = model.nameLang;
  if (model.numbers[0]) view.call = model.numbers[0];
  if (model.text) view.text = model.text;
  if (model.emergency) view.emergency = model.emergency;
  return { view, warnings };
}
