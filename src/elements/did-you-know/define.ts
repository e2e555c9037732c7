import { DidYouKnow } from './did-you-know.js';

export { DidYouKnow } from './did-you-know.js';

DidYouKnow.define('did-you-know');

declare global {
  interface HTMLElementTagNameMap {
    'did-you-know': DidYouKnow;
  }
}
