import { html } from '@open-wc/testing';

/** The San Diego STAT! home page's facts (the gallery's example). */
export const SAN_DIEGO_FACTS = html`
  <p>Sex trafficking in San Diego County is an estimated $810 million business.</p>
  <p>The average age of entry into "the life" is 15 years old.</p>
  <p>
    STAT! (Soroptimists Together Against Trafficking) has been working on this issue since 2011.
    <a href="https://example.org/about-stat">About STAT!</a>
  </p>
  <p>Traffickers recruit on social media, at schools and at bus stops.</p>
  <p>Anyone can call the National Human Trafficking Hotline: 1-888-373-7888.</p>
`;
