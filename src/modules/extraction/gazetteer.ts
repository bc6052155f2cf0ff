import worldCountries from 'world-countries';
import { ORGANIZATION_PARTY_DEFINITIONS } from '../country/organization-parties';

export type MentionKind = 'name' | 'demonym' | 'capital' | 'organization';

export interface PartyMention {
  code: string;
  kind: MentionKind;
  start: number;
  end: number;
  text: string;
  /** Part of a hyphenated pair ("Iran-Armenia", "Omani-Saudi"): a relation, not one side. */
  compound?: boolean;
}

/** Short codes that are written as words in reports; other two-letter codes are too ambiguous. */
const SHORT_FORMS = new Set(['US', 'UK', 'USA', 'UAE']);

/**
 * Names that world-countries does not list but diplomatic reports use: the unqualified "Korea"
 * and "Korean" for the Republic of Korea, and short adjectives. The organization parties' names
 * come from organization-parties.ts.
 */
const EXTRA_NAMES: [string, string, MentionKind][] = [
  ['Korea', 'KR', 'name'],
  ['Korean', 'KR', 'demonym'],
  ['Koreans', 'KR', 'demonym'],
  ['America', 'US', 'name'],
  // Adjectives that world-countries lists only in their longer form (Uzbekistani, Kazakhstani).
  ['Uzbek', 'UZ', 'demonym'],
  ['Kazakh', 'KZ', 'demonym'],
  ['Kyrgyz', 'KG', 'demonym'],
  ['Tajik', 'TJ', 'demonym'],
  ['Saudi', 'SA', 'demonym'],
  ['Philippine', 'PH', 'demonym'],
  ['Slovenian', 'SI', 'demonym'],
  ['Azeri', 'AZ', 'demonym'],
  ['Argentinian', 'AR', 'demonym'],
  ['Icelandic', 'IS', 'demonym'],
  ['Lao', 'LA', 'demonym'],
  // world-countries writes "Maldivan" and "Nepalese" only
  ['Maldivian', 'MV', 'demonym'],
  ['Nepali', 'NP', 'demonym'],
  // world-countries writes "Djibouti", "Mosotho", "Motswana", "Comoran", "Cape Verdian"
  ['Djiboutian', 'DJ', 'demonym'],
  ['Basotho', 'LS', 'demonym'],
  ['Batswana', 'BW', 'demonym'],
  ['Comorian', 'KM', 'demonym'],
  ['Cabo Verdean', 'CV', 'demonym'],
  ['Cape Verdean', 'CV', 'demonym'],
  ['Britain', 'GB', 'name'],
  ['U.S.', 'US', 'name'],
  ['U.K.', 'GB', 'name'],
  ['Việt Nam', 'VN', 'name'],
  ['Emirates', 'AE', 'name'],
  ['Türkiye', 'TR', 'name'],
  ['Turkey', 'TR', 'name'],
  ['Turkiye', 'TR', 'name'],
  // the unhyphenated and accentless spellings reports use
  ['Guinea Bissau', 'GW', 'name'],
  ["Cote d'Ivoire", 'CI', 'name'],
  ["Cote D'Ivoire", 'CI', 'name'],
  ['Cote d’Ivoire', 'CI', 'name'],
  // acronyms reports write for a country's name
  ['PNG', 'PG', 'name'],
  ['KSA', 'SA', 'name'],
  ['ROK', 'KR', 'name'],
  ['PRC', 'CN', 'name'],
  ['DRC', 'CD', 'name'],
];

/** world-countries' alternative spellings that are English words or surnames: "Pacific Island". */
const NOT_NAMES = new Set(['Island', 'Mann', 'Mannin', 'Guiana']);

/** "Latin American", "South America", "Inter-American": a region, not the United States. */
const partOfRegion = (text: string, start: number, phrase: string) =>
  /^Americ/.test(phrase) &&
  /\b(?:Latin|South|Central|North|Meso|Ibero|Pan|Inter|Afro|Indo)[\s-]$/i.test(
    text.slice(Math.max(0, start - 8), start),
  );

