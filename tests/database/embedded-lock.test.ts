import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../src/common/database/embedded-postgres';

const root = path.join(__dirname, '..', '..');
let workDir: string;

beforeEach(() => {
  workDir = mkdtempSync(path.join(os.tmpdir(), 'atlas-lock-'));
});
afterEach(() => rmSync(workDir, { recursive: true, force: true }));

function run(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; out: string }>((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: { ...process.env, NODE_OPTIONS: '', ...env },
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (out += chunk));
    child.on('close', (code) => resolve({ code, out }));
  });
}

async function countRows(dataDir: string): Promise<Record<string, number>> {
  const embedded = await startEmbeddedPostgres(dataDir);
  const client = new Client({ connectionString: embedded.url });
  await client.connect();
  const { rows } = await client.query(
    'SELECT writer, count(*)::int AS n FROM written GROUP BY writer',
  );
  await client.end();
  await embedded.stop();
  return Object.fromEntries(rows.map((row) => [row.writer, row.n]));
}

const writer = path.join('tests', 'support', 'embedded-writer.js');

test('two processes on one data directory: one is refused, and no written row is lost', async () => {
  const dataDir = path.join(workDir, 'data');
  const [a, b] = await Promise.all([
    run([writer, dataDir, 'a', '200']),
    run([writer, dataDir, 'b', '200']),
  ]);
  const winners = [a, b].filter((r) => r.code === 0);
  const losers = [a, b].filter((r) => r.code !== 0);
  expect(winners).toHaveLength(1);
  expect(losers).toHaveLength(1);
  expect(losers[0].out).toMatch(/in use by another process/);
  const winner = winners[0].out.includes('a wrote') ? 'a' : 'b';
  expect(await countRows(dataDir)).toEqual({ [winner]: 200 });

  // Once the directory is free again, the other writer goes through and both sets persist.
  const again = await run([writer, dataDir, winner === 'a' ? 'b' : 'a', '200']);
  expect(again.code).toBe(0);
  expect(await countRows(dataDir)).toEqual({ a: 200, b: 200 });
}, 120_000);

test('npm run seed against a directory the server holds stops with a clear message', async () => {
  const dataDir = path.join(workDir, 'held');
  const held = await startEmbeddedPostgres(dataDir);
  try {
    const result = await run([path.join('dist', 'src', 'cli', 'seed.js')], {
      PGLITE_DIR: dataDir,
      DATABASE_URL: '',
    });
    expect(result.code).toBe(1);
    expect(result.out).toMatch(
      /in use by another process .*Stop that process and run this command again/s,
    );
  } finally {
    await held.stop();
  }
}, 120_000);
