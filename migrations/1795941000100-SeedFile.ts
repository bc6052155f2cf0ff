import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The seed files an empty database has loaded at start (datasets/seed.json), so a start that was
 * stopped while seeding loads the rest on the next start, and a seeded database later loads a
 * file added to the manifest. A database never seeded this way has no row and is left alone.
 */
export class SeedFile1795941000100 implements MigrationInterface {
  name = 'SeedFile1795941000100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "seed_file" ("name" text PRIMARY KEY, "loaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now())`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "seed_file"`);
  }
}