/** "AU Commission", "AU Commissioner", "AU Member States": the African Union's usual acronym. */
const AU_BODY =
  /^\s+(?:Commission|Commissioner|Chairperson|Member\s+States|member\s+states|[Ss]ummit|Peace\s+and\s+Security\s+Council|Executive\s+Council|Assembly|led)\b/;

/**
 * "AU" is Australia's code, but no report writes it for Australia: a report that names the
 * African Union, or writes "AU" before one of its organs, means the African Union by every "AU".
 */
function africanUnion(text: string, found: PartyMention[]): PartyMention[] {
  const bare = [...text.matchAll(/(?<![\p{L}\p{N}])AU(?![\p{L}\p{N}-])/gu)];
  const union =
    found.some((m) => m.code === 'AFRUNION') ||
    bare.some((m) => AU_BODY.test(text.slice(m.index + 2, m.index + 42)));
  if (!union || !bare.length) return found;
  const added = bare.map((m) => ({
    code: 'AFRUNION',
    kind: 'organization' as MentionKind,
    start: m.index,
    end: m.index + 2,
    text: 'AU',
  }));
  const free = added.filter((a) => !found.some((m) => m.start < a.end && a.start < m.end));
  return [...found, ...free].sort((a, b) => a.start - b.start);
}

/** Cities that host much diplomacy without being a capital (the capitals come from world-countries). */
const EXTRA_CITIES: [string, string][] = [
  ['New York', 'US'],
  ['Geneva', 'CH'],
  ['Davos', 'CH'],
  ['Munich', 'DE'],
  ['Istanbul', 'TR'],
  ['Shanghai', 'CN'],
  ['Dubai', 'AE'],
  ['Washington', 'US'],
  ['Strasbourg', 'FR'],
  ['Vienna', 'AT'],
  ['San Francisco', 'US'],
  ['Los Angeles', 'US'],
  ['Sochi', 'RU'],
  ['Saint Petersburg', 'RU'],
  ['St. Petersburg', 'RU'],
  ['Kazan', 'RU'],
  ['Bali', 'ID'],
  ['Nusa Dua', 'ID'],
  ['Jeddah', 'SA'],
  ['Sharm el-Sheikh', 'EG'],
  ['Hiroshima', 'JP'],
  ['Osaka', 'JP'],
  ['Hamburg', 'DE'],
  ['Frankfurt', 'DE'],
  ['Milan', 'IT'],
  ['Marrakech', 'MA'],
  ['Casablanca', 'MA'],
  ['Mumbai', 'IN'],
  ['Johannesburg', 'ZA'],
  ['Sydney', 'AU'],
  ['Toronto', 'CA'],
  ['Rio de Janeiro', 'BR'],
  ['São Paulo', 'BR'],
  ['Almaty', 'KZ'],
  ['Samarkand', 'UZ'],
  ['Antalya', 'TR'],
  ['Hà Nội', 'VN'],
  ['Ha Noi', 'VN'],
  ['Ulaanbaatar', 'MN'],
  ['Putrajaya', 'MY'],
  ['Ho Chi Minh City', 'VN'],
];

/** "Male", "Bogota": a capital as reports often write it, without its accents. */
const unaccented = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '');

/** Words that end a publication's name: "Pakistan Point News", "Indian Weekender". */
const PRESS =
  /^(?:\s+\p{Lu}\p{L}*){0,2}?\s+(?:News|Times|Post|Point|Today|Herald|Tribune|Gazette|Weekender|Observer|Daily|Monitor|Mirror|Express|Telegraph|Chronicle|Journal|Insight)\b/u;

/** "the Spanish version", "in the English language": a language, not a country. */
const LANGUAGE = /^\s+(?:version|language|translation|text|subtitles|edition|original)\b/i;

