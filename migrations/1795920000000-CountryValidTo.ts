import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * States that no longer exist (ISO 3166-3: the USSR, Yugoslavia, Czechoslovakia, the GDR, …) are
 * parties of their own; `valid_to` is the last day such a state existed. The rows themselves
 * reach every database through the reference-data sync on start.
 */
export class CountryValidTo1795920000000 implements MigrationInterface {
  name = 'CountryValidTo1795920000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "country" ADD "valid_to" date`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "country" DROP COLUMN "valid_to"`);
  }
}
