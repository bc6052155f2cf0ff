import countries from 'i18n-iso-countries';
import worldCountries from 'world-countries';
import { allParties } from '../country/country-codes';
import type {
  Dataset,
  DatasetInterest,
  DatasetMeeting,
  DatasetPerson,
  DatasetSource,
} from '../dataset/dataset.types';
import { Gazetteer } from '../extraction/gazetteer';
import { SectorMatcher } from '../extraction/sector-matcher';
import type { TaxonomySector } from '../sector/sector-taxonomy';
import type { StatementText } from './corpus';
import { rankOf } from './ranks';
import type { Speaker } from './speakers';
import { FactTools, statementFacts } from './statement-facts';

/** The UNGDC record on Harvard Dataverse: each statement's source is its file there. */
export const UNGDC_DOI = 'https://doi.org/10.7910/DVN/0TJX8Y';
export const UN_GENERAL_ASSEMBLY = 'un-general-assembly';

/** The corpus's codes that are no ISO alpha-3 of a current state: former states, the EU. */
const CORPUS_CODES: Record<string, string> = {
  YUG: 'YUCS',
  CSK: 'CSHH',
  DDR: 'DDDE',
  SUN: 'SUHH',
  USSR: 'SUHH',
  YMD: 'YDYE',
  SCG: 'CSXX',
  EU: 'EU',
};

/** The party code of a corpus code: alpha-2 for current states, ISO 3166-3 for former ones. */
export function partyResolver(): (iso3: string) => string | undefined {
  const byAlpha3 = new Map<string, string>();
  for (const party of allParties()) if (party.alpha3) byAlpha3.set(party.alpha3, party.code);
  return (iso3) => CORPUS_CODES[iso3] ?? byAlpha3.get(iso3);
}

/**
 * The English names of states: world-countries' alternative spellings include other
 * languages' ("Island" for Iceland), which a speech uses as ordinary words.
 */
function englishNames(): Set<string> {
  const names = new Set<string>(['Korea', 'America']);
  for (const country of worldCountries) {
    names.add(country.name.common);
    names.add(country.name.official);
  }
  for (const list of Object.values(countries.getNames('en', { select: 'all' }))) {
    for (const name of list) names.add(name);
  }
  return names;
}

export function factTools(taxonomy: TaxonomySector[]): FactTools {
  const sectors = taxonomy.map((s) => ({ ...s, top: s.parent ?? s.code }));
  const proper = new Set(
    taxonomy.flatMap((s) => [s.name, ...s.synonyms]).filter((p) => /^\p{Lu}/u.test(p)),
  );
  return {
    matcher: new SectorMatcher(sectors),
    gazetteer: new Gazetteer(),
    proper: new Set([...proper].map((p) => p.toLowerCase())),
    englishNames: englishNames(),
  };
}

const ordinal = (n: number) => {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
};

/** Lowercase kebab-case of a name, accents folded; empty when nothing Latin is left. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** What one statement becomes: its meeting, source and speaker. */
export interface ConvertedStatement {
  party: string;
  meeting: DatasetMeeting;
  source: DatasetSource;
  person?: DatasetPerson;
}

/** One statement as a GENERAL_DEBATE_STATEMENT meeting of [state, UN] with its sector facts. */
export function convertStatement(
  statement: StatementText,
  party: string,
  partyName: string,
  speaker: Speaker | undefined,
  tools: FactTools,
): ConvertedStatement {
  const name = `${statement.iso3}_${statement.session}_${statement.year}.txt`;
  const url = `${UNGDC_DOI}#${name}`;
  const session = ordinal(statement.session);
  const source: DatasetSource = {
    url,
    title: `${partyName} in the general debate of the ${session} session of the UN General Assembly (${statement.year}): UNGDC file ${name}`,
    publisher: UN_GENERAL_ASSEMBLY,
    // The corpus gives the year only: the end of that year, by when the record was issued.
    publishedAt: `${statement.year}-12-31T00:00:00Z`,
  };
  const personKey = speaker ? slug(speaker.name) : '';
  const person: DatasetPerson | undefined =
    speaker && personKey
      ? {
          key: `${personKey}-${party.toLowerCase()}`,
          name: speaker.name,
          country: party,
          ...(speaker.post
            ? { positions: [{ title: speaker.post.slice(0, 500), rank: rankOf(speaker.post) }] }
            : {}),
        }
      : undefined;
  const facts = statementFacts(statement.text, party, tools);
  const interests: DatasetInterest[] = facts.map((fact) => ({
    sector: fact.sector,
    country: party,
    ...(fact.partner ? { partner: fact.partner } : {}),
    ...(person ? { speaker: person.key } : {}),
    stance: fact.stance,
    note: `Named in ${fact.sentences} sentence${fact.sentences === 1 ? '' : 's'} of the ${statement.year} statement.`,
    source: url,
    evidence: fact.evidence.map((span) => ({
      start: span.start,
      end: span.end,
      text: statement.text.slice(span.start, span.end),
    })),
  }));
  const by = speaker
    ? `, delivered by ${speaker.name}${speaker.post ? `, ${speaker.post}` : ''}`
    : '';
  const meeting: DatasetMeeting = {
    key: `ungd-${statement.session}-${slug(statement.iso3)}`,
    title: `${partyName} at the UN General Debate, ${session} session (${statement.year})`,
    kind: 'GENERAL_DEBATE_STATEMENT',
    start: String(statement.year),
    city: 'New York',
    placeCountry: 'US',
    parties: [party, 'UN'],
    summary:
      `Statement of ${partyName} in the general debate of the ${session} session of the UN General Assembly${by}. ` +
      `Its sector facts are the sentences that name a sector (offsets into the text of UNGDC file ${name} as read, Markdown emphasis removed).`,
    sources: [url],
    ...(person
      ? {
          participants: [
            {
              person: person.key,
              country: party,
              role: 'HEAD_OF_DELEGATION',
              ...(speaker?.post ? { capacity: speaker.post.slice(0, 500) } : {}),
            },
          ],
        }
      : {}),
    interests,
  };
  return { party, meeting, source, ...(person ? { person } : {}) };
}

/** Every converted statement as one dataset; people merged by key, their posts collected. */
export function assembleDataset(
  statements: ConvertedStatement[],
  taxonomy: TaxonomySector[],
  description: string,
): Dataset {
  const people = new Map<string, DatasetPerson>();
  for (const { person } of statements) {
    if (!person) continue;
    const known = people.get(person.key);
    if (!known) {
      people.set(person.key, { ...person, positions: [...(person.positions ?? [])] });
      continue;
    }
    for (const position of person.positions ?? []) {
      if (!known.positions!.some((p) => p.title === position.title))
        known.positions!.push(position);
    }
  }
  for (const person of people.values()) if (!person.positions?.length) delete person.positions;
  return {
    format: 'cooperation-atlas/v1',
    name: 'UN General Debate statements: stated sector interests',
    description,
    sectors: taxonomy.map(({ code, name, description: text, parent, crsCode }) => ({
      code,
      name,
      description: text,
      ...(parent ? { parent } : {}),
      ...(crsCode ? { crsCode } : {}),
    })),
    organizations: [
      {
        key: UN_GENERAL_ASSEMBLY,
        name: 'United Nations General Assembly',
        kind: 'INTERNATIONAL_ORGANIZATION',
        countries: ['UN'],
        acronym: 'UNGA',
      },
    ],
    people: [...people.values()],
    sources: statements.map((s) => s.source),
    meetings: statements.map((s) => s.meeting),
  };
}
