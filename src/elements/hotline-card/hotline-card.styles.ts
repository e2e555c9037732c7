import { css } from 'lit';
import { hostStyles } from '../../base/styles.js';

/**
 * Card styles. Every colour and size comes from a `--stat-*` token with a literal fallback. Actions
 * are at least 44×44 px (beyond WCAG 2.5.8's 24×24) because people reach for them in a hurry, often
 * on a phone. Printed, the card is plain text: every number and the text keyword stay visible.
 */
export const styles = [
  hostStyles,
  css`
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
    .emergency {
      padding-inline-start: calc(var(--stat-space, 16px) * 0.5);
      border-inline-start: 4px solid var(--stat-color-urgent, #b91c1c);
    }
    .emergency-link,
    .details a:not(.action) {
      color: inherit;
      font-weight: 700;
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }
    .emergency-link {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      min-width: 44px;
      min-height: 44px;
    }
    .name {
      font-size: 1.25em;
      font-weight: 700;
      line-height: 1.25;
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
    .number {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: calc(var(--stat-space, 16px) * 0.5);
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
    .call,
    .text {
      background: var(--stat-color-accent, #1d4ed8);
      color: var(--stat-color-accent-text, #ffffff);
    }
    .call.short {
      padding-inline: 12px;
    }
    .copy {
      background: transparent;
      color: inherit;
      border-color: var(--stat-color-border, #6b7280);
    }
    .action:hover {
      text-decoration: underline;
    }
    .note {
      display: inline-block;
      font-size: 0.875em;
    }
    .text-line {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: calc(var(--stat-space, 16px) * 0.5);
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
      .base {
        border-color: CanvasText;
      }
      .emergency {
        border-inline-start-color: CanvasText;
      }
      .action {
        border-color: ButtonText;
        forced-color-adjust: auto;
      }
      .call,
      .text {
        border-color: LinkText;
      }
    }
    @media print {
      .base {
        border: 1px solid #000;
        background: none;
        color: #000;
      }
      .copy {
        display: none;
      }
      .action,
      .emergency-link,
      .details a {
        background: none;
        color: #000;
        border: 0;
        padding: 0;
        min-height: 0;
        min-width: 0;
        text-decoration: none;
      }
    }
  `,
];
