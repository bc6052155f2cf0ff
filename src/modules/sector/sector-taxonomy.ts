import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { projectRoot } from '../../common/project-root';

export interface TaxonomySector {
  code: string;
  name: string;
  description: string;
  parent?: string;
  crsCode?: string;
  synonyms: string[];
}

export const TAXONOMY_FILE = path.join(projectRoot(), 'datasets', 'sectors.json');

export function readTaxonomy(file = TAXONOMY_FILE): TaxonomySector[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { sectors: TaxonomySector[] }).sectors;
}

/**
 * Brings the shipped taxonomy into a database: sectors it lacks are added (parents first), and
 * synonyms still empty and CRS codes still absent are filled. Names, descriptions, synonyms and
 * CRS codes that curators changed are kept. It writes only what is missing: every statement on
 * `sector` rebuilds the analytics sector tree (a statement trigger), and a start that changes
 * nothing must not rewrite it.
 */
export async function syncTaxonomy(
  dataSource: DataSource,
  sectors = readTaxonomy(),
): Promise<void> {
  await dataSource.transaction(async (em) => {
    const present: { code: string; empty: boolean; crs: boolean }[] = await em.query(
      `SELECT code, synonyms = '{}' AS empty, crs_code IS NOT NULL AS crs FROM sector`,
    );
    const state = new Map(present.map((row) => [row.code, row]));
    const needed = sectors.filter((sector) => {
      const row = state.get(sector.code);
      return (
        row === undefined ||
        (row.empty && sector.synonyms.length > 0) ||
        (!row.crs && sector.crsCode !== undefined)
      );
    });
    for (const sector of needed) {
      await em.query(
        `INSERT INTO sector (code, name, description, crs_code, parent_id, synonyms)
         VALUES ($1, $2, $3, $4, (SELECT id FROM sector WHERE code = $5), $6)
         ON CONFLICT (code) DO UPDATE
           SET synonyms = CASE WHEN sector.synonyms = '{}' THEN EXCLUDED.synonyms
                               ELSE sector.synonyms END,
               crs_code = COALESCE(sector.crs_code, EXCLUDED.crs_code)
         WHERE sector.synonyms = '{}' OR sector.crs_code IS NULL`,
        [
          sector.code,
          sector.name,
          sector.description,
          sector.crsCode ?? null,
          sector.parent ?? null,
          sector.synonyms,
        ],
      );
    }
  });
}
