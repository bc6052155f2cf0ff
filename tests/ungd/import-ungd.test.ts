import ExcelJS from 'exceljs';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Dataset } from '../../src/modules/dataset/dataset.types';
import { DatasetService } from '../../src/modules/dataset/dataset.service';
import { validateDataset } from '../../src/modules/dataset/dataset.validator';
import { readTaxonomy } from '../../src/modules/sector/sector-taxonomy';
import { convertCorpus } from '../../src/modules/ungd-import/convert-corpus';
import { readSpeakers } from '../../src/modules/ungd-import/speakers';
import { cli } from '../support/built-cli';
import { startTestApp, TestApp } from '../support/test-app';

/** A small corpus laid out as published, written by the test. */
const CD_2015 = [
  'I congratulate you, Sir, on your election, and I thank your predecessor for the energy he brought to the presidency.',
  '',
  'Our country holds vast reserves of cobalt and copper, and we stress that the mining sector must benefit the Congolese people first.',
  'We are ready to work with Belgium on the reconstruction of our roads in the east.',
  'After years of war the Congo needs investment in its farms.',
  '15-29664 7/25',
  '',
  'The illegal exploitation of our mineral resources continues to finance armed groups, and we call for',
  'the certification of every mine.',
].join('\n');
const CHE_2015 =
  'At the outset, allow me to congratulate you, Mr. President, on your election to preside over this Assembly at its seventieth session.\n' +
  'Switzerland supports a strong **multilateral** system.\nWe will double our support for **global health** and for the education of children in crises.';
const YUG_1980 =
  'Yugoslavia attaches great importance to the development of agriculture and of trade among non-aligned countries.';

let dir: string;
let speakersFile: string;
let dataset: Dataset;
let report: ReturnType<typeof convertCorpus>['report'];

