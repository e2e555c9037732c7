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
  hotlineEmergencyPrompt: '¿En peligro inmediato?',
  hotlineCall: 'Llamar al {number}',
  hotlineText: 'Envíe {keyword} por SMS al {number}',
  hotlineTextNumber: 'Enviar SMS al {number}',
  hotlineShortCodeHint: 'solo redes móviles de {region}',
  hotlineOnlyIn: 'solo desde teléfonos de {region}',
  hotlineTty:
    'Personas sordas, con pérdida auditiva o del habla: marque {number} (servicio de retransmisión)',
  hotlineNumberCopied: 'Número copiado',
  hotlineCopyFailed: 'No se pudo copiar. El número es {number}.',
  hotlineOpen24: 'Abierto 24/7',
  hotlineOpenNow: 'Abierto ahora',
  hotlineOpenUntil: 'Abierto ahora · cierra {time} ({zone})',
  hotlineClosed: 'Cerrado',
  hotlineClosedUntil: 'Cerrado · abre {time} ({zone})',
  hotlineHours: 'Horario ({zone})',
  hotlineHoursAsGiven: 'Horario: {hours}',
  hotlineClosedDay: 'cerrado',
  hotlineLanguages: 'Idiomas: {languages}',
  hotlineSpanishSpoken: 'Se habla español',
  hotlineWebsite: 'Sitio web',
  hotlineChat: 'Chat en línea',
  hotlineChatIn: 'Chat en {language}',
  hotlineNewTab: '(se abre en una pestaña nueva)',

  // ── help-banner ───────────────────────────────────────────────────────────────────────────
  // (keys for <help-banner> go here)

  // ── mailing-list-form ───────────────────────────────────────────────────────────────────────────
  // (keys for <mailing-list-form> go here)
};
