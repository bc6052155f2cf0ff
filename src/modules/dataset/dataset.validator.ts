import { MAX_EVIDENCE } from '../../common/graphql/evidence';
import { parsePartialDate } from '../../common/partial-date';
import { AgreementKind } from '../agreement/agreement.entity';
import { allParties } from '../country/country-codes';
import { InterestStance } from '../interest/interest.entity';
import { MeetingKind } from '../meeting/meeting.entity';
import { ParticipantRole } from '../meeting/participant.entity';
import { OrganizationKind } from '../organization/organization.entity';
import { PositionRank } from '../person/position.entity';

/** Why a dataset value was refused; the userError code importDataset answers with. */
export type DatasetProblemCode = 'INVALID' | 'REQUIRED' | 'TOO_LONG' | 'NOT_FOUND' | 'DUPLICATE';

export interface DatasetProblem {
  /** JSONPath of the offending value, e.g. $.meetings[1].interests[0].sector */
  path: string;
  message: string;
  code: DatasetProblemCode;
}

type Json = Record<string, unknown>;

/**
 * Checks a whole dataset before anything is written, collecting every problem with its JSON
 * path: shapes, enum values, partial dates, and that every reference resolves.
 */
export function validateDataset(input: unknown): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const fail = (path: string, message: string, code: DatasetProblemCode = 'INVALID') =>
    problems.push({ path, message, code });
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    fail('$', 'a dataset must be a JSON object');
    return problems;
  }
  const data = input as Json;
  if (data.format !== 'cooperation-atlas/v1') fail('$.format', 'must be "cooperation-atlas/v1"');
  if (typeof data.name !== 'string' || !data.name.trim())
    fail('$.name', 'must be a non-empty string');

  const parties = new Set(
    allParties().flatMap((p) => [p.code, p.alpha3].filter(Boolean) as string[]),
  );
  const list = (key: string): Json[] => {
    const value = data[key];
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      fail(`$.${key}`, 'must be an array');
      return [];
    }
    return value.map((item, i) => {
      if (typeof item !== 'object' || item === null) fail(`$.${key}[${i}]`, 'must be an object');
      return (item ?? {}) as Json;
    });
  };
  const text = (obj: Json, path: string, field: string, required = true, max = 5000) => {
    const value = obj[field];
    if (value === undefined || value === null) {
      if (required) fail(`${path}.${field}`, 'is required', 'REQUIRED');
      return undefined;
    }
    if (typeof value !== 'string' || !value.trim())
      fail(`${path}.${field}`, 'must be a non-empty string');
    else if (value.length > max)
      fail(`${path}.${field}`, `must be at most ${max} characters`, 'TOO_LONG');
    return typeof value === 'string' ? value : undefined;
  };
  const oneOf = (obj: Json, path: string, field: string, values: object, required = true) => {
    const value = text(obj, path, field, required, 64);
    if (value !== undefined && !Object.values(values).includes(value)) {
      fail(`${path}.${field}`, `must be one of ${Object.values(values).join(', ')}`);
    }
  };
  const date = (obj: Json, path: string, field: string, required = true) => {
    const value = text(obj, path, field, required, 10);
    if (value !== undefined && !parsePartialDate(value)) {
      fail(`${path}.${field}`, 'must be a date of the form YYYY, YYYY-MM or YYYY-MM-DD');
    }
    return value ? parsePartialDate(value) : null;
  };
  const evidence = (value: unknown, path: string) => {
    if (value === undefined) return;
    if (!Array.isArray(value) || value.length > MAX_EVIDENCE) {
      fail(path, `must be an array of at most ${MAX_EVIDENCE} pieces of evidence`);
      return;
    }
    value.forEach((item: Json, j) => {
      const at = `${path}[${j}]`;
      const { start, end, text: words } = (item ?? {}) as Json;
      if (!Number.isInteger(start) || (start as number) < 0) {
        fail(`${at}.start`, 'must be an integer of at least 0');
      } else if (!Number.isInteger(end) || (end as number) <= (start as number)) {
        fail(`${at}.end`, 'must be an integer greater than start');
      } else if (
        typeof words !== 'string' ||
        words.length !== (end as number) - (start as number)
      ) {
        fail(`${at}.text`, 'must be the characters from start to end');
      }
    });
  };
  const party = (value: unknown, path: string) => {
    if (typeof value !== 'string' || !parties.has(value.trim().toUpperCase())) {
      fail(path, `unknown country or party code ${JSON.stringify(value)}`, 'NOT_FOUND');
    }
  };
  const ref = (value: unknown, path: string, known: Set<string>, what: string) => {
    if (value === undefined) return;
    if (typeof value !== 'string' || !known.has(value)) {
      fail(path, `refers to unknown ${what} ${JSON.stringify(value)}`, 'NOT_FOUND');
    }
  };
  const keys = (items: Json[], kind: string, field: string) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const key = item[field];
      if (typeof key === 'string' && seen.has(key))
        fail(`$.${kind}[${i}].${field}`, `duplicate ${field} "${key}"`, 'DUPLICATE');
      if (typeof key === 'string') seen.add(key);
    });
    return seen;
  };

  const sectors = list('sectors');
  const organizations = list('organizations');
  const people = list('people');
  const sources = list('sources');
  const meetings = list('meetings');
  const sectorCodes = keys(sectors, 'sectors', 'code');
  const orgKeys = keys(organizations, 'organizations', 'key');
  const personKeys = keys(people, 'people', 'key');
  const sourceUrls = keys(sources, 'sources', 'url');
  const meetingKeys = keys(meetings, 'meetings', 'key');
  keys(list('agreements'), 'agreements', 'key');

  const declared = new Set<string>();
  sectors.forEach((s, i) => {
    const path = `$.sectors[${i}]`;
    const code = text(s, path, 'code', true, 64);
    if (code && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(code))
      fail(`${path}.code`, 'must be lowercase kebab-case');
    text(s, path, 'name', true, 200);
    text(s, path, 'description');
    text(s, path, 'crsCode', false, 8);
    if (
      s.synonyms !== undefined &&
      (!Array.isArray(s.synonyms) ||
        s.synonyms.some(
          (phrase) => typeof phrase !== 'string' || !phrase.trim() || phrase.length > 120,
        ))
    ) {
      fail(
        `${path}.synonyms`,
        'must be a list of phrases (non-empty strings of at most 120 characters)',
      );
    }
    if (s.parent !== undefined && !declared.has(s.parent as string)) {
      fail(
        `${path}.parent`,
        `refers to unknown or later sector ${JSON.stringify(s.parent)}`,
        'NOT_FOUND',
      );
    }
    if (code) declared.add(code);
  });
  organizations.forEach((o, i) => {
    const path = `$.organizations[${i}]`;
    text(o, path, 'key', true, 200);
    text(o, path, 'name', true, 500);
    text(o, path, 'acronym', false, 50);
    oneOf(o, path, 'kind', OrganizationKind);
    ref(o.parent, `${path}.parent`, orgKeys, 'organization');
    if (!Array.isArray(o.countries)) fail(`${path}.countries`, 'must be an array of party codes');
    else o.countries.forEach((c, j) => party(c, `${path}.countries[${j}]`));
  });
  people.forEach((p, i) => {
    const path = `$.people[${i}]`;
    text(p, path, 'key', true, 200);
    text(p, path, 'name', true, 300);
    if (p.aliases !== undefined) {
      if (!Array.isArray(p.aliases) || p.aliases.length > 20) {
        fail(`${path}.aliases`, 'must be an array of at most 20 names');
      } else {
        p.aliases.forEach((alias, j) => {
          if (typeof alias !== 'string' || !alias.trim() || alias.length > 300) {
            fail(`${path}.aliases[${j}]`, 'must be a non-empty string of at most 300 characters');
          }
        });
      }
    }
    if (p.country !== undefined) party(p.country, `${path}.country`);
    ((p.positions as Json[] | undefined) ?? []).forEach((pos, j) => {
      const at = `${path}.positions[${j}]`;
      text(pos, at, 'title', true, 500);
      oneOf(pos, at, 'rank', PositionRank);
      ref(pos.organization, `${at}.organization`, orgKeys, 'organization');
      const start = date(pos, at, 'start', false);
      const end = date(pos, at, 'end', false);
      if (start && end && end.date < start.date) fail(`${at}.end`, 'must not be before start');
    });
  });
  sources.forEach((s, i) => {
    const path = `$.sources[${i}]`;
    const url = text(s, path, 'url', true, 2000);
    if (url && !/^https?:\/\/[^\s/$.?#].[^\s]*$/i.test(url))
      fail(`${path}.url`, 'must be an http(s) URL');
    text(s, path, 'title', true, 1000);
    ref(s.publisher, `${path}.publisher`, orgKeys, 'organization');
    if (s.publisher === undefined) fail(`${path}.publisher`, 'is required', 'REQUIRED');
    ref(s.author, `${path}.author`, personKeys, 'person');
    ref(s.citedBody, `${path}.citedBody`, orgKeys, 'organization');
    const at = text(s, path, 'publishedAt', true, 40);
    if (at && Number.isNaN(Date.parse(at)))
      fail(`${path}.publishedAt`, 'must be an ISO 8601 timestamp');
  });
  const sourceList = (obj: Json, path: string) => {
    if (!Array.isArray(obj.sources) || obj.sources.length === 0) {
      fail(`${path}.sources`, 'must list at least one source URL');
      return;
    }
    obj.sources.forEach((url, j) => ref(url, `${path}.sources[${j}]`, sourceUrls, 'source'));
  };
  meetings.forEach((m, i) => {
    const path = `$.meetings[${i}]`;
    text(m, path, 'key', true, 200);
    text(m, path, 'title', true, 500);
    text(m, path, 'summary', true, 10000);
    text(m, path, 'city', false, 200);
    oneOf(m, path, 'kind', MeetingKind);
    const start = date(m, path, 'start');
    const end = date(m, path, 'end', false);
    if (start && end && end.date < start.date) fail(`${path}.end`, 'must not be before start');
    if (m.placeCountry !== undefined) party(m.placeCountry, `${path}.placeCountry`);
    if (m.hostCountry !== undefined) party(m.hostCountry, `${path}.hostCountry`);
    if (!Array.isArray(m.parties) || m.parties.length === 0)
      fail(`${path}.parties`, 'must list the parties');
    else m.parties.forEach((c, j) => party(c, `${path}.parties[${j}]`));
    if (m.visit !== undefined && (m.visit === m.key || !meetingKeys.has(m.visit as string))) {
      fail(`${path}.visit`, `refers to unknown visit ${JSON.stringify(m.visit)}`, 'NOT_FOUND');
    }
    sourceList(m, path);
    ((m.participants as Json[] | undefined) ?? []).forEach((p, j) => {
      const at = `${path}.participants[${j}]`;
      ref(p.person, `${at}.person`, personKeys, 'person');
      text(p, at, 'description', false, 1000);
      if (p.person === undefined && p.description === undefined) {
        fail(at, 'needs a person or a description');
      }
      party(p.country, `${at}.country`);
      ref(p.organization, `${at}.organization`, orgKeys, 'organization');
      oneOf(p, at, 'role', ParticipantRole);
      text(p, at, 'capacity', false, 500);
      evidence(p.evidence, `${at}.evidence`);
    });
    ((m.interests as Json[] | undefined) ?? []).forEach((it, j) => {
      const at = `${path}.interests[${j}]`;
      ref(it.sector, `${at}.sector`, sectorCodes, 'sector');
      if (it.sector === undefined) fail(`${at}.sector`, 'is required', 'REQUIRED');
      party(it.country, `${at}.country`);
      if (it.partner !== undefined) {
        party(it.partner, `${at}.partner`);
        if (String(it.country).toUpperCase() === String(it.partner).toUpperCase())
          fail(`${at}.partner`, 'must differ from country');
      }
      ref(it.speaker, `${at}.speaker`, personKeys, 'person');
      oneOf(it, at, 'stance', InterestStance);
      text(it, at, 'note');
      ref(it.source, `${at}.source`, sourceUrls, 'source');
      if (it.source === undefined) fail(`${at}.source`, 'is required', 'REQUIRED');
      evidence(it.evidence, `${at}.evidence`);
    });
  });
  list('relations').forEach((r, i) => {
    const path = `$.relations[${i}]`;
    if (!Array.isArray(r.parties) || r.parties.length !== 2)
      fail(`${path}.parties`, 'must be two party codes');
    else {
      r.parties.forEach((c, j) => party(c, `${path}.parties[${j}]`));
      if (String(r.parties[0]).toUpperCase() === String(r.parties[1]).toUpperCase()) {
        fail(`${path}.parties`, 'must be two different parties');
      }
    }
    date(r, path, 'established');
    text(r, path, 'note', false);
    sourceList(r, path);
  });
  list('agreements').forEach((a, i) => {
    const path = `$.agreements[${i}]`;
    text(a, path, 'key', true, 200);
    text(a, path, 'name', true, 500);
    text(a, path, 'summary');
    oneOf(a, path, 'kind', AgreementKind);
    date(a, path, 'start', false);
    if (!Array.isArray(a.countries) || a.countries.length === 0)
      fail(`${path}.countries`, 'must list the parties');
    else a.countries.forEach((c, j) => party(c, `${path}.countries[${j}]`));
    ((a.organizations as unknown[] | undefined) ?? []).forEach((o, j) =>
      ref(o, `${path}.organizations[${j}]`, orgKeys, 'organization'),
    );
    ((a.sectors as unknown[] | undefined) ?? []).forEach((s, j) =>
      ref(s, `${path}.sectors[${j}]`, sectorCodes, 'sector'),
    );
    sourceList(a, path);
  });
  return problems;
}
