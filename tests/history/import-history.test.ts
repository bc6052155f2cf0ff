import { readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Dataset } from '../../src/modules/dataset/dataset.types';
import { DatasetService } from '../../src/modules/dataset/dataset.service';
import { validateDataset } from '../../src/modules/dataset/dataset.validator';
import { convertHistory } from '../../src/modules/history-import/convert';
import { readCorpus } from '../../src/modules/history-import/corpus';
import { readTaxonomy } from '../../src/modules/sector/sector-taxonomy';
import { cli } from '../support/built-cli';
import { startTestApp, TestApp } from '../support/test-app';
import { BAKER, OBAMA, writeCorpus } from './support';

let dir: string;
let app: TestApp;
beforeAll(async () => {
  dir = writeCorpus({
    president: [
      {
        id: 1,
        ...OBAMA,
        start: '2014-04-23',
        end: '2014-04-25',
        slug: 'japan',
        place: 'Japan',
        locale: 'Tokyo',
        remarks:
          'State visit. Met with Prime Minister Kenji Samplename. Discussed trade and security.',
      },
    ],
    secretary: [
      {
        id: 2,
        ...BAKER,
        start: '1990-02-07',
        slug: 'russia',
        place: 'U.S.S.R.',
        locale: 'Moscow',
        remarks: 'Met with General Secretary Gorbachev.',
      },
      {
        id: 3,
        ...BAKER,
        start: '1990-06-06',
        slug: 'german-democratic-republic',
        place: 'German Democratic Republic',
        locale: 'Berlin',
        remarks: 'Attended the Two-Plus-Four Foreign Ministers Meeting.',
      },
    ],
    visits: [
      {
        id: 4,
        start: '1998-06-08',
        visitor: 'President Dae-ho Example',
        slug: 'korea-south',
        place: 'Korea, South',
        description: 'State Visit. Met with President Clinton.',
      },
    ],
  });
  app = await startTestApp({ seed: false });
});
afterAll(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

test('npm run import:history writes a compressed dataset and its quality report, from either layout', () => {
  const out = path.join(dir, 'out', 'history.json.gz');
  const quality = path.join(dir, 'out', 'quality.md');
  const run = cli(
    'import-history.js',
    [dir, '--out', out, '--quality', quality, '--travels-commit', 'abc', '--visits-commit', 'def'],
    {},
  );
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/^4 records -> 4 meetings/);
  const dataset = JSON.parse(gunzipSync(readFileSync(out)).toString('utf8')) as Dataset;
  expect(validateDataset(dataset)).toEqual([]);
  expect(dataset.description).toContain('HistoryAtState/travels commit abc');
  expect(readFileSync(quality, 'utf8')).toContain('| Records read | 4 |');
  // Folders named as an archive unpacks them: the checkouts are found by what they hold.
  renameSync(path.join(dir, 'travels'), path.join(dir, 'travels-main'));
  renameSync(path.join(dir, 'visits'), path.join(dir, 'visits-main'));
  const plain = path.join(dir, 'out', 'history.json');
  expect(
    cli(
      'import-history.js',
      [dir, '--out', plain, '--travels-commit', 'abc', '--visits-commit', 'def'],
      {},
    ).status,
  ).toBe(0);
  expect(readFileSync(plain, 'utf8')).toBe(gunzipSync(readFileSync(out)).toString('utf8'));
  renameSync(path.join(dir, 'travels-main'), path.join(dir, 'travels'));
  renameSync(path.join(dir, 'visits-main'), path.join(dir, 'visits'));
});

test('a converted sample loads, and loading it again changes nothing', async () => {
  const { dataset } = convertHistory(readCorpus(dir), readTaxonomy(), {
    travels: 'a',
    visits: 'b',
  });
  const service = new DatasetService(app.dataSource);
  const first = await service.import(dataset);
  expect(first.userErrors).toEqual([]);
  expect(first.summary?.meetings).toBe(4);
  const second = await service.import(dataset);
  expect(second.userErrors).toEqual([]);
  expect(second.changes).toBe(0);
  const res = await app.gql<{
    ussr: { validTo: string; meetings: { totalCount: number } };
    gdr: { meetings: { nodes: { title: string; kind: string; parties: { code: string }[] }[] } };
  }>(`{
    ussr: country(code: "SUHH") { validTo meetings(first: 5) { totalCount } }
    gdr: country(code: "DDR") { meetings(first: 5) { nodes { title kind parties { code } } } }
  }`);
  expect(res.errors).toBeUndefined();
  expect(res.data?.ussr).toEqual({ validTo: '1991-12-25', meetings: { totalCount: 1 } });
  expect(res.data?.gdr.meetings.nodes).toEqual([
    {
      title: 'Secretary of State James Addison Baker in Berlin, German Democratic Republic',
      kind: 'MULTILATERAL_MEETING',
      parties: [{ code: 'US' }, { code: 'DDDE' }],
    },
  ]);
});
