// Source of host-lit-2.8.0.js: "another plugin on the page" built with its own copy of Lit 2.8.0
// (a different major version from ours), as a classic script. Rebuild with
// `node scripts/vendor-host-lit.mjs` (it installs lit@2.8.0 into a temporary folder; it is not a
// dependency of this project).
import { LitElement, css, html } from 'lit';

class HostLitWidget extends LitElement {
  static properties = { count: { type: Number } };
  static styles = css`
    button {
      font: inherit;
      min-height: 44px;
    }
  `;

  constructor() {
    super();
    this.count = 0;
  }

  render() {
    return html`<button type="button" @click=${() => (this.count += 1)}>Clicked ${this.count}</button>`;
  }
}

customElements.define('host-lit-widget', HostLitWidget);
