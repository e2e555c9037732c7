/**
 * Built-in hotlines, bundled so a card renders with no request (and offline).
 *
 * Safety: a wrong number is harm, and hotline numbers get spoofed. So every preset holds only facts
 * that its public source states, records that source and the date the facts were last checked
 * against it, and a test fails once a preset is older than 365 days. Numbers are written the way the
 * organisation writes them; `src/lib/phone.ts` makes the links, and tests check every number with
 * libphonenumber-js and pin the link each preset dials. Facts a source did not confirm (a chat URL, a
 * TTY number, a WhatsApp number) are left out rather than guessed.
 */
export interface HotlinePreset {
  /** The preset id, as written in `preset="..."`. */
  id: string;
  /** The service's own name. */
  name: string;
  /** BCP 47 language of `name` (a Spanish name inside an English card gets `lang="es"`). */
  nameLang: string;
  /** ISO 3166 region the numbers belong to (short numbers only dial there). */
  country: string;
  /** Voice number(s) as the organisation writes them; several separated by `;`. */
  phone: string;
  /** Text line (number or short code), if the service has one. */
  sms?: string;
  /** The keyword to text, shown as visible text and prefilled as the message body. */
  smsKeyword?: string;
  /** Relay / TTY access number, if the source gives one. */
  tty?: string;
  /** Opening hours in `src/lib/hours.ts` syntax. */
  hours: string;
  /** IANA zone of the hours (not needed for `24/7`). */
  timezone?: string;
  /** BCP 47 languages the source says the line is answered in (empty when it does not say). */
  languages: string[];
  /** The service's own website (http/https). */
  website?: string;
  /** The country's emergency number, shown first: "In immediate danger? Call 911". */
  emergency: string;
  /** Where the facts above are stated. */
  sourceUrl: string;
  /** Where the emergency number is stated, when a different page. */
  emergencySourceUrl?: string;
  /** `YYYY-MM-DD`: when the facts were last checked against `sourceUrl`. */
  verifiedOn: string;
}

// Dates: the facts were checked on 2026-11-22 against the text of the public pages in `sourceUrl` and
// `emergencySourceUrl`.
export const PRESETS: Readonly<Record<string, Readonly<HotlinePreset>>> = {
  'us-trafficking': {
    id: 'us-trafficking',
    name: 'National Human Trafficking Hotline',
    nameLang: 'en',
    country: 'US',
    phone: '1-888-373-7888',
    sms: '233733',
    smsKeyword: 'HELP',
    tty: '711',
    hours: '24/7',
    languages: ['en', 'es'],
    website: 'https://humantraffickinghotline.org/',
    emergency: '911',
    sourceUrl: 'https://humantraffickinghotline.org/about-us/what-we-do',
    emergencySourceUrl:
      'https://pbjlearning.com/2022/05/26/when-should-you-call-the-national-human-trafficking-hotline/',
    verifiedOn: '2026-11-22',
  },
  'us-988': {
    id: 'us-988',
    name: '988 Suicide & Crisis Lifeline',
    nameLang: 'en',
    country: 'US',
    phone: '988',
    sms: '988',
    hours: '24/7',
    languages: ['en', 'es'],
    website: 'https://988lifeline.org/',
    emergency: '911',
    sourceUrl: 'https://familyandcaregivertoolkit.org/988-crisis-lifeline',
    verifiedOn: '2026-11-22',
  },
  'us-ncmec': {
    id: 'us-ncmec',
    name: 'National Center for Missing & Exploited Children',
    nameLang: 'en',
    country: 'US',
    phone: '1-800-THE-LOST',
    hours: '24/7',
    languages: [],
    website: 'https://www.missingkids.org/',
    emergency: '911',
    sourceUrl: 'https://cmfc.missingkids.org/FAQ',
    emergencySourceUrl: 'https://www.missingkids.org/get-help/report-a-missing-child',
    verifiedOn: '2026-11-22',
  },
  'mx-trafficking': {
    id: 'mx-trafficking',
    name: 'Línea Nacional contra la Trata de Personas',
    nameLang: 'es',
    country: 'MX',
    phone: '800 5533 000',
    hours: '24/7',
    languages: ['es'],
    emergency: '911',
    sourceUrl:
      'https://www.eleconomista.com.mx/politica/rescatan-21-victimas-trata-centro-rehabilitacion-clandestino-tlalpan-20251018-782445.html',
    emergencySourceUrl:
      'https://www.gob.mx/policiafederal/articulos/088-911-responder-ante-cualquier-llamado',
    verifiedOn: '2026-11-22',
  },
  'ca-trafficking': {
    id: 'ca-trafficking',
    name: 'Canadian Human Trafficking Hotline',
    nameLang: 'en',
    country: 'CA',
    phone: '1-833-900-1010',
    hours: '24/7',
    languages: ['en', 'fr'],
    website: 'https://www.canadianhumantraffickinghotline.ca/',
    emergency: '911',
    sourceUrl: 'https://canadianhumantraffickinghotline.ca/faq',
    emergencySourceUrl: 'https://www.canada.ca/en/public-safety-canada/campaigns/human-trafficking/sts.html',
    verifiedOn: '2026-11-22',
  },
  'uk-modern-slavery': {
    id: 'uk-modern-slavery',
    name: 'Modern Slavery & Exploitation Helpline',
    nameLang: 'en',
    country: 'GB',
    phone: '08000 121 700',
    hours: '24/7',
    timezone: 'Europe/London',
    languages: [],
    website: 'https://www.modernslaveryhelpline.org/',
    emergency: '999',
    sourceUrl: 'https://www.modernslaveryhelpline.org/about/what-happens-when-you-call-the-helpline',
    emergencySourceUrl: 'http://www.modernslaverypartnership.org.uk/stop-modern-slavery/',
    verifiedOn: '2026-11-22',
  },
};

/** The preset for an id (case-insensitive), or `undefined`. */
export function findPreset(id: string | null | undefined): Readonly<HotlinePreset> | undefined {
  const key = (id ?? '').trim().toLowerCase();
  return Object.prototype.hasOwnProperty.call(PRESETS, key) ? PRESETS[key] : undefined;
}

/** Whole days between a preset's `verifiedOn` and `now` (for the staleness test and tooling). */
export function presetAgeInDays(preset: Pick<HotlinePreset, 'verifiedOn'>, now: Date = new Date()): number {
  return Math.floor((now.getTime() - Date.parse(`${preset.verifiedOn}T00:00:00Z`)) / 86_400_000);
}
