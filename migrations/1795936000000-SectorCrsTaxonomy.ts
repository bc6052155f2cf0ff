import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The taxonomy grew narrower sectors (issue 25): phrases the broad sectors held now name a child
 * (climate change under environment, fisheries under agriculture, drug trafficking under
 * security…), and a few bare words that named a sector by accident ("climate", "ocean",
 * "fishing") name none. The reference-data sync only fills what is empty, so the phrases are
 * taken out of existing databases here; the sync then adds the new sectors with them. Three CRS
 * codes were not in the CRS list: energy's 230 was withdrawn in 2020 (231, Energy Policy,
 * replaces it), and 110 and 120 are DAC headings, not codes (111 and 121 are their general
 * categories). Only those exact values are touched, so a curator's own edits stay.
 */
const CRS_FIXES: [sector: string, from: string, to: string][] = [
  ['energy', '230', '231'],
  ['education', '110', '111'],
  ['health', '120', '121'],
];

const MOVED_SYNONYMS: Record<string, string[]> = {
  environment: [
    'climate change',
    'climate',
    'climate action',
    'climate goals',
    'climate finance',
    'climate crisis',
    'COP29',
    'decarbonization',
    'ocean',
    'oceans',
    'marine litter',
    'maritime litter',
    'marine pollution',
    'plastic pollution',
  ],
  agriculture: [
    'food security',
    'nutrition security',
    'fisheries',
    'fishery',
    'fishing',
    'aquaculture',
    'IUU fishing',
    'illegal fishing',
  ],
  security: [
    'drug trafficking',
    'illicit drug trafficking',
    'narcotics',
    'arms control',
    'non-proliferation',
    'peacekeeping',
  ],
  humanitarian: ['disaster management', 'disaster risk reduction'],
};

export class SectorCrsTaxonomy1795936000000 implements MigrationInterface {
  name = 'SectorCrsTaxonomy1795936000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [code, phrases] of Object.entries(MOVED_SYNONYMS)) {
      await queryRunner.query(
        `UPDATE sector
            SET synonyms = ARRAY(SELECT s FROM unnest(synonyms) WITH ORDINALITY AS t(s, n)
                                  WHERE s <> ALL($2::text[]) ORDER BY n)
          WHERE code = $1 AND synonyms && $2::text[]`,
        [code, phrases],
      );
    }
    for (const [code, from, to] of CRS_FIXES) {
      await queryRunner.query(`UPDATE sector SET crs_code = $3 WHERE code = $1 AND crs_code = $2`, [
        code,
        from,
        to,
      ]);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [code, from, to] of CRS_FIXES) {
      await queryRunner.query(`UPDATE sector SET crs_code = $3 WHERE code = $1 AND crs_code = $2`, [
        code,
        to,
        from,
      ]);
    }
    for (const [code, phrases] of Object.entries(MOVED_SYNONYMS)) {
      await queryRunner.query(
        `UPDATE sector SET synonyms = synonyms || ARRAY(SELECT unnest($2::text[]) EXCEPT SELECT unnest(synonyms))
          WHERE code = $1`,
        [code, phrases],
      );
    }
  }
}
