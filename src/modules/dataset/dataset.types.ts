/**
 * The public Cooperation Atlas dataset format (version 1). `npm run seed` loads one of these,
 * and bulk import takes the same shape. docs/dataset-format.md documents every field.
 *
 * Records refer to each other by natural key: parties by code (ISO alpha-2/alpha-3 or an
 * organization-party code such as EU), sectors by code, sources by URL, and people,
 * organizations, meetings and agreements by their dataset `key`.
 */

export type DatasetDatePrecision = 'DAY' | 'MONTH' | 'YEAR';

/** A date in ISO 8601 reduced precision: "2022-08-25", "2022-07" or "2009". */
export type DatasetPartialDate = string;

export interface DatasetPosition {
  title: string;
  organization?: string;
  rank: string;
  start?: DatasetPartialDate;
  end?: DatasetPartialDate;
}

export interface DatasetPerson {
  key: string;
  name: string;
  /** Other spellings of the name: romanizations, native script. */
  aliases?: string[];
  country?: string;
  positions?: DatasetPosition[];
}

export interface DatasetOrganization {
  key: string;
  name: string;
  kind: string;
  countries: string[];
  parent?: string;
  acronym?: string;
}

export interface DatasetSource {
  url: string;
  title: string;
  publisher: string;
  author?: string;
  publishedAt: string;
  citedBody?: string;
}

export interface DatasetSector {
  code: string;
  name: string;
  description: string;
  parent?: string;
  crsCode?: string;
  /** Phrases reports use for the sector; report extraction matches them. */
  synonyms?: string[];
}

/** Words of the source report supporting a fact: offsets into its text, as in Evidence. */
export interface DatasetEvidence {
  start: number;
  end: number;
  text: string;
}

export interface DatasetParticipant {
  person?: string;
  description?: string;
  country: string;
  organization?: string;
  role: string;
  capacity?: string;
  evidence?: DatasetEvidence[];
}

export interface DatasetInterest {
  sector: string;
  country: string;
  /** Left out when the source names no partner (a statement at the UN General Debate). */
  partner?: string;
  speaker?: string;
  stance: string;
  note: string;
  source: string;
  evidence?: DatasetEvidence[];
}

export interface DatasetMeeting {
  key: string;
  title: string;
  kind: string;
  start: DatasetPartialDate;
  end?: DatasetPartialDate;
  city?: string;
  placeCountry?: string;
  hostCountry?: string;
  parties: string[];
  summary: string;
  visit?: string;
  sources: string[];
  participants?: DatasetParticipant[];
  interests?: DatasetInterest[];
}

export interface DatasetRelation {
  parties: [string, string];
  established: DatasetPartialDate;
  note?: string;
  sources: string[];
}

export interface DatasetAgreement {
  key: string;
  name: string;
  kind: string;
  summary: string;
  start?: DatasetPartialDate;
  countries: string[];
  organizations?: string[];
  sectors?: string[];
  sources: string[];
}

export interface Dataset {
  format: 'cooperation-atlas/v1';
  name: string;
  description?: string;
  sectors?: DatasetSector[];
  organizations?: DatasetOrganization[];
  people?: DatasetPerson[];
  sources?: DatasetSource[];
  meetings?: DatasetMeeting[];
  relations?: DatasetRelation[];
  agreements?: DatasetAgreement[];
}
