import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Dataset, DatasetMeeting } from '../../src/modules/dataset/dataset.types';

export const BAKU_KEY = 'meeting-2022-08-25-bayramov-suh';

export function loadSeed(): Dataset {
  return JSON.parse(
    readFileSync(
      path.join(__dirname, '..', '..', 'datasets', 'azerbaijan-korea-2022.json'),
      'utf8',
    ),
  ) as Dataset;
}

/**
 * The seed's Baku meeting as one RecordMeetingInput, with every record it refers to defined
 * inline (by natural key), so one call records it on an empty database.
 */
export function bakuInput(data: Dataset = loadSeed()): Record<string, unknown> {
  const meeting = data.meetings!.find((m) => m.key === BAKU_KEY)!;
  const visit = data.meetings!.find((m) => m.key === meeting.visit)!;
  const org = (key: string) => {
    const o = data.organizations!.find((x) => x.key === key)!;
    return {
      key: o.key,
      name: o.name,
      kind: o.kind,
      acronym: o.acronym,
      countries: o.countries,
      parent: o.parent,
    };
  };
  const person = (key: string) => {
    const p = data.people!.find((x) => x.key === key)!;
    return { key: p.key, name: p.name, country: p.country, positions: p.positions ?? [] };
  };
  const sector = (code: string) => {
    const s = data.sectors!.find((x) => x.code === code)!;
    return {
      code: s.code,
      name: s.name,
      description: s.description,
      parent: s.parent,
      crsCode: s.crsCode,
    };
  };
  const source = (url: string) => {
    const s = data.sources!.find((x) => x.url === url)!;
    return {
      url: s.url,
      title: s.title,
      publisher: org(s.publisher),
      author: s.author ? person(s.author) : undefined,
      publishedAt: s.publishedAt,
      citedBody: s.citedBody ? org(s.citedBody) : undefined,
    };
  };
  // Organizations the people's positions refer to, and their parents.
  const positionOrgs = new Set<string>();
  const people = new Set<string>();
  for (const p of meeting.participants ?? []) if (p.person) people.add(p.person);
  for (const it of meeting.interests ?? []) if (it.speaker) people.add(it.speaker);
  for (const s of meeting.sources) {
    const author = data.sources!.find((x) => x.url === s)!.author;
    if (author) people.add(author);
  }
  for (const key of people) {
    for (const pos of person(key).positions)
      if (pos.organization) positionOrgs.add(pos.organization);
  }
  for (const key of [...positionOrgs]) {
    const parent = data.organizations!.find((o) => o.key === key)!.parent;
    if (parent) positionOrgs.add(parent);
  }
  const sectorParents = new Set<string>();
  for (const it of meeting.interests ?? []) {
    const parent = data.sectors!.find((s) => s.code === it.sector)!.parent;
    if (parent) sectorParents.add(parent);
  }
  return {
    key: meeting.key,
    title: meeting.title,
    kind: meeting.kind,
    start: meeting.start,
    end: meeting.end,
    city: meeting.city,
    placeCountry: meeting.placeCountry,
    hostCountry: meeting.hostCountry,
    parties: meeting.parties,
    summary: meeting.summary,
    visit: visitInput(visit),
    sources: meeting.sources.map(source),
    organizations: [...positionOrgs].map(org),
    people: [...people].map(person),
    sectors: [...sectorParents].map(sector),
    participants: (meeting.participants ?? []).map((p) => ({
      person: p.person ? { key: p.person } : undefined,
      description: p.description,
      country: p.country,
      organization: p.organization ? org(p.organization) : undefined,
      role: p.role,
      capacity: p.capacity,
    })),
    interests: (meeting.interests ?? []).map((it) => ({
      sector: sector(it.sector),
      country: it.country,
      partner: it.partner,
      speaker: it.speaker ? { key: it.speaker } : undefined,
      stance: it.stance,
      note: it.note,
      source: it.source,
    })),
  };
}

function visitInput(visit: DatasetMeeting) {
  return {
    key: visit.key,
    title: visit.title,
    kind: visit.kind,
    start: visit.start,
    end: visit.end,
    city: visit.city,
    placeCountry: visit.placeCountry,
    hostCountry: visit.hostCountry,
    parties: visit.parties,
    summary: visit.summary,
  };
}

/** Everything a client can read about a meeting, without database ids or timestamps of rows. */
export const MEETING_READBACK = `
  key title kind date datePrecision endsOn city summary
  placeCountry { code } hostCountry { code } parties { code }
  visit { key title kind date datePrecision summary placeCountry { code } hostCountry { code } parties { code } }
  sources {
    url title publishedAt
    publisher { key name kind acronym countries { code } parent { key } }
    author { key name country { code } positions { title rank start end organization { key } } }
    citedBody { key name kind acronym countries { code } }
  }
  participants {
    description role capacity country { code }
    person { key name country { code }
      positions { title rank start end organization { key name kind parent { key name } } } }
    organization { key name kind acronym countries { code } parent { key } }
  }
  interests {
    stance note country { code } partner { code } speaker { key name } source { url }
    sector { code name description crsCode parent { code name description crsCode } }
  }
`;
