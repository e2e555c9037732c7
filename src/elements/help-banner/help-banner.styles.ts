import { css } from 'lit';
import { hostStyles } from '../../base/styles.js';

/**
 * Layout notes:
 * - A `top` banner is a bar across the top of the page wherever its tag sits (a post's content column
 *   too): its region is in the top layer, fixed (or, too tall for the screen, absolute at the top of
 *   the page), and bars.ts pushes the page down by its height, so it covers nothing at rest.
 * - A `bottom` banner uses `position: sticky` on the host, so it stays in the page flow: it takes its
 *   own space (nothing is covered at rest) and appearing or hiding never overlays content.
 * - Everything wraps; nothing has a fixed width, so the banner reflows at 320 px.
 * - Logical properties only (margin-inline, padding-inline, border-block), so RTL mirrors for free.
 */
export const styles = [
  hostStyles,
  css`
    :host {
      display: block;
    }
    :host([position='bottom']:not([unstuck])) {
      position: sticky;
      bottom: 0;
      z-index: var(--stat-z-index, 2147483647);
    }
    :host([position='top']) .base {
      position: fixed;
      inset: var(--_top-offset, 0px) 0 auto 0;
      z-index: var(--stat-z-index, 2147483647);
      /* The browser's own popover box, undone: the bar is as wide as the viewport and as tall as its
         content. */
      margin: 0;
      width: auto;
      max-width: none;
      height: auto;
      max-height: none;
      overflow: visible;
      border-inline: 0;
    }
    :host([position='top'][unstuck]) .base {
      position: absolute;
    }

    .base {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: calc(var(--stat-space, 8px) * 0.75) calc(var(--stat-space, 8px) * 2);
      padding: var(--stat-space, 8px) calc(var(--stat-space, 8px) * 2);
      background: var(--stat-color-background, #f4f7fb);
      border-block: 1px solid var(--stat-color-border, #5f6b7a);
    }
    :host([tone='urgent']) .base {
      background: var(--stat-color-urgent-background, #fdecec);
      border-block-width: 3px;
      border-color: var(--stat-color-urgent, #b91c1c);
    }

    p {
      margin: 0;
    }
    .emergency {
      flex: 1 1 100%;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0 0.5em;
      font-weight: 700;
    }
    .message {
      flex: 1 1 20em;
      min-width: 0;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--stat-space, 8px);
    }

    .action,
    .dismiss {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: 0.35em;
      min-height: 44px;
      min-width: 44px;
      padding: 0.25em 0.9em;
      border: 2px solid var(--stat-color-accent, #1d4ed8);
      border-radius: var(--stat-radius, 6px);
      background: var(--stat-color-accent, #1d4ed8);
      color: var(--stat-color-accent-text, #ffffff);
      font-weight: 600;
      text-decoration: none;
      cursor: pointer;
    }
    /* The text action carries the short-code hint on a second, smaller line. */
    .action.text {
      flex-direction: column;
      gap: 0;
      line-height: 1.2;
    }
    .note {
      font-size: 0.8125em;
      font-weight: 400;
    }
    .action.copy,
    .dismiss {
      background: transparent;
      color: var(--stat-color-text, #1a1a1a);
      border-color: var(--stat-color-border, #5f6b7a);
    }
    .emergency-call {
      background: var(--stat-color-background, #f4f7fb);
      border-color: var(--stat-color-urgent, #b91c1c);
      color: var(--stat-color-urgent, #b91c1c);
    }
    .dismiss {
      margin-inline-start: auto;
    }
    .dismiss-icon {
      font-size: 1.25em;
      line-height: 1;
    }

    /* Phones: tighter spacing so the strip stays short; actions share rows. */
    @media (max-width: 480px) {
      .base {
        padding: calc(var(--stat-space, 8px) * 0.75) var(--stat-space, 8px);
        gap: calc(var(--stat-space, 8px) * 0.75);
      }
      .actions {
        gap: calc(var(--stat-space, 8px) * 0.75);
      }
      .action,
      .dismiss {
        padding: 0.25em 0.6em;
      }
    }

    @media (forced-colors: active) {
      .base {
        border-color: CanvasText;
      }
      .action,
      .dismiss {
        border-color: ButtonText;
        forced-color-adjust: auto;
      }
      a.action {
        color: LinkText;
        border-color: LinkText;
      }
    }

    @media print {
      :host,
      .base {
        position: static !important;
      }
      .base {
        background: none;
        color: #000000;
        border-color: #000000;
      }
      /* Numbers and the text keyword print as plain text; controls that only work on screen do not. */
      .action {
        border: 0;
        padding: 0;
        min-height: 0;
        background: none;
        color: #000000;
        text-decoration: none;
      }
      button,
      .dismiss {
        display: none !important;
      }
    }
  `,
];
