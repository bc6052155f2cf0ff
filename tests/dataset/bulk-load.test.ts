import { DatasetService } from '../../src/modules/dataset/dataset.service';
import type { Dataset } from '../../src/modules/dataset/dataset.types';
import { syntheticDataset } from '../support/synthetic-dataset';
import { startTestApp, TestApp } from '../support/test-app';

let app: TestApp;
let datasets: DatasetService;
beforeAll(async () => {
  app = await startTestApp({ seed: false });
  datasets = new DatasetService(app.dataSource);
}, 180_000);
afterAll(() => app.close());

const MEETINGS = 120;
const PER_MEETING = 4;

async function rowCounts(): Promise<Record<string, number>> {
  const tables: { table_name: string }[] = await app.dataSource.query(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'migrations' ORDER BY 1",
  );
  const counts: Record<string, number> = {};
  for (const { table_name } of tables) {
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM "${table_name}"`);
    counts[table_name] = n;
  }
  return counts;
}

const snapshot = () =>
  Promise.all(
    ['meeting', 'participant', 'sector_interest', 'position', 'person', 'meeting_party'].map((t) =>
      app.dataSource.query(`SELECT * FROM "${t}" ORDER BY 1, 2`),
    ),
  );

const clone = (d: Dataset): Dataset => JSON.parse(JSON.stringify(d));

test('a synthetic dataset loads every record, each row once', async () => {
  const before = await rowCounts();
  const data = syntheticDataset({ meetings: MEETINGS, interestsPerMeeting: PER_MEETING });
  const result = await datasets.import(data, undefined, 'import');
  expect(result.userErrors).toEqual([]);
  const after = await rowCounts();
  const added = (table: string) => after[table] - before[table];
  const participants = data.meetings!.reduce((n, m) => n + (m.participants?.length ?? 0), 0);
  expect(added('meeting')).toBe(MEETINGS);
  expect(added('source')).toBe(MEETINGS);
  expect(added('sector_interest')).toBe(MEETINGS * PER_MEETING);
  expect(added('participant')).toBe(participants);
  expect(added('meeting_party')).toBe(MEETINGS * 2);
  expect(added('meeting_source')).toBe(MEETINGS);
  expect(added('person')).toBe(data.people!.length);
  expect(added('position')).toBe(data.people!.length);
  expect(added('organization')).toBe(data.organizations!.length);
  expect(added('bilateral_relation')).toBe(1);
  expect(added('agreement_organization')).toBe(1);
  // Every inserted row of an audited table has its audit entry, written in this transaction.
  expect(result.changes).toBe(added('audit_log'));

  const [visit] = await app.dataSource.query(
    `SELECT v.key FROM meeting m JOIN meeting v ON v.id = m.visit_id WHERE m.key = 'syn-meeting-7'`,
  );
  expect(visit).toEqual({ key: 'syn-meeting-5' });
  const [person] = await app.dataSource.query(
    `SELECT aliases FROM person WHERE key = 'syn-person-us-0'`,
  );
  expect(person.aliases).toEqual(['P0 US', 'Persona US']);
  const [audit] = await app.dataSource.query(
    `SELECT a.operation, a.changes FROM audit_log a JOIN meeting m ON m.id = a.entity_id
      WHERE a.entity = 'meeting' AND m.key = 'syn-meeting-0'`,
  );
  expect(audit.operation).toBe('import');
  expect(audit.changes.title).toEqual({ before: null, after: data.meetings![0].title });
  expect(audit.changes).not.toHaveProperty('version');
  expect(audit.changes).not.toHaveProperty('end_date');
});

test('loading the same file again changes nothing, and evidence left out is kept', async () => {
  const data = syntheticDataset({ meetings: MEETINGS, interestsPerMeeting: PER_MEETING });
  const counts = await rowCounts();
  const rows = await snapshot();
  const again = await datasets.import(data, undefined, 'import');
  expect(again.changes).toBe(0);
  expect(await rowCounts()).toEqual(counts);
  expect(await snapshot()).toEqual(rows);

  const withoutEvidence = clone(data);
  for (const m of withoutEvidence.meetings!) for (const i of m.interests ?? []) delete i.evidence;
  expect((await datasets.import(withoutEvidence)).changes).toBe(0);
  expect(await snapshot()).toEqual(rows);
});

test('a changed value updates only its row, and duplicates in a file count once', async () => {
  const data = syntheticDataset({ meetings: MEETINGS, interestsPerMeeting: PER_MEETING });
  const changed = clone(data);
  changed.meetings![3].title = 'A new title';
  changed.meetings![4].interests![1].note = 'A new note.';
  changed.meetings![5].participants!.push({ ...changed.meetings![5].participants![0] });
  const counts = await rowCounts();
  const result = await datasets.import(changed);
  expect(result.userErrors).toEqual([]);
  expect(result.changes).toBe(2);
  const [meeting] = await app.dataSource.query(
    `SELECT title, version FROM meeting WHERE key = 'syn-meeting-3'`,
  );
  expect(meeting).toEqual({ title: 'A new title', version: 2 });
  expect(await rowCounts()).toEqual({ ...counts, audit_log: counts.audit_log + 2 });
});

test('a file with one bad value deep inside writes nothing and names the field', async () => {
  const counts = await rowCounts();
  const data = syntheticDataset({
    meetings: MEETINGS,
    interestsPerMeeting: PER_MEETING,
    prefix: 'new',
  });
  data.meetings![MEETINGS - 1].interests![2].stance = 'LOVED';
  const result = await datasets.import(data);
  expect(result.summary).toBeFalsy();
  expect(result.userErrors).toEqual([
    expect.objectContaining({
      field: ['dataset', 'meetings', String(MEETINGS - 1), 'interests', '2', 'stance'],
    }),
  ]);
  expect(await rowCounts()).toEqual(counts);
});
