// Size probe for the bench: the exit behaviour alone (sequence + shortcuts), as <help-banner> uses it.
export { exitNow, resolveExitDestination, holdHistoryCollapse } from '../../src/lib/exit.js';
export { registerExitShortcut } from '../../src/lib/exit-shortcut.js';
