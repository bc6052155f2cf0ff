import {
  SEED_PLACEHOLDER_URL,
  SEED_REAL_URL,
  SeedSourceUrl1795870000100,
} from '../../migrations/1795870000100-SeedSourceUrl';
import { startTestApp, TestApp } from '../support/test-app';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

async function runMigration(direction: 'up' | 'down' = 'up'): Promise<void> {
  const runner = app.dataSource.createQueryRunner();
  try {
    await runner.startTransaction();
    await new SeedSourceUrl1795870000100()[direction](runner);
    await runner.commitTransaction();
  } finally {
    await runner.release();
  }
}

async function citations(url: string) {
  const [row]: {
    id: number | null;
    meetings: number;
    interests: number;
  }[] = await app.dataSource.query(
    `SELECT s.id,
            (SELECT count(*)::int FROM meeting_source ms WHERE ms.source_id = s.id) AS meetings,
            (SELECT count(*)::int FROM sector_interest si WHERE si.source_id = s.id) AS interests
       FROM (SELECT $1::text AS url) u LEFT JOIN source s ON s.url = u.url`,
    [url],
  );
  return row;
}

test('a database seeded under the placeholder gets the real address on the same source', async () => {
  const real = await citations(SEED_REAL_URL);
  expect(real.meetings).toBeGreaterThan(0);
  expect(real.interests).toBeGreaterThan(0);
  await runMigration('down');
  expect(await citations(SEED_PLACEHOLDER_URL)).toEqual(real);
  expect((await citations(SEED_REAL_URL)).id).toBeNull();
  await runMigration('up');
  expect(await citations(SEED_REAL_URL)).toEqual(real);
  expect((await citations(SEED_PLACEHOLDER_URL)).id).toBeNull();
});

test('when both addresses exist, everything citing the placeholder moves to the real source', async () => {
  const real = await citations(SEED_REAL_URL);
  // An older database: the placeholder cites every meeting and interest; the real one, one meeting.
  await app.dataSource.query(`UPDATE source SET url = $1 WHERE url = $2`, [
    SEED_PLACEHOLDER_URL,
    SEED_REAL_URL,
  ]);
  await app.dataSource.query(
    `INSERT INTO source (url, title, publisher_id, published_at)
     SELECT $1, title, publisher_id, published_at FROM source WHERE url = $2`,
    [SEED_REAL_URL, SEED_PLACEHOLDER_URL],
  );
  const added = await citations(SEED_REAL_URL);
  await app.dataSource.query(
    `INSERT INTO meeting_source (meeting_id, source_id)
     SELECT min(meeting_id), $1 FROM meeting_source`,
    [added.id],
  );
  await runMigration('up');
  const merged = await citations(SEED_REAL_URL);
  expect(merged).toEqual({ id: added.id, meetings: real.meetings, interests: real.interests });
  expect((await citations(SEED_PLACEHOLDER_URL)).id).toBeNull();
});
