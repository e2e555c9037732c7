import { QuickExit } from './quick-exit.js';

QuickExit.define('quick-exit');

export { QuickExit };

declare global {
  interface HTMLElementTagNameMap {
    'quick-exit': QuickExit;
  }
}
