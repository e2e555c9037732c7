/**
 * What the hostile-page suites cannot read from custom-elements.json: one small table per element.
 * Everything else (tags, attributes, enumerated values, booleans) comes from the manifest, and the
 * sample configuration from `sampleAttributes` in bundle-page.ts.
 */
import type { BundlePage } from './bundle-page.js';

export interface ElementProfile {
  /**
   * Enumerated attributes whose type the manifest only knows as `string`: their allowed values. They
   * give variants (unless listed in `notVariants`) and are validated (a bad value warns once).
   */
  enums?: Record<string, string[]>;
  /** Attributes that become a link or a navigation target: a bad value must never reach an href. */
  urlAttributes?: string[];
  /**
   * URL attributes where a path relative to the page is accepted by design (a club's own
   * `/api/subscribe`): a value that resolves to the page's own origin may become a link, with or
   * without a warning. Anything that resolves elsewhere is judged like any URL attribute.
   */
  relativeUrlAttributes?: string[];
  /**
   * Attributes that are validated (phone numbers, preset ids, URLs, numbers, enumerated values are
   * added from the manifest automatically): every hostile value must give exactly one warning.
   * All other string attributes are free text, where hostile values are harmless text.
   */
  validatedAttributes?: string[];
  /**
   * Space-separated lists (language tags, field names): each bad token may give its own warning, so a
   * hostile value gives between one warning and one per token.
   */
  listAttributes?: string[];
  /**
   * Attributes set under every bad-input case (over the sample) so that each attribute is in effect,
   * e.g. a schedule, so that a bad time zone is actually read.
   */
  badInputBase?: Record<string, string>;
  /** Enumerated or boolean attributes that are behaviour, not looks: not rendered as variants. */
  notVariants?: string[];
  /** Extra variants (name → attributes over the sample). */
  variants?: Record<string, Record<string, string>>;
  /** Controls that leave the page (exit) or send data (submit): never clicked outside their own test. */
  leaveSelector?: string;
  /** Extra steps that operate the element beyond clicking every button; returns how many it did. */
  exercise?: (page: BundlePage, host: HTMLElement) => Promise<number>;
  /**
   * The action that leaves the page or sends data, run only in the CSP suite inside its own
   * sandboxed frame (attributes to set first, then the action).
   */
  leave?: {
    attributes?: Record<string, string>;
    run: (page: BundlePage, host: HTMLElement) => Promise<void>;
  };
  /**
   * Storage writes a user action needs by product decision (e.g. the banner remembering, for the
   * session, that it was dismissed). The privacy audit allows only these, only after interaction.
   */
  allowedStorageWrites?: RegExp[];
  /**
   * Light-DOM controls (progressive enhancement): exposed to host CSS by design, so the hostile-CSS
   * suite checks them only against the stylesheets that do not target them on purpose.
   */
  lightDomControls?: boolean;
}

