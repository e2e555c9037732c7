import { plainNames } from './generic.js';
import type { Provider } from './provider.js';

/**
 * For providers whose answer a page cannot read (Buttondown, Brevo, EmailOctopus, Google Forms): the
 * form is really POSTed to the provider in a new tab (the element does the posting). The outcome is
 * `opened`, shown in neutral words — never "subscribed", because the page cannot know.
 */
export const formPost: Provider = {
  names: plainNames,
  send: async ({ action }) => ({ state: 'opened', post: action }),
};
