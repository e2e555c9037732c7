import { css } from 'lit';

/**
 * Light-DOM styles. The form lives in the light DOM (autofill, Enter-to-submit and label/ARIA
 * references do not cross shadow roots), so these rules are adopted by the element's document or
 * shadow root as a constructable stylesheet — no `<style>` element and no `style=""`, so a strict CSP
 * needs no `'unsafe-inline'` — and every selector starts with `mailing-list-form`, so nothing leaks
 * onto the rest of the page. Text inherits the site's font; colours come from `--stat-*` tokens with
 * literal fallbacks that meet 4.5:1 on white. No animation anywhere (nothing to reduce).
 */
export const styles = css`
  mailing-list-form {
    display: block;
    max-width: 36em;
  }
  mailing-list-form[hidden] {
    display: none;
  }
  mailing-list-form .mlf {
    font-family: var(--stat-font-family, inherit);
    line-height: var(--stat-line-height, 1.5);
    overflow-wrap: anywhere;
  }
  mailing-list-form .mlf-form {
    display: grid;
    gap: var(--stat-space, 12px);
  }
  mailing-list-form .mlf-field {
    display: grid;
    gap: 4px;
  }
  mailing-list-form .mlf-field input {
    box-sizing: border-box;
    width: 100%;
    min-height: 44px;
    padding: 8px 10px;
    font: inherit;
    color: var(--stat-color-text, #1a1a1a);
    background: var(--stat-color-background, #fff);
    border: 1px solid var(--stat-color-border, #595959);
    border-radius: var(--stat-radius, 4px);
  }
  mailing-list-form .mlf-consent {
    display: flex;
    gap: 10px;
    align-items: center;
    min-height: 44px;
    flex-wrap: wrap;
  }
  mailing-list-form .mlf-consent input {
    width: 24px;
    height: 24px;
    margin: 0;
  }
  mailing-list-form .mlf-consent label {
    flex: 1;
  }
  mailing-list-form .mlf-button,
  mailing-list-form .mlf-retry {
    justify-self: start;
    min-width: 44px;
    min-height: 44px;
    padding: 8px 20px;
    font: inherit;
    font-weight: 600;
    color: var(--stat-color-accent-text, #fff);
    background: var(--stat-color-accent, #1d4ed8);
    border: 2px solid transparent;
    border-radius: var(--stat-radius, 4px);
    cursor: pointer;
  }
  mailing-list-form [aria-disabled='true'] {
    cursor: progress;
  }
  mailing-list-form :focus-visible {
    outline: 3px solid var(--stat-focus-ring, #1d4ed8);
    outline-offset: 2px;
  }
  mailing-list-form .mlf-error,
  mailing-list-form .mlf-alert {
    color: var(--stat-color-urgent, #b3261e);
    font-weight: 600;
  }
  mailing-list-form [aria-invalid='true'] {
    border: 2px solid var(--stat-color-urgent, #b3261e);
  }
  /* Honeypots (ours, and a pasted Mailchimp one whose inline style a strict CSP blocks): out of
     sight by a class, not display:none, so form-filling bots still see a field. */
  mailing-list-form .mlf-trap,
  mailing-list-form .mlf-trap input,
  mailing-list-form [aria-hidden='true']:has(> [name^='b_']) {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    border: 0;
    overflow: hidden;
    clip-path: inset(50%);
  }
  @media (forced-colors: active) {
    mailing-list-form .mlf-button,
    mailing-list-form .mlf-retry {
      border-color: ButtonText;
    }
  }
`;