async function writeSpeakers(file: string) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  sheet.addRow(['Year', 'Session', 'ISO Code', 'Country', 'Name of Person Speaking', 'Post']);
  sheet.addRow([
    2015,
    70,
    'COD',
    'DR Congo',
    'Mr. Raymond Tshibanda',
    'Minister for Foreign Affairs',
  ]);
  sheet.addRow([2015, 70, 'CHE', 'Switzerland', 'Simonetta Sommaruga', 'President']);
  await workbook.xlsx.writeFile(file);
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'ungd-'));
  const put = (folder: string, name: string, content: string | Buffer) => {
    mkdirSync(path.join(dir, 'TXT', folder), { recursive: true });
    writeFileSync(path.join(dir, 'TXT', folder, name), content);
  };
  put('Session 70 - 2015', 'COD_70_2015.txt', CD_2015);
  put('Session 70 - 2015', 'CHE_70_2015.txt', CHE_2015);
  put('Session 70 - 2015', '._COD_70_2015.txt', Buffer.from([0, 5, 22, 7, 0, 2, 0xff, 0xfe]));
  put(
    'Session 70 - 2015',
    'FRA_70_2015.txt',
    Buffer.from([0x41, 0xff, 0xfe, 0x42, ...Buffer.alloc(300, 0x41)]),
  );
  put('Session 70 - 2015', 'DEU_71_2016.txt', CHE_2015);
  put('Session 70 - 2015', 'QQQ_70_2015.txt', CHE_2015);
  put('Session 35 - 1980', 'YUG_35_1980.txt', YUG_1980.repeat(3));
  speakersFile = path.join(dir, 'Speakers_by_session.xlsx');
  await writeSpeakers(speakersFile);
  ({ dataset, report } = convertCorpus(path.join(dir, 'TXT'), readTaxonomy(), {
    speakers: await readSpeakers(speakersFile),
  }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const meeting = (key: string) => dataset.meetings!.find((m) => m.key === key)!;

test('one valid statement meeting per readable file; bad, misplaced and unplaced files reported', () => {
  expect(validateDataset(dataset)).toEqual([]);
  expect(dataset.meetings!.map((m) => m.key).sort()).toEqual([
    'ungd-35-yug',
    'ungd-70-che',
    'ungd-70-cod',
  ]);
  expect(report.bad.map((b) => b.relative).sort()).toEqual([
    'Session 70 - 2015/DEU_71_2016.txt',
    'Session 70 - 2015/FRA_70_2015.txt',
  ]);
  expect(report.bad.find((b) => b.relative.includes('FRA'))!.reason).toBe('not UTF-8 text');
  expect([...report.unplaced]).toEqual([['QQQ', 1]]);
  const cd = meeting('ungd-70-cod');
  expect(cd).toMatchObject({
    kind: 'GENERAL_DEBATE_STATEMENT',
    start: '2015',
    city: 'New York',
    parties: ['CD', 'UN'],
    sources: ['https://doi.org/10.7910/DVN/0TJX8Y#COD_70_2015.txt'],
    participants: [
      {
        person: 'raymond-tshibanda-cd',
        country: 'CD',
        capacity: 'Minister for Foreign Affairs',
      },
    ],
  });
  expect(cd.title).toContain('70th session');
  expect(meeting('ungd-35-yug').parties).toEqual(['YUCS', 'UN']);
  expect(dataset.people!.find((p) => p.key === 'raymond-tshibanda-cd')!.positions).toEqual([
    { title: 'Minister for Foreign Affairs', rank: 'MINISTER' },
  ]);
});

test('sector facts: exact evidence sentences, stance, partner only where named, courtesy left out', () => {
  const cd = meeting('ungd-70-cod');
  const facts = cd.interests!.map((i) => [i.sector, i.stance, i.partner ?? null]);
  expect(facts).toEqual(
    expect.arrayContaining([
      ['mining', 'HIGHLIGHTED', null],
      ['mining', 'PROPOSED', null],
      ['reconstruction', 'INTERESTED', 'BE'],
      ['transport', 'INTERESTED', 'BE'],
      ['investment', 'DISCUSSED', null],
    ]),
  );
  // "the Congo" in the DR Congo's own statement is the speaker, not the Republic of the Congo
  expect(facts.map((f) => f[2])).not.toContain('CG');
  expect(facts.map((f) => f[0])).not.toContain('energy');
  const mining = cd.interests!.find((i) => i.sector === 'mining' && i.stance === 'PROPOSED')!;
  // the page header is gone and the broken line is one sentence again
  expect(mining.evidence!.map((e) => e.text)).toEqual([
    'The illegal exploitation of our mineral resources continues to finance armed groups, and we call for the certification of every mine.',
  ]);
  const che = meeting('ungd-70-che');
  expect(che.interests!.map((i) => i.sector).sort()).toEqual([
    'education',
    'health',
    'multilateral',
  ]);
  const health = che.interests!.find((i) => i.sector === 'health')!;
  expect(health.evidence![0].text).toBe(
    'We will double our support for global health and for the education of children in crises.',
  );
});

test('evidence offsets point into the statement as read', () => {
  const text = CD_2015.replace('15-29664 7/25', '').replace(
    /([^\s.!?:;"”’)\]])[ \t]*\n\s*/g,
    '$1 ',
  );
  for (const it of meeting('ungd-70-cod').interests!) {
    for (const e of it.evidence!) expect(text.slice(e.start, e.end)).toBe(e.text);
  }
});

test('--from and --to keep only the years asked for', () => {
  const only = convertCorpus(path.join(dir, 'TXT'), readTaxonomy(), { from: 1980, to: 1980 });
  expect(only.dataset.meetings!.map((m) => m.key)).toEqual(['ungd-35-yug']);
});

test('the CLI writes the same gzip file twice, and refuses a bad year', () => {
  const out = path.join(dir, 'out.json.gz');
  const args = [path.join(dir, 'TXT'), '--speakers', speakersFile, '--out', out];
  const first = cli('import-ungd.js', args, {});
  expect(first.stderr).not.toMatch(/Error/);
  expect(first.status).toBe(0);
  expect(first.stdout).toMatch(/3 converted/);
  expect(first.stdout).toMatch(/unplaced codes: QQQ \(1\)/);
  const bytes = readFileSync(out);
  expect(cli('import-ungd.js', args, {}).status).toBe(0);
  expect(readFileSync(out).equals(bytes)).toBe(true);
  expect(JSON.parse(gunzipSync(bytes).toString('utf8'))).toEqual(dataset);
  const bad = cli('import-ungd.js', [path.join(dir, 'TXT'), '--from', '80'], {});
  expect(bad.status).toBe(1);
  expect(bad.stderr).toMatch(/--from must be a year/);
}, 120_000);

test('the CLI records into the database, and a second run changes nothing', () => {
  const env = { PGLITE_DIR: path.join(dir, 'db') };
  const args = [path.join(dir, 'TXT'), '--speakers', speakersFile];
  const first = cli('import-ungd.js', args, env);
  expect(first.stderr).toBe('');
  expect(first.stdout).toMatch(/recorded: [1-9]\d* row change/);
  const again = cli('import-ungd.js', args, env);
  expect(again.stdout).toMatch(/recorded: 0 row change/);
}, 240_000);

describe('recorded through the dataset loader', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  }, 120_000);
  afterAll(() => app?.close());

  test('statements, facts without a partner, and topSectors of the state; twice changes nothing', async () => {
    const loader = new DatasetService(app.dataSource);
    const first = await loader.import(dataset, undefined, 'import:ungd');
    expect(first.userErrors).toEqual([]);
    const again = await loader.import(dataset, undefined, 'import:ungd');
    expect(again.changes).toBe(0);
    const [{ n }] = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM sector_interest i JOIN meeting m ON m.id = i.meeting_id
        WHERE m.kind = 'GENERAL_DEBATE_STATEMENT' AND i.partner_id IS NULL`,
    );
    expect(n).toBe(dataset.meetings!.flatMap((m) => m.interests!).filter((i) => !i.partner).length);
    const res = await app.gql<{ topSectors: { sector: { code: string }; mentions: number }[] }>(
      '{ topSectors(country: "CD") { sector { code } mentions } }',
    );
    expect(res.data!.topSectors[0]).toEqual({ sector: { code: 'mining' }, mentions: 2 });
  });
});
