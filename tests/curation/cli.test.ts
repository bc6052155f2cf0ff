import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../../src/common/database/embedded-postgres';
import { docsExample } from './helpers';
import { cli, cliAsync, ROOT } from '../support/built-cli';

// Each CLI run opens PGlite in a new process (seconds each, more on a busy machine).
jest.setTimeout(300_000);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'atlas-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('apikey create prints the key once; list shows it without the key; revoke revokes it', () => {
  const env = { PGLITE_DIR: path.join(dir, 'keys') };
  const created = cli('apikey.js', ['create', '--role', 'editor', '--name', 'CLI editor'], env);
  expect(created.stderr).toBe('');
  expect(created.status).toBe(0);
  const secret = created.stdout.trim().split('\n').pop()!;
  expect(secret).toMatch(/^atlas_[A-Za-z0-9_-]{43}$/);
  const listed = cli('apikey.js', ['list'], env);
  expect(listed.status).toBe(0);
  expect(listed.stdout).toMatch(/^1\tEDITOR\tatlas_\S*…\tactive\t.*\tCLI editor$/m);
  expect(listed.stdout).not.toContain(secret);
  const revoked = cli('apikey.js', ['revoke', '1'], env);
  expect(revoked.status).toBe(0);
  expect(cli('apikey.js', ['list'], env).stdout).toMatch(/^1\tEDITOR\t\S+\trevoked /m);
  const bad = cli('apikey.js', ['create', '--role', 'superuser', '--name', 'x'], env);
  expect(bad.status).toBe(1);
  expect(bad.stderr).toContain('usage');
});

test('while a server holds the embedded database, the CLI stops with a clear message and changes nothing', async () => {
  const dataDir = path.join(dir, 'locked');
  expect(cli('apikey.js', ['list'], { PGLITE_DIR: dataDir }).status).toBe(0);
  const running = await startEmbeddedPostgres(dataDir);
  try {
    for (const [script, args] of [
      ['apikey.js', ['create', '--role', 'admin', '--name', 'Blocked']],
      ['import.js', [path.join(ROOT, 'datasets', 'azerbaijan-korea-2022.json')]],
    ] as const) {
      const result = await cliAsync(script, [...args], { PGLITE_DIR: dataDir });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('is in use by another process');
      expect(result.stderr).toContain('nothing was done');
    }
  } finally {
    await running.stop();
  }
  expect(cli('apikey.js', ['list'], { PGLITE_DIR: dataDir }).stdout).toContain('no API keys');
});

test('import: a bad file writes nothing and lists every problem; a good one imports once', () => {
  const env = { PGLITE_DIR: path.join(dir, 'import') };
  const bad = docsExample() as {
    meetings: { interests: Record<string, unknown>[]; start: string }[];
  };
  bad.meetings[0].interests[0].sector = 'no-such-sector';
  bad.meetings[0].start = '2024-13';
  const badFile = path.join(dir, 'bad.json');
  writeFileSync(badFile, JSON.stringify(bad));
  const refused = cli('import.js', [badFile], env);
  expect(refused.status).toBe(1);
  expect(refused.stderr).toContain('$.meetings[0].interests[0].sector');
  expect(refused.stderr).toContain('$.meetings[0].start');
  expect(refused.stderr).toContain('nothing was written');

  const goodFile = path.join(dir, 'good.json');
  writeFileSync(goodFile, JSON.stringify(docsExample()));
  const first = cli('import.js', [goodFile], env);
  expect(first.stderr).toBe('');
  expect(first.stdout).toMatch(/"meetings":1/);
  expect(first.stdout).not.toMatch(/; 0 row change/);
  const second = cli('import.js', [goodFile], env);
  expect(second.status).toBe(0);
  expect(second.stdout).toMatch(/; 0 row change\(s\)/);
});
