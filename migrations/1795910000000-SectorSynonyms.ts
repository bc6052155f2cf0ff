import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sectors carry the phrases reports use for them. The taxonomy itself (datasets/sectors.json)
 * reaches existing databases through the reference-data sync on every start, which inserts the
 * sectors a database lacks and fills synonyms that are still empty.
 */
export class SectorSynonyms1795910000000 implements MigrationInterface {
  name = 'SectorSynonyms1795910000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sector" ADD "synonyms" text array NOT NULL DEFAULT '{}'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sector" DROP COLUMN "synonyms"`);
  }
}
