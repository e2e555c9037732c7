import { css } from 'lit';

/** What `<meeting-card>` adds to the shared card look (`cardStyles`). */
export const styles = css`
  .badge {
    display: inline-block;
    margin-inline-start: 0.25em;
    padding: 0 0.5em;
    border-radius: var(--stat-radius, 8px);
    font-size: 0.875em;
    font-weight: 700;
  }
  .local,
  .later {
    font-size: 0.9375em;
  }
  .later ul {
    padding-inline-start: 1.25em;
    list-style: disc;
  }
  @media (forced-colors: active) {
    .badge {
      border: 1px solid CanvasText;
    }
  }
`;
