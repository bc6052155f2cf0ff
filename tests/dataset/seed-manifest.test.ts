import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { pendingSeedFiles, seedAll, seedFiles } from '../../src/modules/dataset/seed';
import { syntheticDataset } from '../support/synthetic-dataset';
import { startTestApp, TestApp } from '../support/test-app';

let app: TestApp;
let dir: string;
beforeAll(async () => {
  app = await startTestApp({ seed: false });
  dir = mkdtempSync(path.join(tmpdir(), 'atlas-seed-manifest-'));
  writeFileSync(
    path.join(dir, 'first.json'),
    JSON.stringify(syntheticDataset({ meetings: 30, prefix: 'first' })),
  );
  writeFileSync(
    path.join(dir, 'second.json.gz'),
    gzipSync(JSON.stringify(syntheticDataset({ meetings: 50, prefix: 'second' }))),
  );
  writeFileSync(
    path.join(dir, 'third.json'),
    JSON.stringify(syntheticDataset({ meetings: 10, prefix: 'third' })),
  );
}, 180_000);
afterAll(() => app.close());

const manifest = (files: string[]) => {
  const file = path.join(dir, `seed-${files.length}.json`);
  writeFileSync(file, JSON.stringify({ files }));
  return file;
};
const meetings = async () =>
  (await app.dataSource.query('SELECT count(*)::int AS n FROM meeting'))[0].n as number;

test('an empty database loads every file of the manifest in order, and only once', async () => {
  const two = manifest(['first.json', 'second.json.gz']);
  expect(seedFiles(two)).toEqual([path.join(dir, 'first.json'), path.join(dir, 'second.json.gz')]);
  const pending = await pendingSeedFiles(app.dataSource, two);
  expect(pending).toEqual(seedFiles(two));
  const loaded = await seedAll(app.dataSource, pending);
  expect(loaded.map((l) => l.summary.meetings)).toEqual([30, 50]);
  expect(await meetings()).toBe(80);
  expect(await pendingSeedFiles(app.dataSource, two)).toEqual([]);

  // A file added to the manifest later is the only one a seeded database still lacks.
  const three = manifest(['first.json', 'second.json.gz', 'third.json']);
  expect(await pendingSeedFiles(app.dataSource, three)).toEqual([path.join(dir, 'third.json')]);
  await seedAll(app.dataSource, await pendingSeedFiles(app.dataSource, three));
  expect(await meetings()).toBe(90);
  expect(await pendingSeedFiles(app.dataSource, three)).toEqual([]);
});

test('a database holding data that no seed wrote is left alone', async () => {
  await app.dataSource.query('DELETE FROM seed_file');
  expect(await pendingSeedFiles(app.dataSource, manifest(['first.json']))).toEqual([]);
});

test('a manifest that is not a list of files is refused with its name', () => {
  const bad = path.join(dir, 'bad.json');
  writeFileSync(bad, JSON.stringify({ files: 'first.json' }));
  expect(() => seedFiles(bad)).toThrow(/bad\.json: "files" must be a list/);
});
