import { startTestApp, TestApp } from '../support/test-app';
import { fromDatabaseError } from '../../src/common/user-errors';
import { bearer, docsExample, issueKeys, Keys, rowCounts } from './helpers';

const IMPORT = `mutation ($dataset: JSONObject!) {
  importDataset(dataset: $dataset) {
    summary { sectors meetings interests }
    changes
    userErrors { field message code }
  }
}`;

type ImportPayload = {
  importDataset: {
    summary: { meetings: number } | null;
    changes: number | null;
    userErrors: { field: string[]; message: string; code: string }[];
  };
};

let app: TestApp;
let keys: Keys;
beforeAll(async () => {
  app = await startTestApp();
  keys = await issueKeys(app.dataSource);
});
afterAll(() => app?.close());

test('an import with one bad row writes nothing and reports every problem with its JSON path', async () => {
  const dataset = docsExample() as {
    meetings: { interests: Record<string, unknown>[]; parties: string[] }[];
  };
  dataset.meetings[0].interests[0].sector = 'no-such-sector';
  dataset.meetings[0].parties = ['NZ', 'XX'];
  const before = await rowCounts(app.dataSource, true);
  const res = await app.gql<ImportPayload>(IMPORT, { dataset }, bearer(keys.admin));
  expect(res.errors).toBeUndefined();
  const { userErrors, summary } = res.data!.importDataset;
  expect(summary).toBeNull();
  expect(userErrors).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        field: ['dataset', 'meetings', '0', 'interests', '0', 'sector'],
        code: 'NOT_FOUND',
        message: expect.stringContaining('$.meetings[0].interests[0].sector'),
      }),
      expect.objectContaining({
        field: ['dataset', 'meetings', '0', 'parties', '1'],
        code: 'NOT_FOUND',
      }),
    ]),
  );
  expect(await rowCounts(app.dataSource, true)).toEqual(before);
});

test('importing a file writes it, audited to the admin key; importing it twice changes nothing', async () => {
  const before = await rowCounts(app.dataSource);
  const first = await app.gql<ImportPayload>(
    IMPORT,
    { dataset: docsExample() },
    bearer(keys.admin),
  );
  expect(first.data!.importDataset.userErrors).toEqual([]);
  expect(first.data!.importDataset.changes).toBeGreaterThan(10);
  const after = await rowCounts(app.dataSource);
  expect(after.meeting).toBe(before.meeting + 1);
  const authors: { actor: string; operation: string }[] = await app.dataSource.query(
    `SELECT DISTINCT actor, operation FROM audit_log WHERE operation = 'importDataset'`,
  );
  expect(authors).toEqual([{ actor: 'Test admin', operation: 'importDataset' }]);

  const withAudit = await rowCounts(app.dataSource, true);
  const versions = await app.dataSource.query('SELECT id, version FROM meeting ORDER BY id');
  const second = await app.gql<ImportPayload>(
    IMPORT,
    { dataset: docsExample() },
    bearer(keys.admin),
  );
  expect(second.data!.importDataset).toMatchObject({ changes: 0, userErrors: [] });
  expect(await rowCounts(app.dataSource, true)).toEqual(withAudit);
  expect(await app.dataSource.query('SELECT id, version FROM meeting ORDER BY id')).toEqual(
    versions,
  );
});

test('an import that changes a record bumps its version, so a stale update is CONFLICT', async () => {
  const [{ id, version }] = await app.dataSource.query(
    `SELECT id, version FROM meeting WHERE key = 'meeting-2024-05-example-talks'`,
  );
  const dataset = docsExample() as { meetings: { summary: string }[] };
  dataset.meetings[0].summary = 'Corrected by a later import.';
  const res = await app.gql<ImportPayload>(IMPORT, { dataset }, bearer(keys.admin));
  expect(res.data!.importDataset.userErrors).toEqual([]);
  const [{ version: now }] = await app.dataSource.query(
    'SELECT version FROM meeting WHERE id = $1',
    [id],
  );
  expect(now).toBe(version + 1);
  const stale = await app.gql<{ updateMeeting: { userErrors: { code: string }[] } }>(
    `mutation ($input: UpdateMeetingInput!) { updateMeeting(input: $input) { userErrors { code } } }`,
    { input: { id: Buffer.from(`Meeting:${id}`).toString('base64url'), version, title: 'Stale' } },
    bearer(keys.editor),
  );
  expect(stale.data!.updateMeeting.userErrors).toEqual([{ code: 'CONFLICT' }]);
});

