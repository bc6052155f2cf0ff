import { MigrationInterface, QueryRunner } from 'typeorm';

/** The audited tables of CurationAudit1795858272297 (every curated table). */
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

/**
 * Inserts are audited once per statement instead of once per row: one set-based INSERT into
 * audit_log from the statement's new rows, writing exactly the rows the row trigger wrote (every
 * non-null field as `{before: null, after: value}`, `version` and `key_hash` left out). A bulk
 * load of 150,000 interests spent a third of its time in the row trigger. Updates and deletes
 * keep the row trigger (`atlas_audit`).
 */
export class AuditInsertsPerStatement1795941000000 implements MigrationInterface {
  name = 'AuditInsertsPerStatement1795941000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION atlas_audit_inserted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO audit_log (api_key_id, actor, operation, entity, entity_id, action, changes)
  SELECT nullif(current_setting('atlas.api_key_id', true), '')::int,
         nullif(current_setting('atlas.actor', true), ''),
         nullif(current_setting('atlas.operation', true), ''),
         TG_TABLE_NAME,
         CASE WHEN r.row ? 'id' THEN (r.row ->> 'id')::int END,
         'INSERT'::audit_action,
         (SELECT coalesce(jsonb_object_agg(e.key, jsonb_build_object('before', NULL, 'after', e.value)), '{}'::jsonb)
            FROM jsonb_each(r.row) AS e
           WHERE e.key NOT IN ('version', 'key_hash') AND e.value <> 'null'::jsonb)
    FROM (SELECT to_jsonb(n) AS row FROM atlas_new_rows n) r;
  RETURN NULL;
END $$`);
    for (const table of AUDITED) {
      await queryRunner.query(`DROP TRIGGER "TRG_${table}_audit" ON "${table}"`);
      await queryRunner.query(
        `CREATE TRIGGER "TRG_${table}_audit" AFTER UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION atlas_audit()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER "TRG_${table}_audit_insert" AFTER INSERT ON "${table}" REFERENCING NEW TABLE AS atlas_new_rows FOR EACH STATEMENT EXECUTE FUNCTION atlas_audit_inserted()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of AUDITED) {
      await queryRunner.query(`DROP TRIGGER "TRG_${table}_audit_insert" ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER "TRG_${table}_audit" ON "${table}"`);
      await queryRunner.query(
        `CREATE TRIGGER "TRG_${table}_audit" AFTER INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION atlas_audit()`,
      );
    }
    await queryRunner.query(`DROP FUNCTION atlas_audit_inserted()`);
  }
}
