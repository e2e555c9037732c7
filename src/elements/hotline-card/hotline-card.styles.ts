import { css } from 'lit';
import { cardStyles, hostStyles } from '../../base/styles.js';

/**
 * Card styles (the shared card look is `cardStyles`). Every colour and size comes from a `--stat-*`
 * token with a literal fallback. Printed, the card is plain text: every number and the text keyword
 * stay visible.
 */
export const styles = [
  hostStyles,
  cardStyles,
  css`
    .emergency {
      padding-inline-start: calc(var(--stat-space, 16px) * 0.5);
      border-inline-start: 4px solid var(--stat-color-urgent, #b91c1c);
    }
    .emergency-link {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      min-width: 44px;
      min-height: 44px;
    }
    .status {
      font-weight: 600;
    }
    .status.open::before,
    .status.closed::before {
      content: '';
      display: inline-block;
      width: 0.6em;
      height: 0.6em;
      margin-inline-end: 0.4em;
      border-radius: 50%;
      background: currentColor;
      vertical-align: 0.05em;
    }
    .status.closed::before {
      background: transparent;
      border: 2px solid currentColor;
    }
    .numbers {
      display: flex;
      flex-direction: column;
      gap: calc(var(--stat-space, 16px) * 0.5);
    }
    .call.short {
      padding-inline: 12px;
    }
    .note {
      display: inline-block;
      font-size: 0.875em;
    }
    .details {
      display: flex;
      flex-direction: column;
      gap: calc(var(--stat-space, 16px) * 0.5);
      font-size: 0.9375em;
    }
    .links {
      display: flex;
      flex-wrap: wrap;
      gap: var(--stat-space, 16px);
    }
    .links a:not(.action) {
      display: inline-flex;
      align-items: center;
      min-height: 44px;
    }
    .compact {
      padding: calc(var(--stat-space, 16px) * 0.75);
    }
    @media (forced-colors: active) {
      .emergency {
        border-inline-start-color: CanvasText;
      }
    }
    @media print {
      .copy {
        display: none;
      }
    }
  `,
];
