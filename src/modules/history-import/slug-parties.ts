import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json';
import { keyFromName } from '../../common/names';

countries.registerLocale(english);

/**
 * The party of each country slug the Office of the Historian uses. A slug that is the plain
 * English name of an ISO 3166-1 country ("canada", "south-africa") is found by that name; every
 * other slug is in SLUG_CODES. A renamed state keeps its current code (Burma is MM, Zaire CD,
 * Ceylon LK), as ISO 3166-1 does; a state that no longer exists has its ISO 3166-3 code.
 */
export const SLUG_CODES: Readonly<Record<string, string>> = {
  'antigua-barbuda': 'AG',
  'bosnia-herzegovina': 'BA',
  brunei: 'BN',
  burma: 'MM',
  'congo-democratic-republic': 'CD',
  'congo-kinshasa': 'CD',
  'congo-republic': 'CG',
  'cote-divoire': 'CI',
  czechoslovakia: 'CSHH',
  'german-democratic-republic': 'DDDE',
  'holy-see': 'VA',
  korea: 'KR',
  'korea-north': 'KP',
  'korea-south': 'KR',
  laos: 'LA',
  macedonia: 'MK',
  micronesia: 'FM',
  moldova: 'MD',
  'netherlands-antilles': 'ANHH',
  'palestinian-authority': 'PS',
  'saint-kitts-nevis': 'KN',
  'saint-vincent-grenadines': 'VC',
  // A misspelling of Samoa in the visits data.
  somoa: 'WS',
  swaziland: 'SZ',
  syria: 'SY',
  'west-bank': 'PS',
  yugoslavia: 'YUCS',
};

/**
 * Slugs that name a state which, at the record's date, was part of a state that no longer
 * exists: before `until` (inclusive) the party is `code`. The corpus files Soviet-era trips to
 * Moscow under "russia" and the Federal Republic of Yugoslavia's Serbia and Kosovo under their
 * later names.
 */
export const SUCCESSIONS: Readonly<Record<string, { until: string; code: string }[]>> = {
  russia: [{ until: '1991-12-25', code: 'SUHH' }],
  serbia: [
    { until: '2003-02-03', code: 'YUCS' },
    { until: '2006-06-02', code: 'CSXX' },
  ],
  montenegro: [
    { until: '2003-02-03', code: 'YUCS' },
    { until: '2006-06-02', code: 'CSXX' },
  ],
  kosovo: [
    { until: '2003-02-03', code: 'YUCS' },
    { until: '2006-06-02', code: 'CSXX' },
    { until: '2008-02-16', code: 'RS' },
  ],
};

let plainNames: Map<string, string> | undefined;

/** Every English name and alias i18n-iso-countries knows, as a slug, to its alpha-2 code. */
function plainNameCodes(): Map<string, string> {
  if (plainNames) return plainNames;
  plainNames = new Map();
  const names = countries.getNames('en', { select: 'all' }) as Record<string, string[]>;
  for (const alpha2 of Object.keys(names).sort()) {
    for (const name of names[alpha2]) {
      const slug = keyFromName(name, '');
      if (slug && !plainNames.has(slug)) plainNames.set(slug, alpha2);
    }
  }
  return plainNames;
}

/** The party code of a slug on a date (YYYY-MM-DD), or undefined when it cannot be placed. */
export function partyOfSlug(slug: string, date: string): string | undefined {
  for (const step of SUCCESSIONS[slug] ?? []) if (date <= step.until) return step.code;
  return SLUG_CODES[slug] ?? plainNameCodes().get(slug);
}
