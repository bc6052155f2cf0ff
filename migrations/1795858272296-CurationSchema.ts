import { MigrationInterface, QueryRunner } from 'typeorm';

export class CurationSchema1795858272296 implements MigrationInterface {
  name = 'CurationSchema1795858272296';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."api_key_role" AS ENUM('VIEWER', 'EDITOR', 'ADMIN')`,
    );
    await queryRunner.query(
      `CREATE TABLE "api_key" ("id" SERIAL NOT NULL, "name" text NOT NULL, "role" "public"."api_key_role" NOT NULL, "key_hash" character(64) NOT NULL, "prefix" character varying(16) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b1bd840641b8acbaad89c3d8d11" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_3c9751d2a6011ba13e27838105" ON "api_key"  ("key_hash") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."audit_action" AS ENUM('INSERT', 'UPDATE', 'DELETE')`,
    );
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("id" SERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "api_key_id" integer, "actor" text, "operation" text, "entity" text NOT NULL, "entity_id" integer, "action" "public"."audit_action" NOT NULL, "changes" jsonb NOT NULL, CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ba27cef5b8b2b1a756e06ebcc5" ON "audit_log"  ("at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_5c63b9bd0dfce5b41428d80c19" ON "audit_log"  ("api_key_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_audit_log_entity" ON "audit_log"  ("entity", "entity_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "organization" ADD "version" integer NOT NULL DEFAULT '1'`,
    );
    await queryRunner.query(`ALTER TABLE "sector" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "person" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "source" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "agreement" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "meeting" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(
      `ALTER TABLE "sector_interest" ADD "version" integer NOT NULL DEFAULT '1'`,
    );
    await queryRunner.query(`ALTER TABLE "participant" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "position" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(
      `ALTER TABLE "bilateral_relation" ADD "version" integer NOT NULL DEFAULT '1'`,
    );
    await queryRunner.query(
      `ALTER TABLE "audit_log" ADD CONSTRAINT "FK_5c63b9bd0dfce5b41428d80c19d" FOREIGN KEY ("api_key_id") REFERENCES "api_key"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "audit_log" DROP CONSTRAINT "FK_5c63b9bd0dfce5b41428d80c19d"`,
    );
    await queryRunner.query(`ALTER TABLE "bilateral_relation" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "position" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "participant" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "sector_interest" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "meeting" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "agreement" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "source" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "person" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "sector" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "organization" DROP COLUMN "version"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_log_entity"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5c63b9bd0dfce5b41428d80c19"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ba27cef5b8b2b1a756e06ebcc5"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
    await queryRunner.query(`DROP TYPE "public"."audit_action"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3c9751d2a6011ba13e27838105"`);
    await queryRunner.query(`DROP TABLE "api_key"`);
    await queryRunner.query(`DROP TYPE "public"."api_key_role"`);
  }
}
