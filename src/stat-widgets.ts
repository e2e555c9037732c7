/**
 * The embed entry, built to `dist/stat-widgets.js` (see vite.config.ts for the load-once guard).
 * Registers every element and publishes one global, `StatWidgets`, with the version and the tags.
 */
// Every element's styles first, so the bundle holds its CSS in one stretch, where gzip finds the
// repeats across elements (0.4 KB gzip less; the order measured with every order). Each element still
// imports its own styles: this only places them. scripts/size.mjs builds its bundles the same way.
import './elements/quick-exit/quick-exit.styles.js';
import './elements/hotline-card/hotline-card.styles.js';
import './elements/help-banner/help-banner.styles.js';
import './elements/mailing-list-form/mailing-list-form.styles.js';
import './elements/meeting-card/meeting-card.styles.js';
import { registeredTags } from './base/stat-element.js';
import { VERSION } from './version.js';
import './index.js';

/** What the bundle publishes on `globalThis`: its version and the tags it registered. */
export interface StatWidgetsGlobal {
  readonly version: string;
  readonly elements: readonly string[];
}

// The bundle is a classic script: it exports nothing (its typings say so) and sets this global.
declare global {
  var StatWidgets: StatWidgetsGlobal | undefined;
}

globalThis.StatWidgets = Object.freeze({
  version: VERSION,
  elements: Object.freeze([...registeredTags]),
});
