import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One person appears once per meeting (repeats already stored are merged into the first row);
 * participants and interests keep the evidence an extraction draft found for them; and a
 * change of a record's links alone can bump its version: the version trigger keeps the version
 * on an update that changes no column, unless the transaction names that very row in
 * `atlas.bump_version` (see bumpVersion in src/common/writes.ts).
 */
export class WriteIntegrity1795870000000 implements MigrationInterface {
  name = 'WriteIntegrity1795870000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM "participant" p USING "participant" q
        WHERE p.meeting_id = q.meeting_id AND p.person_id = q.person_id AND p.id > q.id`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_participant_meeting_person" ON "participant" ("meeting_id", "person_id") WHERE "person_id" IS NOT NULL`,
    );
    await queryRunner.query(`ALTER TABLE "participant" ADD "evidence" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(
      `ALTER TABLE "sector_interest" ADD "evidence" jsonb NOT NULL DEFAULT '[]'`,
    );
    await queryRunner.query(`CREATE OR REPLACE FUNCTION atlas_bump_version() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF (to_jsonb(NEW) - 'version') = (to_jsonb(OLD) - 'version') THEN
    IF NEW.version <> OLD.version + 1
       OR current_setting('atlas.bump_version', true) IS DISTINCT FROM TG_TABLE_NAME || ':' || OLD.id THEN
      NEW.version := OLD.version;
    END IF;
  ELSIF NEW.version = OLD.version THEN
    NEW.version := OLD.version + 1;
  END IF;
  RETURN NEW;
END $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
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
    await queryRunner.query(`ALTER TABLE "sector_interest" DROP COLUMN "evidence"`);
    await queryRunner.query(`ALTER TABLE "participant" DROP COLUMN "evidence"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_participant_meeting_person"`);
  }
}
