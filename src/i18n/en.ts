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
  quickExitLabel: 'Exit this page',
  quickExitEmergency: '(emergency exit)',
  quickExitProgress: '{key}, press {count} more times to exit.',
  quickExitProgressOne: '{key}, press 1 more time to exit.',
  quickExitExpired: 'Exit this page expired.',
  quickExitLoading: 'Loading.',
  quickExitKeyShift: 'Shift',
  quickExitKeyEscape: 'Esc',
  quickExitHint: 'This button does not erase your browsing history.',
  quickExitSafetyLink: 'How to cover your tracks online',

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
  bannerLabel: 'Where to get help',
  bannerMessage:
    'If you or someone you know is being forced to work or sell sex, call {call} or {text} — {facts}.',
  bannerMessageCallOnly:
    'If you or someone you know is being forced to work or sell sex, call {call} — {facts}.',
  bannerMessageOther: 'Need to talk? {name}: call {call} or {text} — {facts}.',
  bannerMessageOtherCallOnly: 'Need to talk? {name}: call {call} — {facts}.',
  bannerTextKeyword: 'text {keyword} to {number}',
  bannerTextNumber: 'text {number}',
  bannerFactsAlwaysOpen: 'free, confidential, 24/7',
  bannerFacts: 'free and confidential',
  bannerCopyNumber: 'Copy number',
  bannerDismiss: 'Hide',
  bannerDismissName: 'Hide this message',
  bannerDismissed: 'Message hidden.',

  // ── mailing-list-form ───────────────────────────────────────────────────────────────────────────
  // (keys for <mailing-list-form> go here)
};

/** The keys every language must translate. */
export type TranslationKey = keyof typeof en;

/** A complete table for one language. */
export type Translation = { readonly [K in TranslationKey]: string };
