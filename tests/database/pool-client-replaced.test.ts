import 'reflect-metadata';
import type { Pool } from 'pg';
import { bearer, issueKeys, Keys } from '../curation/helpers';
import { seedReport } from '../extraction/support';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The embedded database has one session (PGlite behind pglite-socket) that outlives any pg
 * client: when the pool replaces its client, the new one must find a clean session, or the
 * prepared lookups collide with the statements the old client left (SQLSTATE 42P05). On the
 * server a new client is a new session, and the same requests must pass there too.
 */
let app: TestApp;
let keys: Keys;

beforeAll(async () => {
  // No answer cache: every request below must run its lookups.
  app = await startTestApp({ answerCache: false });
  keys = await issueKeys(app.dataSource);
});
afterAll(() => app?.close());

const pool = () => (app.dataSource.driver as unknown as { master: Pool }).master;

const LOOKUPS = `query Lookups($report: ReportInput!) {
  sectorInterest(filter: { countryCodes: ["KR"] }, groupBy: [SECTOR]) { sector { code parent { code } } mentions }
  sector(code: "alternative-energy") { code parent { code } }
  extractMeeting(report: $report) { interests { sector { code parent { code } } } }
}`;

async function lookups() {
  const res = await app.gql<{
    sectorInterest: { sector: { code: string } }[];
    sector: { parent: { code: string } };
    extractMeeting: { interests: { sector: { code: string } }[] };
  }>(LOOKUPS, { report: { text: seedReport() } }, bearer(keys.editor));
  expect(res.errors).toBeUndefined();
  expect(res.status).toBe(200);
  return res.data!;
}

/** Every way the pool lets a client go: each must leave the next client a working session. */
const replacements: [string, () => Promise<void>][] = [
  [
    'released with an error (as after a failed request)',
    async () => {
      const client = await pool().connect();
      client.release(new Error('discarded by the test'));
    },
  ],
  [
    'its connection closed under it',
    async () => {
      const client = await pool().connect();
      const ended = new Promise((resolve) => client.once('end', resolve));
      client.on('error', () => undefined);
      (
        client as unknown as { connection: { stream: { destroy(): void } } }
      ).connection.stream.destroy();
      await ended;
      client.release(new Error('connection lost'));
    },
  ],
];

test.each(replacements)(
  'the DataLoader lookups answer after the pool client is %s',
  async (_how, replace) => {
    const before = await lookups();
    expect(before.sectorInterest.length).toBeGreaterThan(0);
    expect(before.sector.parent.code).toBe('energy');
    expect(before.extractMeeting.interests.length).toBeGreaterThan(0);
    await replace();
    expect(await lookups()).toEqual(before);
    // Twice: the statements the new client prepared are reused by it.
    expect(await lookups()).toEqual(before);
  },
);

test('a transaction and session settings left by a lost client do not reach the next one', async () => {
  const old = await pool().connect();
  await old.query('BEGIN');
  await old.query(`INSERT INTO sector (code, name, description) VALUES ('leaked', 'Leaked', 'x')`);
  await old.query(`SELECT set_config('atlas.leaked', 'yes', false)`);
  old.release(new Error('lost mid-transaction'));

  const [row] = await app.dataSource.query(
    `SELECT (SELECT count(*)::int FROM sector WHERE code = 'leaked') AS leaked_rows,
            pg_current_xact_id_if_assigned() IS NULL AS no_open_transaction,
            coalesce(current_setting('atlas.leaked', true), '') AS leaked_setting`,
  );
  expect(row).toEqual({ leaked_rows: 0, no_open_transaction: true, leaked_setting: '' });
  await lookups();
});

test('the embedded pool keeps its one client while idle', () => {
  if (!app.database.embedded) return;
  // pg-pool closes a client idle for idleTimeoutMillis (10 s by default): never the embedded one.
  expect((pool() as unknown as { options: { idleTimeoutMillis: number } }).options).toMatchObject({
    idleTimeoutMillis: 0,
  });
});
