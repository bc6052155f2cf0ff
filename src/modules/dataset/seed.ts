import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { CountryService } from '../country/country.service';
import { Loaders } from '../../common/loaders';
import { DatasetService } from './dataset.service';
import type { LoadSummary } from './dataset.writer';
import { projectRoot } from '../../common/project-root';
import { syncTaxonomy } from '../sector/sector-taxonomy';

export const SEED_FILE = path.join(projectRoot(), 'datasets', 'azerbaijan-korea-2022.json');

/** Loads the ISO countries and organization parties; runs on every start, changes nothing twice. */
export async function syncReferenceData(dataSource: DataSource): Promise<number> {
  const parties = await new CountryService(dataSource, new Loaders(dataSource)).syncReferenceData();
  await syncTaxonomy(dataSource);
  return parties;
}

export async function seed(dataSource: DataSource, file = SEED_FILE): Promise<LoadSummary> {
  await syncReferenceData(dataSource);
  return new DatasetService(dataSource).load(JSON.parse(readFileSync(file, 'utf8')));
}

export async function isEmpty(dataSource: DataSource): Promise<boolean> {
  const [{ count }] = await dataSource.query('SELECT count(*)::int AS count FROM meeting');
  return count === 0;
}