const profiles: Record<string, ElementProfile> = {
  'quick-exit': {
    enums: {
      position: ['bottom-end', 'top', 'inline'],
      shortcut: ['shift', 'escape', 'none'],
      history: ['replace', 'collapse'],
    },
    notVariants: ['shortcut', 'history'],
    variants: { 'with the safety hint': { 'safety-url': 'https://example.org/safety' } },
    urlAttributes: ['url', 'decoy-url', 'safety-url'],
    validatedAttributes: ['shortcut-timeout'],
    // The exit control is a link (exercising never follows links). Two Shift taps show progress
    // without exiting (the third would exit).
    exercise: async (page) => {
      // Imported here, not at the top: npm run bench reads these tables in Node, without a browser.
      const { sendKeys } = await import('@web/test-runner-commands');
      page.win.focus();
      page.doc.body.focus();
      await sendKeys({ press: 'Shift' });
      await sendKeys({ press: 'Shift' });
      return 1;
    },
    leave: {
      run: async (page, host) => {
        // A destination on the test server: it loads in every engine (an outside site cannot).
        host.setAttribute('url', `${page.win.location.origin}/__quick-exit/landing?id=csp-quick-exit`);
        await (host as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        host.shadowRoot!.querySelector<HTMLElement>('[part~="control"]')!.click();
      },
    },
  },

  'hotline-card': {
    enums: { variant: ['full', 'compact'] },
    notVariants: ['emit-events'],
    urlAttributes: ['website', 'chat-url'],
    // Phone numbers, presets, regions, schedules, zones, language tags, the emergency number, the
    // heading level and the JSON labels are parsed: a hostile value is refused with a warning.
    validatedAttributes: [
      'preset',
      'phone',
      'country',
      'sms',
      'hours',
      'timezone',
      'languages',
      'emergency',
      'heading-level',
      'labels',
    ],
    listAttributes: ['languages'],
    badInputBase: { hours: 'Mo-Fr 09:00-17:00', timezone: 'America/Chicago' },
  },

  'help-banner': {
    enums: {
      position: ['inline', 'top', 'bottom'],
      tone: ['calm', 'urgent'],
      remember: ['session', 'none'],
    },
    notVariants: ['remember'],
    urlAttributes: ['exit-url', 'safety-url'],
    validatedAttributes: ['preset', 'emergency-number'],
    // Dismissal is remembered for the session by product decision (hotline-banner.md check 28).
    allowedStorageWrites: [/^sessionStorage\.setItem /],
    // Its exit control is a nested <quick-exit> (attribute `exit`): a link, never followed by exercising.
    leave: {
      attributes: { exit: '' },
      run: async (page, host) => {
        // A destination on the test server: it loads in every engine (an outside site cannot).
        host.setAttribute('exit-url', `${page.win.location.origin}/__quick-exit/landing?id=csp-help-banner`);
        await (host as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        const exit = host.shadowRoot!.querySelector('quick-exit')! as HTMLElement & {
          updateComplete: Promise<unknown>;
        };
        await exit.updateComplete;
        exit.shadowRoot!.querySelector<HTMLElement>('[part~="control"]')!.click();
      },
    },
  },

  'did-you-know': {
    validatedAttributes: ['interval', 'heading-level'],
    variants: { 'turning by itself': { interval: '8' } },
    // The facts are the page's own paragraphs and links, styled by the page by design.
    lightDomControls: true,
  },

  'meeting-card': {
    urlAttributes: ['map-url', 'online-url'],
    // Schedules, dates, zones and the heading level are parsed: a hostile value is refused with a
    // warning (a date beside the sample's schedule warns that it is ignored).
    validatedAttributes: ['schedule', 'date', 'timezone', 'heading-level'],
    variants: {
      'a one-off day': { schedule: '', date: '2099-01-11' },
      'a one-off with times': { schedule: '', date: '2099-01-11 11:30-13:00' },
      'every week, moved dates': { schedule: 'every Tuesday 7pm-8:30pm; 2099-01-06 moved 2099-01-07' },
    },
  },

  'mailing-list-form': {
    enums: { provider: ['mailchimp', 'kit', 'formspree', 'mailerlite', 'generic', 'form-post'] },
    notVariants: ['provider'],
    urlAttributes: ['action'],
    relativeUrlAttributes: ['action'],
    validatedAttributes: ['fields', 'timeout'],
    listAttributes: ['fields'],
    lightDomControls: true,
    // Submitting sends data: run against the test server's stand-in for the docs' generic contract
    // (same origin, so the strict CSP's connect-src allows it). A submit within 2 s of rendering asks
    // for a confirming second click (a bot trap), so it clicks until a result event arrives.
    leave: {
      run: async (page, host) => {
        host.setAttribute('provider', 'generic');
        host.setAttribute('action', `${page.win.location.origin}/stand-in/generic/hostile-csp`);
        await (host as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        const email = host.querySelector<HTMLInputElement>('input[type="email"]')!;
        email.value = 'success@example.org';
        email.dispatchEvent(new Event('input', { bubbles: true }));
        const consent = host.querySelector<HTMLInputElement>('input[type="checkbox"]');
        if (consent && !consent.checked) consent.click();
        let settled = false;
        const done = () => (settled = true);
        host.addEventListener('stat-subscribe', done, { once: true });
        host.addEventListener('stat-subscribe-error', done, { once: true });
        for (let attempt = 0; attempt < 3 && !settled; attempt += 1) {
          host.querySelector<HTMLElement>('[type="submit"]')!.click();
          await new Promise((resolve) => page.win.setTimeout(resolve, 1000));
        }
      },
    },
  },
};

export function profileOf(tag: string): ElementProfile {
  return profiles[tag] ?? {};
}
