import { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables whose every write is audited (reference countries are not curated, so not here). */
const AUDITED = [
  'agreement',
  'agreement_country',
  'agreement_organization',
  'agreement_sector',
  'agreement_source',
  'api_key',
  'bilateral_relation',
  'bilateral_relation_source',
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

/** Tables with an optimistic-locking `version` column. */
const VERSIONED = [
  'agreement',
  'bilateral_relation',
  'meeting',
  'organization',
  'participant',
  'person',
  'position',
  'sector',
  'sector_interest',
  'source',
];

/**
 * Hand-written (TypeORM does not model triggers). Every INSERT, UPDATE and DELETE on a curated
 * table writes an audit_log row in the same transaction: who (the transaction-local settings
 * atlas.api_key_id / atlas.actor / atlas.operation, see src/modules/audit/audit.context.ts),
 * the table, the row id, and the changed fields before and after. Updates that change nothing
 * write nothing, so importing a file twice leaves no trace the second time.
 *
 * A second trigger bumps `version` on any real change that did not bump it itself (bulk
 * import's upserts), so a client holding an older version always gets CONFLICT, and keeps it
 * on an update that changes nothing (TypeORM always adds 1), so re-importing changes nothing.
 */
export class CurationAudit1795858272297 implements MigrationInterface {
  name = 'CurationAudit1795858272297';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE OR REPLACE FUNCTION atlas_audit() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
  new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
  any_row jsonb := coalesce(new_row, old_row);
  diff jsonb;
BEGIN
  SELECT coalesce(jsonb_object_agg(k, jsonb_build_object('before', old_row -> k, 'after', new_row -> k)), '{}'::jsonb)
    INTO diff
    FROM jsonb_object_keys(any_row) AS k
   WHERE k NOT IN ('version', 'key_hash')
     AND (old_row -> k) IS DISTINCT FROM (new_row -> k)
     AND NOT (coalesce(old_row -> k, 'null'::jsonb) = 'null'::jsonb
              AND coalesce(new_row -> k, 'null'::jsonb) = 'null'::jsonb);
  IF TG_OP = 'UPDATE' AND diff = '{}'::jsonb THEN
    RETURN NULL;
  END IF;
  INSERT INTO audit_log (api_key_id, actor, operation, entity, entity_id, action, changes)
  VALUES (nullif(current_setting('atlas.api_key_id', true), '')::int,
          nullif(current_setting('atlas.actor', true), ''),
          nullif(current_setting('atlas.operation', true), ''),
          TG_TABLE_NAME,
          CASE WHEN any_row ? 'id' THEN (any_row ->> 'id')::int END,
          TG_OP::audit_action,
          diff);
  RETURN NULL;
END $$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION atlas_bump_version() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF (to_jsonb(NEW) - 'version') = (to_jsonb(OLD) - 'version') THEN
    NEW.version := OLD.version;
  ELSIF NEW.version = OLD.version THEN
    NEW.version := OLD.version + 1;
  END IF;
  RETURN NEW;
END $$`);
    for (const table of AUDITED) {
      await queryRunner.query(
        `CREATE TRIGGER "TRG_${table}_audit" AFTER INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION atlas_audit()`,
      );
    }
    for (const table of VERSIONED) {
      await queryRunner.query(
        `CREATE TRIGGER "TRG_${table}_version" BEFORE UPDATE ON "${table}" FOR EACH ROW EXECUTE FUNCTION atlas_bump_version()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of VERSIONED) {
      await queryRunner.query(`DROP TRIGGER IF EXISTS "TRG_${table}_version" ON "${table}"`);
    }
    for (const table of AUDITED) {
      await queryRunner.query(`DROP TRIGGER IF EXISTS "TRG_${table}_audit" ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION IF EXISTS atlas_bump_version()`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS atlas_audit()`);
  }
}
