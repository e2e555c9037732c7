import { html, type TemplateResult } from 'lit';

/**
 * Pieces `<hotline-card>` and `<help-banner>` render the same way, so both elements name their
 * actions and label short codes identically (one implementation, not two).
 */

/**
 * Text for screen readers only, after an action's visible label: the hotline's name (and, for copy
 * buttons, the number), so every action's name holds its visible text plus which hotline it is and
 * stays unique when several hotlines share a page.
 *
 * Why "Call 1-888-373-7888 (National Human Trafficking Hotline)" and not the issue's example "Call
 * National Human Trafficking Hotline, 1-888-373-7888": WCAG 2.5.3 (label in name) asks that the
 * name contain the visible label, best at its start. A speech-input user says what they see ("click
 * Call 1-888-373-7888"); the issue's order splits that phrase with the hotline name and no longer
 * matches, while screen readers read both orders equally well. So the visible text comes first,
 * unchanged, and the hotline name follows. In parentheses, because Chromium puts a space before
 * visually hidden text, and "1-888-373-7888 , Name" (a comma) reads badly in a name snapshot.
 */
export function aboutHotline(name: string, before?: string): TemplateResult {
  return html`<span class="visually-hidden"> ${before ? `${before} ` : ''}(${name})</span>`;
}
