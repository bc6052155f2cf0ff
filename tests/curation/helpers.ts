import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { Role } from '../../src/common/auth/roles';
import { ApiKeyService } from '../../src/modules/api-key/api-key.service';
import { TestApp } from '../support/test-app';

export interface Keys {
  viewer: string;
  editor: string;
  admin: string;
  revoked: string;
}

/** One key per role, plus a revoked editor key, as Authorization headers. */
export async function issueKeys(dataSource: DataSource): Promise<Keys> {
  const service = new ApiKeyService(dataSource);
  const make = async (role: Role, name: string) => (await service.create(name, role)).secret;
  const revokedKey = await service.create('Revoked editor', Role.EDITOR);
  await service.revoke(revokedKey.apiKey.id);
  return {
    viewer: await make(Role.VIEWER, 'Test viewer'),
    editor: await make(Role.EDITOR, 'Test editor'),
    admin: await make(Role.ADMIN, 'Test admin'),
    revoked: revokedKey.secret,
  };
}

export function bearer(key: string): Record<string, string> {
  return { authorization: `Bearer ${key}` };
}

/** Row counts of every curated table (and the audit log, unless excluded). */
export async function rowCounts(
  dataSource: DataSource,
  withAudit = false,
): Promise<Record<string, number>> {
  const tables: { table_name: string }[] = await dataSource.query(
    `SELECT table_name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'migrations'
      ORDER BY table_name`,
  );
  const counts: Record<string, number> = {};
  for (const { table_name } of tables) {
    if (!withAudit && table_name === 'audit_log') continue;
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM "${table_name}"`);
    counts[table_name] = n;
  }
  return counts;
}

/** Runs a mutation that must be refused with userErrors, and checks nothing was written. */
export async function expectRefused(
  app: TestApp,
  key: string,
  query: string,
  variables: Record<string, unknown>,
  payloadField: string,
): Promise<{ field: string[]; message: string; code: string; existingId: string | null }[]> {
  const before = await rowCounts(app.dataSource, true);
  const res = await app.gql<Record<string, { userErrors: never[] }>>(query, variables, bearer(key));
  expect(res.errors).toBeUndefined();
  const errors = res.data![payloadField].userErrors;
  expect(errors.length).toBeGreaterThan(0);
  expect(await rowCounts(app.dataSource, true)).toEqual(before);
  return errors;
}

/** The example dataset of docs/dataset-format.md. */
export function docsExample(): Record<string, unknown> {
  const doc = readFileSync(path.join(__dirname, '..', '..', 'docs', 'dataset-format.md'), 'utf8');
  const block = /## Example[\s\S]*?```json\n([\s\S]*?)```/.exec(doc)![1];
  return JSON.parse(block) as Record<string, unknown>;
}
