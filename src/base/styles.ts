import { css } from 'lit';

/**
 * Styles every element starts from.
 *
 * Host pages leak inherited properties (font, colour, line-height, letter-spacing, text-align,
 * text-shadow, visibility) and `rem` sizes into shadow roots. So the inner wrapper (`.base`) sets its
 * typography and colours explicitly from `--stat-*` tokens, each with a literal fallback: no global stylesheet is
 * ever needed, and a hostile theme cannot make our text illegible. Sizes are in px/em, never rem.
 *
 * Theme tokens (documented on each element with `@cssproperty`):
 *   --stat-font-family, --stat-font-size, --stat-line-height,
 *   --stat-color-text, --stat-color-background, --stat-color-accent, --stat-color-accent-text,
 *   --stat-color-border, --stat-color-urgent, --stat-radius, --stat-space, --stat-focus-ring
 */
export const hostStyles = css`
  :host {
    box-sizing: border-box;
    visibility: visible;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  .base {
    box-sizing: border-box;
    font-family: var(--stat-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--stat-font-size, 16px);
    font-weight: 400;
    font-style: normal;
    line-height: var(--stat-line-height, 1.5);
    letter-spacing: normal;
    word-spacing: normal;
    text-shadow: none;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    white-space: normal;
    color: var(--stat-color-text, #1a1a1a);
    overflow-wrap: anywhere;
  }
  a,
  button {
    font: inherit;
    letter-spacing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--stat-focus-ring, #1d4ed8);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
`;

/**
 * The card look shared by `<hotline-card>`, `<meeting-card>` and `<did-you-know>`: a bordered box on
 * the background token, and `.action` controls at least 44×44 px (beyond WCAG 2.5.8's 24×24) because
 * people reach for them in a hurry, often on a phone. In forced colours every box and action keeps a
 * visible boundary.
 */
export const cardStyles = css`
  :host {
    display: block;
    max-width: 100%;
  }
  .base {
    display: flex;
    flex-direction: column;
    gap: calc(var(--stat-space, 16px) * 0.5);
    padding: var(--stat-space, 16px);
    background: var(--stat-color-background, #ffffff);
    border: 1px solid var(--stat-color-border, #6b7280);
    border-radius: var(--stat-radius, 8px);
    min-width: 0;
  }
  p,
  ul {
    margin: 0;
  }
  ul {
    padding: 0;
    list-style: none;
  }
  /* A row of actions (and a count): wraps on a narrow screen. */
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--stat-space, 16px) * 0.5);
  }
  .name {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.25;
  }
  .action {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 44px;
    min-height: 44px;
    padding: 8px 16px;
    border: 2px solid transparent;
    border-radius: var(--stat-radius, 8px);
    font-weight: 700;
    text-decoration: none;
    cursor: pointer;
  }
  /* A link in the text (not an action): bold and underlined in the card's own colour. */
  a:not(.action) {
    color: inherit;
    font-weight: 700;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .action:hover {
    text-decoration: underline;
  }
  .accent {
    background: var(--stat-color-accent, #1d4ed8);
    color: var(--stat-color-accent-text, #ffffff);
  }
  .quiet {
    background: transparent;
    color: inherit;
    border-color: var(--stat-color-border, #6b7280);
  }
  @media (forced-colors: active) {
    .base {
      border-color: CanvasText;
    }
    .action {
      border-color: ButtonText;
      forced-color-adjust: auto;
    }
    .accent {
      border-color: LinkText;
    }
  }
  @media print {
    .base {
      border: 1px solid #000;
      background: none;
      color: #000;
    }
    .action,
    a {
      background: none;
      color: #000;
      border: 0;
      padding: 0;
      min-height: 0;
      min-width: 0;
      text-decoration: none;
    }
  }
`;