test('admins read the audit log as a connection filtered by entity, key and time', async () => {
  const created = await app.gql<{ createSector: { sector: { id: string } } }>(
    `mutation { createSector(input: { code: "audit-probe", name: "Audit probe", description: "Probe." }) { sector { id } } }`,
    {},
    bearer(keys.editor),
  );
  const sectorId = created.data!.createSector.sector.id;
  await app.gql(
    `mutation ($id: ID!) { updateSector(input: { id: $id, version: 1, name: "Audit probe renamed" }) { userErrors { code } } }`,
    { id: sectorId },
    bearer(keys.editor),
  );
  const LOG = `query ($filter: AuditFilter, $first: Int) {
    auditLog(filter: $filter, first: $first) {
      totalCount
      nodes { at actor operation entity entityId nodeId action changes apiKey { name role } }
    }
  }`;
  type Log = {
    auditLog: {
      totalCount: number;
      nodes: {
        actor: string;
        action: string;
        entity: string;
        nodeId: string;
        operation: string;
        changes: Record<string, { before: unknown; after: unknown }>;
        apiKey: { name: string; role: string } | null;
      }[];
    };
  };
  const bySector = await app.gql<Log>(LOG, { filter: { nodeId: sectorId } }, bearer(keys.admin));
  expect(bySector.errors).toBeUndefined();
  expect(bySector.data!.auditLog.nodes.map((n) => n.action)).toEqual(['UPDATE', 'INSERT']);
  const [update, insert] = bySector.data!.auditLog.nodes;
  expect(update).toMatchObject({
    actor: 'Test editor',
    operation: 'updateSector',
    entity: 'sector',
    nodeId: sectorId,
    apiKey: { name: 'Test editor', role: 'EDITOR' },
    changes: { name: { before: 'Audit probe', after: 'Audit probe renamed' } },
  });
  expect(Object.keys(update.changes)).toEqual(['name']);
  expect(insert.changes.code).toEqual({ before: null, after: 'audit-probe' });

  const byEntity = await app.gql<Log>(
    LOG,
    { filter: { entity: 'Sector' }, first: 100 },
    bearer(keys.admin),
  );
  const sectorEntries = byEntity.data!.auditLog.nodes;
  expect(sectorEntries.length).toBeGreaterThanOrEqual(2);
  expect(sectorEntries.every((n) => n.entity === 'sector')).toBe(true);

  const keyId = (await app.dataSource.query(`SELECT id FROM api_key WHERE name = 'Test editor'`))[0]
    .id;
  const byKey = await app.gql<Log>(
    LOG,
    { filter: { apiKeyId: Buffer.from(`ApiKey:${keyId}`).toString('base64url') }, first: 100 },
    bearer(keys.admin),
  );
  expect(byKey.data!.auditLog.totalCount).toBeGreaterThanOrEqual(2);
  expect(byKey.data!.auditLog.nodes.every((n) => n.actor === 'Test editor')).toBe(true);

  const future = await app.gql<Log>(
    LOG,
    { filter: { from: '2999-01-01T00:00:00Z' } },
    bearer(keys.admin),
  );
  expect(future.data!.auditLog.totalCount).toBe(0);
  const past = await app.gql<Log>(
    LOG,
    { filter: { to: '2000-01-01T00:00:00Z' } },
    bearer(keys.admin),
  );
  expect(past.data!.auditLog.totalCount).toBe(0);
});

test('constraint violations map to userErrors without SQL', async () => {
  const attempt = async (sql: string) => {
    try {
      await app.dataSource.query(sql);
    } catch (error) {
      return fromDatabaseError(error);
    }
    throw new Error('expected a failure');
  };
  const unique = await attempt(
    `INSERT INTO sector (code, name, description) VALUES ('energy', 'x', 'x')`,
  );
  expect(unique).toMatchObject({ code: 'DUPLICATE', field: ['input', 'code'] });
  const fk = await attempt(
    `INSERT INTO sector (code, name, description, parent_id) VALUES ('fk-probe', 'x', 'x', 999999)`,
  );
  expect(fk).toMatchObject({ code: 'NOT_FOUND', field: ['input', 'parent'] });
  const check = await attempt(
    `UPDATE meeting SET end_date = start_date - 10 WHERE id = (SELECT min(id) FROM meeting)`,
  );
  expect(check).toMatchObject({ code: 'INVALID', field: ['input', 'end'] });
  const long = await attempt(
    `INSERT INTO sector (code, name, description) VALUES ('${'x'.repeat(65)}', 'x', 'x')`,
  );
  expect(long).toMatchObject({ code: 'TOO_LONG' });
  for (const e of [unique, fk, check, long]) {
    expect(e!.message).not.toMatch(/INSERT|UPDATE|SELECT|constraint|violates/i);
  }
});
