import type { Translation } from './en.js';

/** Spanish strings. The `Translation` type makes a missing key a compile error. */
export const es: Translation = {
  // ── shared ───────────────────────────────────────────────────────────────────────────────────
  languageName: 'Español',
  copy: 'Copiar',
  copied: 'Copiado',
  close: 'Cerrar',

  // ── quick-exit ───────────────────────────────────────────────────────────────────────────
  // (keys for <quick-exit> go here)

  // ── hotline-card ───────────────────────────────────────────────────────────────────────────
  // (keys for <hotline-card> go here)

  // ── help-banner ───────────────────────────────────────────────────────────────────────────
  // (keys for <help-banner> go here)

  // ── mailing-list-form ───────────────────────────────────────────────────────────────────────────
  // (keys for <mailing-list-form> go here)
};
