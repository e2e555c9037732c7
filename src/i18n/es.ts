import type { Translation } from './en.js';

/** Spanish strings. The `Translation` type makes a missing key a compile error. */
export const es: Translation = {
  // ── shared ───────────────────────────────────────────────────────────────────────────────────
  languageName: 'Español',
  copy: 'Copiar',
  copied: 'Copiado',
  close: 'Cerrar',

  // ── quick-exit ───────────────────────────────────────────────────────────────────────────
  quickExitLabel: 'Salir de esta página',
  quickExitEmergency: '(salida de emergencia)',
  quickExitProgress: '{key}: pulse {count} veces más para salir.',
  quickExitProgressOne: '{key}: pulse 1 vez más para salir.',
  quickExitExpired: 'Salir de esta página: tiempo agotado.',
  quickExitLoading: 'Cargando.',
  quickExitKeyShift: 'Mayús',
  quickExitKeyEscape: 'Esc',
  quickExitHint: 'Este botón no borra su historial de navegación.',
  quickExitSafetyLink: 'Cómo borrar su rastro en internet',

  // ── hotline-card ───────────────────────────────────────────────────────────────────────────
  // (keys for <hotline-card> go here)

  // ── help-banner ───────────────────────────────────────────────────────────────────────────
  // (keys for <help-banner> go here)

  // ── mailing-list-form ───────────────────────────────────────────────────────────────────────────
  // (keys for <mailing-list-form> go here)
};
