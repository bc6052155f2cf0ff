import { allParties } from '../country/country-codes';
import { PartyKind } from '../country/country.entity';
import { ORGANIZATION_PARTY_DEFINITIONS } from '../country/organization-parties';
import type { Dataset, DatasetMeeting, DatasetSector } from '../dataset/dataset.types';
import { Gazetteer } from '../extraction/gazetteer';
import { SectorMatcher } from '../extraction/sector-matcher';
import type { TaxonomySector } from '../sector/sector-taxonomy';
import type { HistoryCorpus, HistoryRecord } from './corpus';
import { groupRecords } from './grouping';
import { buildMeeting, BuildNotes } from './meeting-builder';
import { settleSides } from './people-mentions';
import { PeopleRegistry } from './people-registry';
import { readRecord, ReadRecord } from './read-record';
import { buildSources, HISTORY_ORGANIZATIONS } from './sources';
import { SurnameIndex } from './surnames';
import { UsOfficials } from './us-officials';

/** Where the records came from, for the dataset's description. */
export interface Snapshot {
  travels: string;
  visits: string;
}

export interface UnplacedSlug {
  slug: string;
  place: string;
  records: string[];
}

/** What the conversion did, in numbers (docs/history-import-quality.md is written from it). */
export interface ConversionReport {
  records: { presidentTrips: number; secretaryTrips: number; visits: number };
  meetings: number;
  /** Records that became part of a meeting other records also describe. */
  mergedRecords: number;
  /** Meetings made of more than one record. */
  mergedMeetings: number;
  /** Records read as two meetings: an event shared with other records, and talks of their own. */
  splitRecords: number;
  largestMerge: { key: string; records: number; title: string };
  unplacedSlugs: UnplacedSlug[];
  /** Surnames alone read as the one person other records name in full. */
  resolvedSurnames: number;
  /** People named by one word that is no full name ("President Rhee"): kept as descriptions. */
  unnamedPeople: Map<string, number>;
  assumedSides: number;
  people: number;
  participants: number;
  namedParticipants: number;
  recordsWithSector: number;
  interests: number;
  interestsBySector: Map<string, number>;
  meetingsByKind: Map<string, number>;
  meetingsByOrganization: Map<string, number>;
  formerStateMeetings: Map<string, number>;
  parties: number;
  sources: number;
}

const count = <K>(map: Map<K, number>, key: K, by = 1) => map.set(key, (map.get(key) ?? 0) + by);

/** The short name of each party for prose: world-countries' common name, an acronym for bodies. */
function partyNames(gazetteer: Gazetteer) {
  const names = new Map<string, string>();
  for (const party of allParties()) names.set(party.code, party.name);
  for (const org of ORGANIZATION_PARTY_DEFINITIONS) names.set(org.code, org.names[0] ?? org.name);
  return (code: string) =>
    names.get(code) && !gazetteer.names.has(code) ? names.get(code)! : gazetteer.nameOf(code);
}

/** Every full name a record gives with an office and side, for surnames alone elsewhere. */
function indexSurnames(read: ReadRecord[]): SurnameIndex {
  const index = new SurnameIndex();
  for (const r of read) {
    for (const v of r.visitors) {
      if (v.name && v.title && /\s/.test(v.name))
        index.add(r.partner, v.title, v.name, r.record.start);
    }
    for (const p of r.people) {
      if (!p.surnameOnly && !p.official) index.add(p.side, p.title, p.name, r.record.start);
    }
  }
  return index;
}

function sectorsUsed(taxonomy: TaxonomySector[], meetings: DatasetMeeting[]): DatasetSector[] {
  const used = new Set(meetings.flatMap((m) => (m.interests ?? []).map((i) => i.sector)));
  for (const sector of taxonomy)
    if (used.has(sector.code) && sector.parent) used.add(sector.parent);
  return taxonomy
    .filter((s) => used.has(s.code))
    .map(({ code, name, description, parent, crsCode }) => ({
      code,
      name,
      description,
      ...(parent ? { parent } : {}),
      ...(crsCode ? { crsCode } : {}),
    }));
}

function describe(corpus: HistoryCorpus, snapshot: Snapshot): string {
  return (
    'Foreign travels of the Presidents and Secretaries of State of the United States and visits by ' +
    'foreign leaders to the United States, converted from the Office of the Historian, U.S. ' +
    `Department of State (history.state.gov): HistoryAtState/travels ${snapshot.travels} and ` +
    `HistoryAtState/visits ${snapshot.visits}, ${corpus.trips.length} trips and ` +
    `${corpus.visits.length} visits. Public domain in the United States, and dedicated worldwide ` +
    'under CC0 1.0. Titles, summaries and notes are written by the converter (npm run import:history).'
  );
}

