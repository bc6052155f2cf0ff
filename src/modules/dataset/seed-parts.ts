import { EntityManager } from 'typeorm';
import { KeyMap } from './dataset-keys';
import { Dataset, DatasetMeeting } from './dataset.types';
import type { KnownRefs } from './dataset.writer';

/**
 * Meetings per transaction of a seed file: on the embedded database (one connection) a request
 * waits while a transaction is open, so a big file is written in parts this size.
 */
export const SEED_PART_MEETINGS = 1000;

/**
 * A file cut into parts of at most `size` meetings (a visit and the meetings within it stay in
 * one part, as a part resolves visits among its own meetings). The first part carries every
 * record that is not a meeting; the others refer to those by key (`lookupRefs`).
 */
export function seedParts(data: Dataset, size = SEED_PART_MEETINGS): Dataset[] {
  const groups = new Map<string, DatasetMeeting[]>();
  for (const m of data.meetings ?? []) {
    const group = m.visit ?? m.key;
    const list = groups.get(group);
    if (list) list.push(m);
    else groups.set(group, [m]);
  }
  const parts: DatasetMeeting[][] = [[]];
  for (const group of groups.values()) {
    const last = parts[parts.length - 1];
    if (last.length > 0 && last.length + group.length > size) parts.push([...group]);
    else last.push(...group);
  }
  return parts.map((meetings, i) =>
    i === 0 ? { ...data, meetings } : { format: data.format, name: data.name, meetings },
  );
}

/** The stored ids of the sectors, organizations, people and sources `meetings` name. */
export async function lookupRefs(
  em: EntityManager,
  meetings: DatasetMeeting[],
): Promise<KnownRefs> {
  const sectors = new Set<string>();
  const orgs = new Set<string>();
  const people = new Set<string>();
  const sources = new Set<string>();
  for (const m of meetings) {
    m.sources.forEach((u) => sources.add(u));
    for (const p of m.participants ?? []) {
      if (p.person) people.add(p.person);
      if (p.organization) orgs.add(p.organization);
    }
    for (const it of m.interests ?? []) {
      sectors.add(it.sector);
      sources.add(it.source);
      if (it.speaker) people.add(it.speaker);
    }
  }
  const ids = async (table: string, key: string, keys: Set<string>) => {
    const found: { id: number; k: string }[] = await em.query(
      `SELECT id, "${key}" AS k FROM "${table}" WHERE "${key}" = ANY($1::text[])`,
      [[...keys]],
    );
    return KeyMap.from(new Map(found.map((r) => [r.k, r.id])));
  };
  return {
    sectorIds: await ids('sector', 'code', sectors),
    orgIds: await ids('organization', 'key', orgs),
    personIds: await ids('person', 'key', people),
    sourceIds: await ids('source', 'url', sources),
  };
}
