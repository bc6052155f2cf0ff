import { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables whose content any cached answer may depend on (api_key is not data). */
const DATA_TABLES = [
  'agreement',
  'agreement_country',
  'agreement_organization',
  'agreement_sector',
  'agreement_source',
  'bilateral_relation',
  'bilateral_relation_source',
  'country',
  'meeting',
  'meeting_party',
  'meeting_source',
  'organization',
  'organization_country',
  'participant',
  'person',
  'position',
  'sector',
  'sector_interest',
  'source',
];

const SHARDS = 16;

/**
 * The data version: the sum of atlas_data_version.version, raised by one for every committed
 * transaction that wrote data. The bump runs at commit (a deferred constraint trigger), once per
 * transaction, so the row lock is the last lock a writer takes (no deadlock) and is held only
 * for the commit; writers update the row of their backend's shard, so they rarely wait on one
 * another. Being transactional, a reader never sees a new version before the data it counts.
 */
export class DataVersion1795900000000 implements MigrationInterface {
  name = 'DataVersion1795900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "atlas_data_version" ("shard" smallint PRIMARY KEY, "version" bigint NOT NULL DEFAULT 0)`,
    );
    await queryRunner.query(
      `INSERT INTO "atlas_data_version" SELECT s, 0 FROM generate_series(0, ${SHARDS - 1}) s`,
    );
    await queryRunner.query(`CREATE FUNCTION "atlas_data_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('atlas.data_changed', true) IS DISTINCT FROM 'on' THEN
    PERFORM set_config('atlas.data_changed', 'on', true);
    UPDATE atlas_data_version SET version = version + 1 WHERE shard = pg_backend_pid() % ${SHARDS};
  END IF;
  RETURN NULL;
END $$`);
    for (const table of DATA_TABLES) {
      await queryRunner.query(
        `CREATE CONSTRAINT TRIGGER "TRG_${table}_data_version" AFTER INSERT OR UPDATE OR DELETE ON "${table}" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION atlas_data_changed()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER "TRG_${table}_data_truncated" AFTER TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION atlas_data_changed()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of DATA_TABLES) {
      await queryRunner.query(`DROP TRIGGER IF EXISTS "TRG_${table}_data_truncated" ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER IF EXISTS "TRG_${table}_data_version" ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION IF EXISTS "atlas_data_changed"()`);
    await queryRunner.query(`DROP TABLE IF EXISTS "atlas_data_version"`);
  }
}