/** Converts the corpus into one cooperation-atlas/v1 dataset and a report of what it did. */
export function convertHistory(
  corpus: HistoryCorpus,
  taxonomy: TaxonomySector[],
  snapshot: Snapshot,
): { dataset: Dataset; report: ConversionReport } {
  const gazetteer = new Gazetteer();
  const context = {
    gazetteer,
    officials: new UsOfficials(corpus.presidents, corpus.trips),
    sectors: new SectorMatcher(taxonomy.map((s) => ({ ...s, top: s.parent ?? s.code }))),
  };
  const unplaced = new Map<string, UnplacedSlug>();
  const read: ReadRecord[] = [];
  const records: HistoryRecord[] = [...corpus.trips, ...corpus.visits];
  for (const record of records) {
    const parts = readRecord(record, context);
    if (parts) read.push(...parts);
    else {
      const entry = unplaced.get(record.slug) ?? {
        slug: record.slug,
        place: record.place,
        records: [],
      };
      entry.records.push(`${record.file}#${record.id}`);
      unplaced.set(record.slug, entry);
    }
  }
  settleSides(read);
  const surnames = indexSurnames(read);
  const parties = allParties();
  const names = partyNames(gazetteer);
  const people = new PeopleRegistry(corpus.presidents);
  const build = {
    people,
    names,
    parties: new Set(parties.flatMap((p) => [p.code])),
    states: new Set(parties.filter((p) => p.kind === PartyKind.STATE).map((p) => p.code)),
    sectorNames: new Map(taxonomy.map((s) => [s.code, s.name])),
    surnames,
  };
  const groups = groupRecords(read);
  const notes: BuildNotes[] = [];
  const meetings = groups.map((group) => {
    const built = buildMeeting(group, build);
    notes.push(built.notes);
    return built.meeting;
  });
  const dataset: Dataset = {
    format: 'cooperation-atlas/v1',
    name: 'US diplomatic travels and foreign leaders’ visits (Office of the Historian)',
    description: describe(corpus, snapshot),
    sectors: sectorsUsed(taxonomy, meetings),
    organizations: HISTORY_ORGANIZATIONS,
    people: people.list(),
    sources: buildSources([...new Set(read.map((r) => r.record))]),
    meetings,
  };
  return {
    dataset,
    report: reportOf(
      corpus,
      read,
      groups,
      meetings,
      notes,
      [...unplaced.values()],
      dataset,
      build.states,
    ),
  };
}

function reportOf(
  corpus: HistoryCorpus,
  read: ReadRecord[],
  groups: ReadRecord[][],
  meetings: DatasetMeeting[],
  notes: BuildNotes[],
  unplacedSlugs: UnplacedSlug[],
  dataset: Dataset,
  states: Set<string>,
): ConversionReport {
  const merged = groups.filter((g) => g.length > 1);
  const largest = groups.reduce((best, g, i) => (g.length > groups[best].length ? i : best), 0);
  const unnamedPeople = new Map<string, number>();
  for (const n of notes) for (const u of n.unnamed) count(unnamedPeople, u);
  const interestsBySector = new Map<string, number>();
  const meetingsByKind = new Map<string, number>();
  const meetingsByOrganization = new Map<string, number>();
  const formerStateMeetings = new Map<string, number>();
  const formerStates = new Set(
    allParties()
      .filter((p) => p.validTo)
      .map((p) => p.code),
  );
  const partiesSeen = new Set<string>();
  for (const m of meetings) {
    count(meetingsByKind, m.kind);
    for (const i of m.interests ?? []) count(interestsBySector, i.sector);
    for (const p of m.parties) {
      partiesSeen.add(p);
      if (!states.has(p)) count(meetingsByOrganization, p);
      if (formerStates.has(p)) count(formerStateMeetings, p);
    }
  }
  const participants = meetings.flatMap((m) => m.participants ?? []);
  return {
    records: {
      presidentTrips: corpus.trips.filter((t) => t.role === 'president').length,
      secretaryTrips: corpus.trips.filter((t) => t.role === 'secretary').length,
      visits: corpus.visits.length,
    },
    meetings: meetings.length,
    mergedRecords: merged.reduce((n, g) => n + g.length, 0),
    mergedMeetings: merged.length,
    splitRecords: read.filter((r) => r.part === 'talks').length,
    largestMerge: {
      key: meetings[largest].key,
      records: groups[largest].length,
      title: meetings[largest].title,
    },
    unplacedSlugs,
    unnamedPeople,
    assumedSides: notes.reduce((n, x) => n + x.assumedSides, 0),
    resolvedSurnames: notes.reduce((n, x) => n + x.resolvedSurnames, 0),
    people: dataset.people?.length ?? 0,
    participants: participants.length,
    namedParticipants: participants.filter((p) => p.person).length,
    recordsWithSector: new Set(read.filter((r) => r.sectors.length).map((r) => r.record)).size,
    interests: meetings.reduce((n, m) => n + (m.interests?.length ?? 0), 0),
    interestsBySector,
    meetingsByKind,
    meetingsByOrganization,
    formerStateMeetings,
    parties: partiesSeen.size,
    sources: dataset.sources?.length ?? 0,
  };
}
