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
  bannerLabel: 'Dónde pedir ayuda',
  bannerEmergency: '¿En peligro inmediato?',
  bannerEmergencyCall: 'Llama al {number}',
  bannerMessage:
    'Si tú o alguien que conoces está siendo obligado a trabajar o a vender sexo, llama al {call} o envía {keyword} por mensaje de texto al {text} — {facts}.',
  bannerMessageCallOnly:
    'Si tú o alguien que conoces está siendo obligado a trabajar o a vender sexo, llama al {call} — {facts}.',
  bannerFactsAlwaysOpen: 'gratis, confidencial, 24/7',
  bannerFacts: 'gratis y confidencial',
  bannerCall: 'Llamar al {number}',
  bannerText: 'Enviar {keyword} al {number}',
  bannerCopyNumber: 'Copiar número',
  bannerCopied: 'Número copiado',
  bannerDismiss: 'Ocultar',
  bannerDismissName: 'Ocultar este mensaje',
  bannerDismissed: 'Mensaje ocultado.',

  // ── mailing-list-form ───────────────────────────────────────────────────────────────────────────
  // (keys for <mailing-list-form> go here)
};
