import { EntityManager } from 'typeorm';
import { MeetingPlan, World } from './meetings';
import { Run } from './reference-data';

/**
 * Writes one batch of planned meetings in one transaction: meetings, a source each, parties,
 * one participant per party, interests. Returns the meetings, participants and interests written.
 */
export function writeMeetings(
  run: Run,
  world: World,
  plans: MeetingPlan[],
): Promise<{ meetings: number; participants: number; interests: number }> {
  return run.dataSource.transaction(async (em) => {
    const ids = await insertMeetings(run, em, plans);
    const sourceIds = await insertSources(run, world, em, plans, ids);
    await run.writer.insert(
      em,
      'meeting_party',
      [
        ['meeting_id', 'int'],
        ['country_id', 'int'],
      ],
      plans.flatMap((plan, index) => plan.parties.map((party) => [ids[index], party.id])),
    );
    const participants = await insertParticipants(run, world, em, plans, ids);
    const interestRows = plans.flatMap((plan, index) =>
      plan.interests.map(([sector, country, partner, speaker, stance]) => [
        ids[index],
        sector,
        country,
        partner,
        speaker,
        stance,
        'Generated interest.',
        sourceIds[index],
      ]),
    );
    await run.writer.insert(
      em,
      'sector_interest',
      [
        ['meeting_id', 'int'],
        ['sector_id', 'int'],
        ['country_id', 'int'],
        ['partner_id', 'int'],
        ['speaker_id', 'int'],
        ['stance', 'interest_stance'],
        ['note', 'text'],
        ['source_id', 'int'],
      ],
      interestRows,
    );
    return { meetings: ids.length, participants, interests: interestRows.length };
  });
}

/** Meeting ids in plan order. */
async function insertMeetings(run: Run, em: EntityManager, plans: MeetingPlan[]) {
  const meetings = (await run.writer.insert(
    em,
    'meeting',
    [
      ['key', 'text'],
      ['title', 'text'],
      ['kind', 'meeting_kind'],
      ['start_date', 'date'],
      ['date_precision', 'date_precision'],
      ['host_country_id', 'int'],
      ['place_country_id', 'int'],
      ['summary', 'text'],
    ],
    plans.map((plan) => plan.row),
    'id, key',
  )) as { id: number; key: string }[];
  const idByKey = new Map(meetings.map((row) => [row.key, row.id]));
  return plans.map((plan) => idByKey.get(plan.row[0] as string)!);
}

/** One report per meeting, by the first party's news agency; source ids in plan order. */
async function insertSources(
  run: Run,
  world: World,
  em: EntityManager,
  plans: MeetingPlan[],
  ids: number[],
) {
  const url = (plan: MeetingPlan) =>
    `https://example.org/atlas-generated/${run.seedValue}/${plan.row[0]}`;
  const sources = (await run.writer.insert(
    em,
    'source',
    [
      ['url', 'text'],
      ['title', 'text'],
      ['publisher_id', 'int'],
      ['published_at', 'timestamptz'],
    ],
    plans.map((plan) => [
      url(plan),
      `Report: ${plan.row[1]}`,
      world.news(plan.parties[0]),
      `${plan.date}T12:00:00Z`,
    ]),
    'id, url',
  )) as { id: number; url: string }[];
  const sourceByUrl = new Map(sources.map((row) => [row.url, row.id]));
  const sourceIds = plans.map((plan) => sourceByUrl.get(url(plan))!);
  await run.writer.insert(
    em,
    'meeting_source',
    [
      ['meeting_id', 'int'],
      ['source_id', 'int'],
    ],
    ids.map((id, index) => [id, sourceIds[index]]),
  );
  return sourceIds;
}

/** Each party's foreign minister (one of its people, drawn at random); returns how many. */
async function insertParticipants(
  run: Run,
  world: World,
  em: EntityManager,
  plans: MeetingPlan[],
  ids: number[],
) {
  const rows: unknown[][] = [];
  plans.forEach((plan, index) => {
    plan.parties.forEach((party, side) => {
      const people = world.peopleByParty.get(party.id) ?? [];
      const person = people[Math.floor(run.random() * people.length)];
      rows.push([
        ids[index],
        person,
        party.id,
        world.mfa(party),
        side === 0 ? 'HOST' : 'GUEST',
        'Minister of Foreign Affairs',
      ]);
    });
  });
  await run.writer.insert(
    em,
    'participant',
    [
      ['meeting_id', 'int'],
      ['person_id', 'int'],
      ['country_id', 'int'],
      ['organization_id', 'int'],
      ['role', 'participant_role'],
      ['capacity', 'text'],
    ],
    rows,
  );
  return rows.length;
}
