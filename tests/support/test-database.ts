import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../src/common/database/embedded-postgres';
import { emptyClusterImage } from './pglite-image';

export interface TestDatabase {
  url: string;
  embedded: boolean;
  drop(): Promise<void>;
}

/**
 * A fresh, empty database for one test file: a new database on the server named by
 * DATABASE_URL (dropped afterwards), or else a new in-memory PGlite.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const embedded = await startEmbeddedPostgres('memory', { image: await emptyClusterImage() });
    return { url: embedded.url, embedded: true, drop: () => embedded.stop() };
  }
  const name = `atlas_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    embedded: false,
    async drop() {
      const client = new Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
