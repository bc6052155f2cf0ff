import path from 'node:path';
import { readFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { CountryService } from '../country/country.service';
import { Loaders } from '../../common/loaders';
import { DatasetService } from './dataset.service';
import type { LoadSummary } from './dataset.writer';
import { projectRoot } from '../../common/project-root';
import { syncTaxonomy } from '../sector/sector-taxonomy';
import { readDatasetFile } from './dataset-file';

/** The bundled article: what tests seed, and the first file of the manifest. */
export const SEED_FILE = path.join(projectRoot(), 'datasets', 'azerbaijan-korea-2022.json');
/** The files an empty database loads at start, in order (`files`, relative to the manifest). */
export const SEED_MANIFEST = path.join(projectRoot(), 'datasets', 'seed.json');

/** Loads the ISO countries and organization parties; runs on every start, changes nothing twice. */
export async function syncReferenceData(dataSource: DataSource): Promise<number> {
  const parties = await new CountryService(dataSource, new Loaders(dataSource)).syncReferenceData();
  await syncTaxonomy(dataSource);
  return parties;
}

/** One dataset file (`.json` or `.json.gz`), after the reference data. */
export async function seed(dataSource: DataSource, file = SEED_FILE): Promise<LoadSummary> {
  await syncReferenceData(dataSource);
  return new DatasetService(dataSource).load(readDatasetFile(file), { operation: 'seed' });
}

export async function isEmpty(dataSource: DataSource): Promise<boolean> {
  const [{ count }] = await dataSource.query('SELECT count(*)::int AS count FROM meeting');
  return count === 0;
}

/** The manifest's files as absolute paths, in order. */
export function seedFiles(manifest = SEED_MANIFEST): string[] {
  let files: unknown;
  try {
    files = (JSON.parse(readFileSync(manifest, 'utf8')) as { files?: unknown }).files;
  } catch (error) {
    throw new Error(`cannot read the seed manifest ${manifest}: ${(error as Error).message}`);
  }
  if (!Array.isArray(files) || !files.every((f) => typeof f === 'string')) {
    throw new Error(`${manifest}: "files" must be a list of dataset file names`);
  }
  return files.map((f) => path.resolve(path.dirname(manifest), f));
}

export interface SeededFile {
  file: string;
  summary: LoadSummary;
  seconds: number;
}

/**
 * The manifest's files a start should load: all of them on an empty database; on a database
 * seeded this way before, those it has not loaded yet (a start stopped while seeding, or a file
 * added to the manifest since); none on a database that holds other data.
 */
export async function pendingSeedFiles(
  dataSource: DataSource,
  manifest = SEED_MANIFEST,
): Promise<string[]> {
  const files = seedFiles(manifest);
  const loaded = new Set(
    ((await dataSource.query('SELECT name FROM seed_file')) as { name: string }[]).map(
      (r) => r.name,
    ),
  );
  if (loaded.size === 0 && !(await isEmpty(dataSource))) return [];
  return files.filter((file) => !loaded.has(path.basename(file)));
}

/**
 * Loads dataset files in order, each in a transaction of its own that also records it in
 * `seed_file` (DatasetService.seedFile: triggers off while a file only adds rows). Loading a
 * file twice changes nothing.
 */
export async function seedAll(
  dataSource: DataSource,
  files: string[],
  onLoaded: (loaded: SeededFile, index: number) => void = () => undefined,
): Promise<SeededFile[]> {
  await syncReferenceData(dataSource);
  const done: SeededFile[] = [];
  for (const [index, file] of files.entries()) {
    const started = Date.now();
    const summary = await new DatasetService(dataSource).seedFile(
      readDatasetFile(file),
      path.basename(file),
    );
    const loaded = { file, summary, seconds: (Date.now() - started) / 1000 };
    done.push(loaded);
    onLoaded(loaded, index);
  }
  // Planner statistics for what was loaded: with autovacuum off (CI) a freshly seeded database
  // has none, and the nested page's interests were then read by a sequential scan (110 ms, not 1.5).
  if (done.length) await dataSource.query('ANALYZE');
  return done;
}
