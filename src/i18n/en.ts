/**
 * English strings: the reference table. Every other language must provide every key here (the
 * `Translation` type makes a missing key a compile error). `{name}` placeholders are filled by
 * `LocalizeController.term()`; the values are always rendered as text, never as HTML.
 *
 * Keys are grouped by element, with a blank line between groups.
 */
export const en = {
  // ── shared ───────────────────────────────────────────────────────────────────────────────────
  languageName: 'English',
  copy: 'Copy',
  copied: 'Copied',
  close: 'Close',

  // ── quick-exit ───────────────────────────────────────────────────────────────────────────
  // (keys for <quick-exit> go here)

  // ── hotline-card ───────────────────────────────────────────────────────────────────────────
  // (keys for <hotline-card> go here)
  hotlineEmergencyPrompt: 'In immediate danger?',
  hotlineCall: 'Call {number}',
  hotlineText: 'Text {keyword} to {number}',
  hotlineTextNumber: 'Text {number}',
  hotlineShortCodeHint: '{region} mobile networks only',
  hotlineOnlyIn: 'only from phones in {region}',
  hotlineTty: 'Deaf, hard of hearing or speech impaired: dial {number} (relay service)',
  hotlineNumberCopied: 'Number copied',
  hotlineCopyFailed: 'Could not copy. The number is {number}.',
  hotlineOpen24: 'Open 24/7',
  hotlineOpenNow: 'Open now',
  hotlineOpenUntil: 'Open now · closes {time} ({zone})',
  hotlineClosed: 'Closed',
  hotlineClosedUntil: 'Closed · opens {time} ({zone})',
  hotlineHours: 'Hours ({zone})',
  hotlineHoursAsGiven: 'Hours: {hours}',
  hotlineClosedDay: 'closed',
  hotlineLanguages: 'Languages: {languages}',
  hotlineSpanishSpoken: 'Spanish spoken',
  hotlineWebsite: 'Website',
  hotlineChat: 'Chat online',
  hotlineChatIn: 'Chat in {language}',
  hotlineNewTab: '(opens in a new tab)',

  // ── help-banner ───────────────────────────────────────────────────────────────────────────
  // (keys for <help-banner> go here)

  // ── mailing-list-form ───────────────────────────────────────────────────────────────────────────
  // (keys for <mailing-list-form> go here)
};

/** The keys every language must translate. */
export type TranslationKey = keyof typeof en;

/** A complete table for one language. */
export type Translation = { readonly [K in TranslationKey]: string };
