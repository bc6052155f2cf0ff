import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An interest may have no partner: a state's statement at the UN General Debate says what it
 * wants, not whom it wants it with. The natural key stays one row per (meeting, sector, country,
 * partner, stance) with NULLS NOT DISTINCT. The rollup functions that skip such interests in
 * pair rollups come with the next migration (AnalyticsChannelRollups), which replaces them all.
 */
export class NullablePartner1795939000000 implements MigrationInterface {
  name = 'NullablePartner1795939000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "sector_interest" ALTER COLUMN "partner_id" DROP NOT NULL`,
    );
    await queryRunner.query(`DROP INDEX "public"."UQ_sector_interest_natural"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_sector_interest_natural" ON "sector_interest" ("meeting_id", "sector_id", "country_id", "partner_id", "stance") NULLS NOT DISTINCT`,
    );
    await queryRunner.query(
      `ALTER TABLE "analytics_interest" ALTER COLUMN "partner_id" DROP NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "sector_interest" WHERE "partner_id" IS NULL`);
    await queryRunner.query(
      `ALTER TABLE "analytics_interest" ALTER COLUMN "partner_id" SET NOT NULL`,
    );
    await queryRunner.query(`DROP INDEX "public"."UQ_sector_interest_natural"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_sector_interest_natural" ON "sector_interest" ("meeting_id", "sector_id", "country_id", "partner_id", "stance")`,
    );
    await queryRunner.query(`ALTER TABLE "sector_interest" ALTER COLUMN "partner_id" SET NOT NULL`);
  }
}
