import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cli } from '../support/built-cli';
import { SEED_REPORT_PATH } from './support';

// Each CLI run opens PGlite in a new process (seconds each, more on a busy machine).
jest.setTimeout(300_000);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'atlas-ingest-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('ingest a folder: drafts printed, a bad file skipped, --record records and attaches a duplicate', () => {
  const env = { PGLITE_DIR: path.join(dir, 'db') };
  // The founding dataset alone: the corpora would add minutes and nothing this test reads.
  expect(cli('seed.js', [path.join('datasets', 'azerbaijan-korea-2022.json')], env).status).toBe(0);
  const key = (role: string) =>
    cli('apikey.js', ['create', '--role', role, '--name', role], env)
      .stdout.trim()
      .split('\n')
      .pop()!;
  const editor = key('editor');
  const viewer = key('viewer');
  const reports = path.join(dir, 'reports');
  mkdirSync(reports);
  copyFileSync(SEED_REPORT_PATH, path.join(reports, 'a-seed.txt'));
  writeFileSync(path.join(reports, 'b-bad.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x41]));
  writeFileSync(
    path.join(reports, 'c-new.txt'),
    'https://news.example.org/kz-mn\nKazakh Foreign Minister Murat Nurtleu and Mongolian Foreign Minister Batmunkh Battsetseg held talks in Astana on May 14. Nurtleu stressed cooperation in agriculture. Battsetseg said Mongolia is interested in mining.',
  );

  const dry = cli('ingest.js', [reports, '--published', '2024-05-15'], env);
  expect(dry.status).toBe(1);
  const drafts = dry.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  expect(drafts.map((d) => d.parties.map((p: { party: string }) => p.party).join('+'))).toEqual([
    'AZ+KR',
    'KZ+MN',
  ]);
  expect(dry.stderr).toMatch(/b-bad\.txt: skipped: not UTF-8 text/);
  expect(dry.stderr).toMatch(/c-new\.txt: KZ\+MN 2024-05-14/);

  const refused = cli('ingest.js', [reports, '--record', '--key', viewer], env);
  expect(refused.status).toBe(1);
  expect(refused.stderr).toMatch(/viewer role/);

  const args = [reports, '--published', '2024-05-15', '--record', '--key', editor];
  const first = cli('ingest.js', args, env);
  expect(first.stderr).toMatch(/a-seed\.txt: not recorded: no URL/);
  expect(first.stderr).toMatch(/c-new\.txt: .*; recorded meeting-2024-05-14-kz-mn-astana/);
  writeFileSync(
    path.join(reports, 'd-second-outlet.txt'),
    'https://other.example.org/astana-talks\nMongolian Foreign Minister Batmunkh Battsetseg met Kazakh Foreign Minister Murat Nurtleu in Astana on May 14, discussing mining.',
  );
  const second = cli('ingest.js', args, env);
  expect(second.stderr).toMatch(
    /d-second-outlet\.txt: .*source attached to meeting-2024-05-14-kz-mn-astana/,
  );
});