/** A country word inside a publication's name names the outlet, not the country. */
export const inPressName = (text: string, mention: PartyMention) =>
  mention.kind !== 'organization' &&
  (PRESS.test(text.slice(mention.end, mention.end + 40)) ||
    (mention.kind !== 'name' && LANGUAGE.test(text.slice(mention.end, mention.end + 20))));

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class Gazetteer {
  private readonly entries = new Map<string, { code: string; kind: MentionKind }>();
  private readonly pattern: RegExp;
  readonly names = new Map<string, string>();
  private readonly cityStates = new Set<string>();

  constructor() {
    const add = (phrase: string, code: string, kind: MentionKind) => {
      const clean = phrase.trim();
      if (
        clean.length < 2 ||
        (clean.length < 4 &&
          clean === clean.toUpperCase() &&
          !SHORT_FORMS.has(clean) &&
          kind !== 'name')
      )
        return;
      if (/[^\p{L}\p{M}\s.'’-]/u.test(clean)) return;
      // reports write "People’s Republic" with either apostrophe
      for (const form of [clean, clean.replace(/'/g, '’'), clean.replace(/’/g, "'")])
        if (!this.entries.has(form)) this.entries.set(form, { code, kind });
    };
    // UN members first: a demonym shared with a territory ("French", "American") names the state.
    const ordered = [...worldCountries].sort((a, b) => Number(b.unMember) - Number(a.unMember));
    for (const country of ordered) {
      const code = country.cca2;
      this.names.set(code, country.name.common);
      add(country.name.common, code, 'name');
      add(country.name.official, code, 'name');
      for (const alt of country.altSpellings) {
        if ((alt.length > 3 || SHORT_FORMS.has(alt)) && !NOT_NAMES.has(alt)) add(alt, code, 'name');
      }
      const demonyms = country.demonyms?.eng;
      if (demonyms) {
        add(demonyms.m, code, 'demonym');
        add(demonyms.f, code, 'demonym');
        // the people: "Moroccans Abroad", "Omanis"
        if (/[nio]$/.test(demonyms.m)) add(`${demonyms.m}s`, code, 'demonym');
      }
      for (const capital of country.capital ?? []) {
        if (capital === country.name.common) this.cityStates.add(capital);
        add(capital, code, 'capital');
        if (unaccented(capital) !== capital) add(unaccented(capital), code, 'capital');
      }
    }
    for (const [phrase, code, kind] of EXTRA_NAMES) this.entries.set(phrase, { code, kind });
    for (const party of ORGANIZATION_PARTY_DEFINITIONS) {
      this.names.set(party.code, party.name);
      for (const name of [party.name, ...party.names])
        this.entries.set(name, { code: party.code, kind: 'organization' });
    }
    for (const [city, code] of EXTRA_CITIES) add(city, code, 'capital');
    const phrases = [...this.entries.keys()].sort((a, b) => b.length - a.length).map(escape);
    this.pattern = new RegExp(
      // "U.S.Trade Representative": a name's full stop ends it even before a lost space
      `(?<![\\p{L}\\p{M}\\p{N}])(?:${phrases.join('|')})(?:(?<=\\.)|(?![\\p{L}\\p{M}\\p{N}]))`,
      'gu',
    );
  }

  /** Every mention of a country, organization party or capital, longest phrase first, in order. */
  find(text: string): PartyMention[] {
    const found: PartyMention[] = [];
    for (const match of text.matchAll(this.pattern)) {
      const entry = this.entries.get(match[0]);
      if (!entry) continue;
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (partOfRegion(text, start, match[0])) continue;
      const compound =
        /^-\p{Lu}/u.test(text.slice(end, end + 2)) || /\p{L}-$/u.test(text.slice(start - 2, start));
      found.push({ ...entry, start, end, text: match[0], ...(compound ? { compound } : {}) });
    }
    return africanUnion(text, found);
  }

  /** The party whose capital (or well-known diplomatic city) this is. */
  cityCountry(city: string): string | undefined {
    const entry = this.entries.get(city);
    if (entry?.kind === 'capital') return entry.code;
    // city-states: "Singapore" names the country and its capital
    return entry && this.cityStates.has(city) ? entry.code : undefined;
  }

  nameOf(code: string): string {
    return this.names.get(code) ?? code;
  }
}
