import type { Translation } from './en.js';

/** Spanish strings. The `Translation` type makes a missing key a compile error. */
export const es: Translation = {
  // ── shared ───────────────────────────────────────────────────────────────────────────────────
  languageName: 'Español',
  copy: 'Copiar',
  copied: 'Copiado',
  close: 'Cerrar',
  newTab: '(se abre en una pestaña nueva)',

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
  hotlineEmergencyPrompt: '¿En peligro inmediato?',
  hotlineCall: 'Llamar al {number}',
  hotlineText: 'Envíe {keyword} por SMS al {number}',
  hotlineTextNumber: 'Enviar SMS al {number}',
  hotlineShortCodeHint: 'Solo redes móviles de {region}',
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

  // ── help-banner ───────────────────────────────────────────────────────────────────────────
  bannerLabel: 'Dónde pedir ayuda',
  bannerMessage:
    'Si usted o alguien que conoce está siendo obligado a trabajar o a vender sexo, llame al {call} o {text} — {facts}.',
  bannerMessageCallOnly:
    'Si usted o alguien que conoce está siendo obligado a trabajar o a vender sexo, llame al {call} — {facts}.',
  bannerMessageOther: '¿Necesita hablar? {name}: llame al {call} o {text} — {facts}.',
  bannerMessageOtherCallOnly: '¿Necesita hablar? {name}: llame al {call} — {facts}.',
  bannerTextKeyword: 'envíe {keyword} por SMS al {number}',
  bannerTextNumber: 'envíe un SMS al {number}',
  bannerFactsAlwaysOpen: 'gratis, confidencial, 24/7',
  bannerFacts: 'gratis y confidencial',
  bannerCopyNumber: 'Copiar número',
  bannerDismiss: 'Ocultar',
  bannerDismissName: 'Ocultar este mensaje',
  bannerDismissed: 'Mensaje ocultado.',
  bannerExitHint:
    'Este botón no borra su historial de navegación y no puede proteger un teléfono o una computadora que alguien vigila.',

  // ── mailing-list-form ───────────────────────────────────────────────────────────────────────────
  mlfHeading: 'Suscríbase a nuestra lista de correo',
  mlfDescription: 'Reciba por correo electrónico nuestras últimas noticias.',
  mlfEmail: 'Correo electrónico',
  mlfFirstName: 'Nombre',
  mlfLastName: 'Apellido',
  mlfButton: 'Suscribirse',
  mlfSending: 'Enviando…',
  mlfSubscribed: 'Se ha suscrito correctamente. ¡Gracias!',
  mlfPending:
    'Casi listo: revise su bandeja de entrada y haga clic en el enlace de nuestro correo para confirmar.',
  mlfAlready: 'Ya está en nuestra lista. ¡Gracias!',
  mlfProfile: 'Actualizar su perfil',
  mlfOpened: 'Abrimos la página de suscripción en una pestaña nueva. Termine allí y luego revise su correo.',
  mlfCaptcha:
    'La lista de correo pide una comprobación más. Abrimos su página de suscripción en una pestaña nueva: termine allí.',
  mlfBlocked:
    'Su navegador bloqueó la suscripción en esta página, así que la abrimos en una pestaña nueva. Termine allí.',
  mlfInvalid: 'Escriba una dirección de correo, como nombre@ejemplo.org.',
  mlfRequired: 'Complete este campo.',
  mlfChoose: 'Elija una opción.',
  mlfConfirm: 'Pulse el botón otra vez para confirmar.',
  mlfRateLimited: 'Demasiados intentos de suscripción. Espere unos minutos y vuelva a intentarlo.',
  mlfFailed: 'No pudimos comunicarnos con la lista de correo. Sus datos siguen aquí.',
  mlfRetry: 'Reintentar',

  // ── did-you-know ───────────────────────────────────────────────────────────────────────────
  factsHeading: '¿Sabía que…?',
  factsCarousel: 'carrusel',
  factsSlide: 'dato',
  factsCount: '{n} de {total}',
  factsPrevious: 'Anterior',
  factsNext: 'Siguiente',
  factsPause: 'Pausa',
  factsPlay: 'Reproducir',

  // ── meeting-card ───────────────────────────────────────────────────────────────────────────
  meetingNext: 'Próxima reunión',
  meetingToday: 'Hoy',
  meetingNow: 'En curso',
  meetingYourTime: 'Su hora: {time}',
  meetingLater: 'Después',
  meetingMoved: '{date} (cambiada del {from})',
  meetingOff: 'No hay reunión el {date}',
  meetingOver: 'Este evento ya terminó.',
  meetingNone: 'No hay fechas próximas.',
  meetingWhere: 'Lugar: {place}',
  meetingMap: 'Mapa',
  meetingOnline: 'Unirse en línea',
  meetingCalendar: 'Añadir al calendario',
  meetingCalendarFile: '(archivo .ics)',
};
