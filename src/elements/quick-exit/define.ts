import { QuickExit } from './quick-exit.js';

QuickExit.define('quick-exit');

declare global {
  interface HTMLElementTagNameMap {
    'quick-exit': QuickExit;
  }
}

export {
  QuickExit,
  type QuickExitHistory,
  type QuickExitPosition,
  type QuickExitShortcut,
} from './quick-exit.js';
// `stat-exit` (typed in GlobalEventHandlersEventMap where the event is defined).
export { StatExitEvent, type ExitTrigger } from '../../lib/exit.js';
