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
// In the order that makes the embed bundle smallest (gzip finds more repeats; measured with every
// order, with the styles grouped as src/stat-widgets.ts groups them). A critical element (the quick
// exit) does not wait for the others however it is ordered.

// <mailing-list-form>
export * from './elements/mailing-list-form/define.js';

// <help-banner>
export * from './elements/help-banner/define.js';

// <quick-exit>
export * from './elements/quick-exit/define.js';

// <hotline-card>
export * from './elements/hotline-card/define.js';

// <did-you-know>
export * from './elements/did-you-know/define.js';

// <meeting-card>
export * from './elements/meeting-card/define.js';
