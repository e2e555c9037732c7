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
