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
  newTab: '(opens in a new tab)',

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
  bannerExitHint:
    'This button does not erase your browsing history, and it cannot protect a phone or computer someone is monitoring.',

  // ── mailing-list-form ───────────────────────────────────────────────────────────────────────────
  mlfHeading: 'Join our mailing list',
  mlfDescription: 'Receive the latest news and updates by email.',
  mlfEmail: 'Email address',
  mlfFirstName: 'First name',
  mlfLastName: 'Last name',
  mlfButton: 'Subscribe',
  mlfSending: 'Sending…',
  mlfSubscribed: 'You have successfully subscribed. Thank you!',
  mlfPending: 'Almost done: check your inbox and click the link in our email to confirm.',
  mlfAlready: 'You are already on our list. Thank you!',
  mlfProfile: 'Update your profile',
  mlfOpened: 'We opened the sign-up page in a new tab. Please finish there, then check your inbox.',
  mlfCaptcha:
    'The mailing list asks for one more check. We opened its sign-up page in a new tab: please finish there.',
  mlfBlocked:
    'Your browser blocked the sign-up on this page, so we opened it in a new tab. Please finish there.',
  mlfInvalid: 'Enter an email address, like name@example.org.',
  mlfRequired: 'Please fill in this field.',
  mlfChoose: 'Please choose an option.',
  mlfConfirm: 'Please press the button again to confirm.',
  mlfRateLimited: 'Too many sign-up attempts. Please wait a few minutes, then try again.',
  mlfFailed: 'We could not reach the mailing list. Your details are still here.',
  mlfRetry: 'Try again',

  // ── did-you-know ───────────────────────────────────────────────────────────────────────────
  factsHeading: 'Did you know?',
  factsCarousel: 'carousel',
  factsSlide: 'fact',
  factsCount: '{n} of {total}',
  factsPrevious: 'Previous',
  factsNext: 'Next',
  factsPause: 'Pause',
  factsPlay: 'Play',

  // ── meeting-card ───────────────────────────────────────────────────────────────────────────
  meetingNext: 'Next meeting',
  meetingToday: 'Today',
  meetingNow: 'In progress',
  meetingYourTime: 'Your time: {time}',
  meetingLater: 'After that',
  meetingMoved: '{date} (moved from {from})',
  meetingOff: 'No meeting on {date}',
  meetingOver: 'This event is over.',
  meetingNone: 'No upcoming dates.',
  meetingWhere: 'Where: {place}',
  meetingMap: 'Map',
  meetingOnline: 'Join online',
  meetingCalendar: 'Add to calendar',
  meetingCalendarFile: '(.ics file)',
};

/** The keys every language must translate. */
export type TranslationKey = keyof typeof en;

/** A complete table for one language. */
export type Translation = { readonly [K in TranslationKey]: string };
