/**
 * The npm entry: registers every element (through their define modules) and exports the classes,
 * types and helpers. Import a single element instead with `stat-widgets/elements/<tag>.js`.
 */
export { StatElement } from './base/stat-element.js';
export { LocalizeController, registerTranslation } from './i18n/localize.js';
export type { Translation, TranslationKey } from './i18n/en.js';
export { safeUrl, checkUrl } from './lib/safe-url.js';
export { VERSION } from './version.js';

// ── elements (one line each) ──────────────────────────────────────────────────────────────────

// <quick-exit>
export { QuickExit } from './elements/quick-exit/define.js';

// <hotline-card>
export { HotlineCard, StatContactEvent } from './elements/hotline-card/define.js';

// <help-banner>
export { HelpBanner, StatDismissEvent } from './elements/help-banner/define.js';

// <mailing-list-form>
export { MailingListForm, type SubscribeDetail } from './elements/mailing-list-form/define.js';
