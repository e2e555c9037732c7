import { css } from 'lit';

export const quickExitStyles = css`
  :host {
    display: block;
  }
  .dock {
    /* Reset the UA popover box: we position it ourselves. */
    position: fixed;
    inset: auto;
    margin: 0;
    padding: 0;
    border: 0;
    background: transparent;
    color: inherit;
    overflow: visible;
    width: auto;
    height: auto;
    max-width: calc(100vw - 16px);
    z-index: 2147483647;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 16px;
  }
  .dock.bottom-end {
    inset-block-end: 16px;
    inset-inline-end: 16px;
  }
  .dock.bottom-end.raised {
    /* Focus, or another widget's control, under the button: step aside to the top edge (WCAG 2.4.11),
       below any top bars (--_top-inset, set by the element). */
    inset-block-end: auto;
    inset-block-start: calc(var(--_top-inset, 0px) + 16px);
  }
  .dock.hint-hidden .hint {
    /* A form field of the page is under the hint: the button goes alone until it is not. */
    display: none;
  }
  .dock.top {
    /* At the top of the page, below any other top bars (--_top-offset, from bars.ts); the page
       is pushed down by the bar's height, so it covers nothing at rest. */
    inset-block-start: var(--_top-offset, 0px);
    inset-inline: 0;
    max-width: none;
    padding: 6px 16px;
    justify-content: flex-end;
    background: var(--stat-color-background, #fff);
    border-block-end: 1px solid var(--stat-color-border, #6b7280);
  }
  .dock.top.raised {
    inset-block-start: auto;
    inset-block-end: 0;
  }
  .dock.inline {
    position: static;
    max-width: none;
    z-index: auto;
  }
  .control {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 44px;
    min-height: 44px;
    padding: 8px 18px;
    border: 2px solid var(--stat-color-urgent, #b91c1c);
    border-radius: var(--stat-radius, 6px);
    background: var(--stat-color-urgent, #b91c1c);
    color: var(--stat-color-accent-text, #fff);
    font-weight: 700;
    text-decoration: none;
    line-height: 1.25;
    box-shadow: 0 2px 6px rgb(0 0 0 / 30%);
    cursor: pointer;
    touch-action: manipulation;
    -webkit-user-drag: none;
  }
  .control:hover {
    text-decoration: underline;
    text-underline-offset: 3px;
  }
  .control:focus-visible {
    outline: 3px solid var(--stat-focus-ring, #1d4ed8);
    outline-offset: 3px;
  }
  .hint {
    margin: 0;
    font-size: 0.875em;
  }
  .dock.bottom-end .hint,
  .dock.inline .hint {
    flex-basis: 100%;
  }
  .hint a {
    color: var(--stat-color-accent, #1d4ed8);
    text-decoration: underline;
  }
  .dock.bottom-end .hint {
    max-width: 20em;
    padding: 6px 10px;
    border-radius: var(--stat-radius, 6px);
    background: var(--stat-color-background, #fff);
    border: 1px solid var(--stat-color-border, #6b7280);
  }
  @media (max-width: 480px) {
    .dock.bottom-end {
      inset-inline-end: 8px;
      inset-block-end: 8px;
    }
  }
  @media (forced-colors: active) {
    .control {
      forced-color-adjust: none;
      background: ButtonFace;
      color: ButtonText;
      border-color: ButtonText;
    }
    .control:focus-visible {
      outline-color: Highlight;
    }
    .dock.top,
    .dock.bottom-end .hint {
      border-color: CanvasText;
    }
  }
  @media print {
    :host,
    .dock {
      display: none !important;
    }
  }
`;
