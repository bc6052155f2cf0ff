import { readFileSync } from 'node:fs';
import { DatasetService } from '../../src/modules/dataset/dataset.service';
import { seed, SEED_FILE } from '../../src/modules/dataset/seed';
import { startTestApp, TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ seed: false });
});
afterAll(() => app.close());

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

test('seeding loads the article and seeding again changes nothing', async () => {
  const summary = await seed(app.dataSource);
  expect(summary).toMatchObject({ meetings: 5, relations: 1, agreements: 2 });
  const first = await rowCounts();
  expect(first.meeting).toBe(5);
  expect(first.sector_interest).toBe(summary.interests);
  expect(first.country).toBeGreaterThanOrEqual(249);
  const snapshot = await app.dataSource.query('SELECT * FROM meeting ORDER BY id');
  await seed(app.dataSource);
  expect(await rowCounts()).toEqual(first);
  expect(await app.dataSource.query('SELECT * FROM meeting ORDER BY id')).toEqual(snapshot);
});

test('a dataset with one bad row writes nothing and names the row', async () => {
  const before = await rowCounts();
  const dataset = JSON.parse(readFileSync(SEED_FILE, 'utf8'));
  // A new, valid meeting ahead of one bad interest: neither may be written.
  dataset.meetings.unshift({ ...dataset.meetings[4], key: 'a-new-meeting', visit: undefined });
  dataset.meetings[2].interests.push({ ...dataset.meetings[2].interests[0], stance: 'LOVED' });
  const bad = `$.meetings[2].interests[${dataset.meetings[2].interests.length - 1}].stance`;
  await expect(new DatasetService(app.dataSource).load(dataset)).rejects.toMatchObject({
    extensions: {
      code: 'BAD_USER_INPUT',
      problems: [expect.objectContaining({ path: bad })],
    },
  });
  expect(await rowCounts()).toEqual(before);
});
