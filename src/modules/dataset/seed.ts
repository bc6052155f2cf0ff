import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { CountryService } from '../country/country.service';
import { Loaders } from '../../common/loaders';
import { DatasetService, LoadSummary } from './dataset.service';

/** The project root: the nearest folder above this file that holds package.json. */
function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('cannot find the project root');
    dir = parent;
  }
  return dir;
}

export const SEED_FILE = path.join(projectRoot(), 'datasets', 'azerbaijan-korea-2022.json');

/** Loads the ISO countries and organization parties; runs on every start, changes nothing twice. */
export function syncReferenceData(dataSource: DataSource): Promise<number> {
  return new CountryService(dataSource, new Loaders(dataSource)).syncReferenceData();
}

export async function seed(dataSource: DataSource, file = SEED_FILE): Promise<LoadSummary> {
  await syncReferenceData(dataSource);
  return new DatasetService(dataSource).load(JSON.parse(readFileSync(file, 'utf8')));
}

export async function isEmpty(dataSource: DataSource): Promise<boolean> {
  const [{ count }] = await dataSource.query('SELECT count(*)::int AS count FROM meeting');
  return count === 0;
}
