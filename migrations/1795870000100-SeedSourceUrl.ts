import { MigrationInterface, QueryRunner } from 'typeorm';

export const SEED_PLACEHOLDER_URL = 'https://www.azernews.az/#2022-08-26-azerbaijan-korea';
export const SEED_REAL_URL = 'https://www.azernews.az/nation/198522.html';

/**
 * The seed report first carried a placeholder address. Give it its real one; where a database
 * already holds both (the real one added by hand or by a newer seed), everything that cites the
 * placeholder moves to the real source and the placeholder goes.
 */
export class SeedSourceUrl1795870000100 implements MigrationInterface {
  name = 'SeedSourceUrl1795870000100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await moveSource(queryRunner, SEED_PLACEHOLDER_URL, SEED_REAL_URL);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await moveSource(queryRunner, SEED_REAL_URL, SEED_PLACEHOLDER_URL);
  }
}

async function moveSource(queryRunner: QueryRunner, from: string, to: string): Promise<void> {
  const rows: { id: number; url: string }[] = await queryRunner.query(
    `SELECT id, url FROM "source" WHERE url = ANY($1::text[])`,
    [[from, to]],
  );
  const old = rows.find((r) => r.url === from);
  const target = rows.find((r) => r.url === to);
  if (!old) return;
  if (!target) {
    await queryRunner.query(`UPDATE "source" SET url = $2 WHERE id = $1`, [old.id, to]);
    return;
  }
  for (const table of [
    'meeting_source',
    'agreement_source',
    'bilateral_relation_source',
  ] as const) {
    const owner = `${table.replace(/_source$/, '')}_id`;
    await queryRunner.query(
      `INSERT INTO "${table}" ("${owner}", source_id)
       SELECT "${owner}", $2 FROM "${table}" WHERE source_id = $1 ON CONFLICT DO NOTHING`,
      [old.id, target.id],
    );
  }
  await queryRunner.query(`UPDATE "sector_interest" SET source_id = $2 WHERE source_id = $1`, [
    old.id,
    target.id,
  ]);
  await queryRunner.query(`DELETE FROM "source" WHERE id = $1`, [old.id]);
}
