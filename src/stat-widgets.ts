/**
 * The embed entry, built to `dist/stat-widgets.js` (see vite.config.ts for the load-once guard).
 * Registers every element and publishes one global, `StatWidgets`, with the version and the tags.
 */
import { registeredTags } from './base/stat-element.js';
import { VERSION } from './version.js';
import './index.js';

(globalThis as unknown as { StatWidgets: unknown }).StatWidgets = Object.freeze({
  version: VERSION,
  elements: Object.freeze([...registeredTags]),
});
