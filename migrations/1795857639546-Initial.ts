import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795857639546 implements MigrationInterface {
  name = 'Initial1795857639546';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."party_kind" AS ENUM('STATE', 'INTERNATIONAL_ORGANIZATION')`,
    );
    await queryRunner.query(
      `CREATE TABLE "country" ("id" SERIAL NOT NULL, "kind" "public"."party_kind" NOT NULL DEFAULT 'STATE', "code" character varying(8) NOT NULL, "alpha2" character(2), "alpha3" character(3), "numeric" character(3), "name" text NOT NULL, CONSTRAINT "PK_bf6e37c231c4f4ea56dcd887269" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_8ff4c23dc9a3f3856555bd8618" ON "country"  ("code") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_05bb99dff5ece9e1234a48bf0d" ON "country"  ("alpha2") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_f99016ded6fcc47ddf50ec74ba" ON "country"  ("alpha3") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."organization_kind" AS ENUM('MINISTRY', 'PARLIAMENT', 'PARLIAMENTARY_FRIENDSHIP_GROUP', 'HEAD_OF_STATE_OFFICE', 'GOVERNMENT_AGENCY', 'JOINT_COMMISSION', 'EDUCATION_INSTITUTION', 'MEDIA_OUTLET', 'COMPANY', 'INTERNATIONAL_ORGANIZATION', 'OTHER')`,
    );
    await queryRunner.query(
      `CREATE TABLE "organization" ("id" SERIAL NOT NULL, "key" text NOT NULL, "name" text NOT NULL, "acronym" text, "kind" "public"."organization_kind" NOT NULL, "parent_id" integer, CONSTRAINT "PK_472c1f99a32def1b0abb219cd67" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_23bb5a3b77620dbda59236f613" ON "organization"  ("key") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_15acafd6698ac846c6b6a6a50e" ON "organization"  ("parent_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "sector" ("id" SERIAL NOT NULL, "code" character varying(64) NOT NULL, "name" text NOT NULL, "description" text NOT NULL, "parent_id" integer, "crs_code" character varying(8), CONSTRAINT "PK_668b2ea8a2f534425407732f3ab" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_6f86c8dca9dc64884a1feecfda" ON "sector"  ("code") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_4558bb9d8d792a86cd0249d559" ON "sector"  ("parent_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "person" ("id" SERIAL NOT NULL, "key" text NOT NULL, "name" text NOT NULL, "country_id" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5fdaf670315c4b7e70cce85daa3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_fdd3c0f74e44e6195e8a47fefe" ON "person"  ("key") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ca614efc0d0301f25b4cea8a60" ON "person"  ("country_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "source" ("id" SERIAL NOT NULL, "url" text NOT NULL, "title" text NOT NULL, "publisher_id" integer NOT NULL, "author_id" integer, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL, "cited_body_id" integer, CONSTRAINT "PK_018c433f8264b58c86363eaadde" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_9ffc0674c9108b71e64875708b" ON "source"  ("url") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_eab5fed59470bc9278a92d407e" ON "source"  ("publisher_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_39c83cf9cdec6ddfefb3c71eb3" ON "source"  ("author_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e8f34600f0c4591cf649c40b18" ON "source"  ("cited_body_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."agreement_kind" AS ENUM('TREATY', 'AGREEMENT', 'MEMORANDUM_OF_UNDERSTANDING', 'PROGRAMME', 'INSTITUTION', 'OTHER')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."date_precision" AS ENUM('DAY', 'MONTH', 'YEAR')`,
    );
    await queryRunner.query(
      `CREATE TABLE "agreement" ("id" SERIAL NOT NULL, "key" text NOT NULL, "name" text NOT NULL, "kind" "public"."agreement_kind" NOT NULL, "summary" text NOT NULL, "start_date" date, "start_precision" "public"."date_precision", CONSTRAINT "PK_e7537188219eeef56233a609753" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_d1fc1e7e7f202cc72cdffb6347" ON "agreement"  ("key") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."meeting_kind" AS ENUM('BILATERAL_MEETING', 'OFFICIAL_VISIT', 'POLITICAL_DIALOGUE', 'PARLIAMENTARY_VISIT', 'COMMISSION_SESSION', 'PHONE_CALL', 'SUMMIT', 'MULTILATERAL_MEETING', 'VIDEO_CONFERENCE', 'OTHER')`,
    );
    await queryRunner.query(
      `CREATE TABLE "meeting" ("id" SERIAL NOT NULL, "key" text NOT NULL, "title" text NOT NULL, "kind" "public"."meeting_kind" NOT NULL, "start_date" date NOT NULL, "date_precision" "public"."date_precision" NOT NULL, "end_date" date, "end_date_precision" "public"."date_precision", "city" text, "place_country_id" integer, "host_country_id" integer, "summary" text NOT NULL, "visit_id" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_meeting_dates" CHECK ("end_date" IS NULL OR "end_date" >= "start_date"), CONSTRAINT "PK_dccaf9e4c0e39067d82ccc7bb83" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_97f9a1f6963ece47b6b7f7ba83" ON "meeting"  ("key") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_553f31223e0cdc6f227501f64a" ON "meeting"  ("kind") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_23917828038a514396a0da24ac" ON "meeting"  ("start_date") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_fdae5b07d8a80ae2962cf38a23" ON "meeting"  ("place_country_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_8b147861fc7cf7f23162db993f" ON "meeting"  ("host_country_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_107432427fa00552fe85616d42" ON "meeting"  ("visit_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."interest_stance" AS ENUM('INTERESTED', 'PROPOSED', 'HIGHLIGHTED', 'AGREED', 'DISCUSSED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "sector_interest" ("id" SERIAL NOT NULL, "meeting_id" integer NOT NULL, "sector_id" integer NOT NULL, "country_id" integer NOT NULL, "partner_id" integer NOT NULL, "speaker_id" integer, "stance" "public"."interest_stance" NOT NULL, "note" text NOT NULL, "source_id" integer NOT NULL, CONSTRAINT "PK_dbee8f6ebfcdcc99f0698a7645f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_219c8493e806196323327ae8c2" ON "sector_interest"  ("meeting_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_4cd422c3a3e8b4707e3dec1626" ON "sector_interest"  ("sector_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_875ccd38e9b64c2abaad814376" ON "sector_interest"  ("country_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_10d0b13fc1dc4522ef82ec4be5" ON "sector_interest"  ("partner_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_c1fef6ab99d3fd60b312ef3a18" ON "sector_interest"  ("speaker_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_4c789e3a4a89792035c8d74e11" ON "sector_interest"  ("source_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_sector_interest_natural" ON "sector_interest"  ("meeting_id", "sector_id", "country_id", "partner_id", "stance") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."participant_role" AS ENUM('HOST', 'GUEST', 'HEAD_OF_DELEGATION', 'DELEGATION_MEMBER')`,
    );
    await queryRunner.query(
      `CREATE TABLE "participant" ("id" SERIAL NOT NULL, "meeting_id" integer NOT NULL, "person_id" integer, "description" text, "country_id" integer NOT NULL, "organization_id" integer, "role" "public"."participant_role" NOT NULL, "capacity" text, CONSTRAINT "CHK_participant_who" CHECK ("person_id" IS NOT NULL OR "description" IS NOT NULL), CONSTRAINT "PK_64da4237f502041781ca15d4c41" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_c8590609bb93805df27fbcea32" ON "participant"  ("meeting_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_9c8a5f58ec2d45e461968033f3" ON "participant"  ("person_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_6a338d9e63bc21a4c615af8c4b" ON "participant"  ("country_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_0e1b184359bb21f836148729b4" ON "participant"  ("organization_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."position_rank" AS ENUM('HEAD_OF_STATE', 'HEAD_OF_GOVERNMENT', 'MINISTER', 'DEPUTY_MINISTER', 'SPECIAL_ENVOY', 'MEMBER_OF_PARLIAMENT', 'COMMITTEE_CHAIR', 'AMBASSADOR', 'OTHER')`,
    );
    await queryRunner.query(
      `CREATE TABLE "position" ("id" SERIAL NOT NULL, "person_id" integer NOT NULL, "title" text NOT NULL, "organization_id" integer, "rank" "public"."position_rank" NOT NULL, "start_date" date, "start_precision" "public"."date_precision", "end_date" date, "end_precision" "public"."date_precision", CONSTRAINT "PK_b7f483581562b4dc62ae1a5b7e2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_35a1ef1040bb2fc1a467248fd3" ON "position"  ("person_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_4e7ff4b54fba3f71f8d435eec8" ON "position"  ("organization_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "bilateral_relation" ("id" SERIAL NOT NULL, "country_a_id" integer NOT NULL, "country_b_id" integer NOT NULL, "established_on" date NOT NULL, "established_precision" "public"."date_precision" NOT NULL, "note" text, CONSTRAINT "CHK_bilateral_relation_order" CHECK ("country_a_id" < "country_b_id"), CONSTRAINT "PK_89da331522c5a44044b9c7f6237" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_6c898e71d10e1785226c7e7a09" ON "bilateral_relation"  ("country_a_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_f3c683a4fa1ed760aded02c7c9" ON "bilateral_relation"  ("country_b_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_bilateral_relation_pair" ON "bilateral_relation"  ("country_a_id", "country_b_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "organization_country" ("organization_id" integer NOT NULL, "country_id" integer NOT NULL, CONSTRAINT "PK_f90987e05ca339194dbd33b46fa" PRIMARY KEY ("organization_id", "country_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_5754a6ee310b5f89c53ebb0885" ON "organization_country"  ("organization_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_9389d492526fe27c89087e7db1" ON "organization_country"  ("country_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "agreement_country" ("agreement_id" integer NOT NULL, "country_id" integer NOT NULL, CONSTRAINT "PK_d2d9c82148534dad975cadb8c7a" PRIMARY KEY ("agreement_id", "country_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_91d34b8b00040fcd1e0e48c66d" ON "agreement_country"  ("agreement_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_bd23362f4f4e674412842f223e" ON "agreement_country"  ("country_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "agreement_organization" ("agreement_id" integer NOT NULL, "organization_id" integer NOT NULL, CONSTRAINT "PK_c1756a7aaa75464c3a1983dcc61" PRIMARY KEY ("agreement_id", "organization_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_7e5df8c8f383b10122cbddf0a8" ON "agreement_organization"  ("agreement_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ab599d8724e1765bba431034fd" ON "agreement_organization"  ("organization_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "agreement_sector" ("agreement_id" integer NOT NULL, "sector_id" integer NOT NULL, CONSTRAINT "PK_a7b12b9a1e8d3017efccda602e7" PRIMARY KEY ("agreement_id", "sector_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_52d1aaa5fe2a951933db09bf9e" ON "agreement_sector"  ("agreement_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_56ad79f3bbe1c993db699e944e" ON "agreement_sector"  ("sector_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "agreement_source" ("agreement_id" integer NOT NULL, "source_id" integer NOT NULL, CONSTRAINT "PK_3bfbf4247f8e21dbe5b3504d171" PRIMARY KEY ("agreement_id", "source_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_7cf41c7aaca8f83f4d400ed5a9" ON "agreement_source"  ("agreement_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_5ca2e4b1914160f54a767c6f1c" ON "agreement_source"  ("source_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "meeting_party" ("meeting_id" integer NOT NULL, "country_id" integer NOT NULL, CONSTRAINT "PK_f4a8b1d24d05a0bfc86f1c4eaff" PRIMARY KEY ("meeting_id", "country_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_d2672e34c81f3396b33e34b80e" ON "meeting_party"  ("meeting_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_8e73267a71f53774871e2fa3b9" ON "meeting_party"  ("country_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "meeting_source" ("meeting_id" integer NOT NULL, "source_id" integer NOT NULL, CONSTRAINT "PK_1f5e57ba70d7e8c12f0d07e419a" PRIMARY KEY ("meeting_id", "source_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_c268e063627c5f078530fb2665" ON "meeting_source"  ("meeting_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_570bb20c6d6d8d4075514fe028" ON "meeting_source"  ("source_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "bilateral_relation_source" ("bilateral_relation_id" integer NOT NULL, "source_id" integer NOT NULL, CONSTRAINT "PK_b1295956a16610e11d80a995937" PRIMARY KEY ("bilateral_relation_id", "source_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_aa2677909498419fe0dffbc31e" ON "bilateral_relation_source"  ("bilateral_relation_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_596f3dca5607e3b19c121877c5" ON "bilateral_relation_source"  ("source_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "organization" ADD CONSTRAINT "FK_15acafd6698ac846c6b6a6a50ec" FOREIGN KEY ("parent_id") REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sector" ADD CONSTRAINT "FK_4558bb9d8d792a86cd0249d559e" FOREIGN KEY ("parent_id") REFERENCES "sector"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "person" ADD CONSTRAINT "FK_ca614efc0d0301f25b4cea8a608" FOREIGN KEY ("country_id") REFERENCES "country"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "source" ADD CONSTRAINT "FK_eab5fed59470bc9278a92d407e2" FOREIGN KEY ("publisher_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "source" ADD CONSTRAINT "FK_39c83cf9cdec6ddfefb3c71eb32" FOREIGN KEY ("author_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "source" ADD CONSTRAINT "FK_e8f34600f0c4591cf649c40b183" FOREIGN KEY ("cited_body_id") REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting" ADD CONSTRAINT "FK_fdae5b07d8a80ae2962cf38a23d" FOREIGN KEY ("place_country_id") REFERENCES "country"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting" ADD CONSTRAINT "FK_8b147861fc7cf7f23162db993fa" FOREIGN KEY ("host_country_id") REFERENCES "country"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting" ADD CONSTRAINT "FK_107432427fa00552fe85616d426" FOREIGN KEY ("visit_id") REFERENCES "meeting"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sector_interest" ADD CONSTRAINT "FK_219c8493e806196323327ae8c2e" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sector_interest" ADD CONSTRAINT "FK_4cd422c3a3e8b4707e3dec16267" FOREIGN KEY ("sector_id") REFERENCES "sector"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sector_interest" ADD CONSTRAINT "FK_875ccd38e9b64c2abaad814376a" FOREIGN KEY ("country_id") REFERENCES "country"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sector_interest" ADD CONSTRAINT "FK_10d0b13fc1dc4522ef82ec4be51" FOREIGN KEY ("partner_id") REFERENCES "country"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sector_interest" ADD CONSTRAINT "FK_c1fef6ab99d3fd60b312ef3a189" FOREIGN KEY ("speaker_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sector_interest" ADD CONSTRAINT "FK_4c789e3a4a89792035c8d74e118" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "participant" ADD CONSTRAINT "FK_c8590609bb93805df27fbcea328" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "participant" ADD CONSTRAINT "FK_9c8a5f58ec2d45e461968033f39" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "participant" ADD CONSTRAINT "FK_6a338d9e63bc21a4c615af8c4b8" FOREIGN KEY ("country_id") REFERENCES "country"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "participant" ADD CONSTRAINT "FK_0e1b184359bb21f836148729b44" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "position" ADD CONSTRAINT "FK_35a1ef1040bb2fc1a467248fd38" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "position" ADD CONSTRAINT "FK_4e7ff4b54fba3f71f8d435eec80" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "bilateral_relation" ADD CONSTRAINT "FK_6c898e71d10e1785226c7e7a096" FOREIGN KEY ("country_a_id") REFERENCES "country"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "bilateral_relation" ADD CONSTRAINT "FK_f3c683a4fa1ed760aded02c7c97" FOREIGN KEY ("country_b_id") REFERENCES "country"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "organization_country" ADD CONSTRAINT "FK_5754a6ee310b5f89c53ebb08851" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "organization_country" ADD CONSTRAINT "FK_9389d492526fe27c89087e7db1b" FOREIGN KEY ("country_id") REFERENCES "country"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_country" ADD CONSTRAINT "FK_91d34b8b00040fcd1e0e48c66d9" FOREIGN KEY ("agreement_id") REFERENCES "agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_country" ADD CONSTRAINT "FK_bd23362f4f4e674412842f223e1" FOREIGN KEY ("country_id") REFERENCES "country"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_organization" ADD CONSTRAINT "FK_7e5df8c8f383b10122cbddf0a80" FOREIGN KEY ("agreement_id") REFERENCES "agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_organization" ADD CONSTRAINT "FK_ab599d8724e1765bba431034fd4" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_sector" ADD CONSTRAINT "FK_52d1aaa5fe2a951933db09bf9e3" FOREIGN KEY ("agreement_id") REFERENCES "agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_sector" ADD CONSTRAINT "FK_56ad79f3bbe1c993db699e944e9" FOREIGN KEY ("sector_id") REFERENCES "sector"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_source" ADD CONSTRAINT "FK_7cf41c7aaca8f83f4d400ed5a9c" FOREIGN KEY ("agreement_id") REFERENCES "agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_source" ADD CONSTRAINT "FK_5ca2e4b1914160f54a767c6f1ce" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_party" ADD CONSTRAINT "FK_d2672e34c81f3396b33e34b80ee" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_party" ADD CONSTRAINT "FK_8e73267a71f53774871e2fa3b93" FOREIGN KEY ("country_id") REFERENCES "country"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_source" ADD CONSTRAINT "FK_c268e063627c5f078530fb2665f" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_source" ADD CONSTRAINT "FK_570bb20c6d6d8d4075514fe0286" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "bilateral_relation_source" ADD CONSTRAINT "FK_aa2677909498419fe0dffbc31e8" FOREIGN KEY ("bilateral_relation_id") REFERENCES "bilateral_relation"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "bilateral_relation_source" ADD CONSTRAINT "FK_596f3dca5607e3b19c121877c58" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_meeting_search" ON "meeting" USING GIN (to_tsvector('english', "title" || ' ' || "summary"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_meeting_search"`);
    await queryRunner.query(
      `ALTER TABLE "bilateral_relation_source" DROP CONSTRAINT "FK_596f3dca5607e3b19c121877c58"`,
    );
    await queryRunner.query(
      `ALTER TABLE "bilateral_relation_source" DROP CONSTRAINT "FK_aa2677909498419fe0dffbc31e8"`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_source" DROP CONSTRAINT "FK_570bb20c6d6d8d4075514fe0286"`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_source" DROP CONSTRAINT "FK_c268e063627c5f078530fb2665f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_party" DROP CONSTRAINT "FK_8e73267a71f53774871e2fa3b93"`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_party" DROP CONSTRAINT "FK_d2672e34c81f3396b33e34b80ee"`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_source" DROP CONSTRAINT "FK_5ca2e4b1914160f54a767c6f1ce"`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_source" DROP CONSTRAINT "FK_7cf41c7aaca8f83f4d400ed5a9c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_sector" DROP CONSTRAINT "FK_56ad79f3bbe1c993db699e944e9"`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_sector" DROP CONSTRAINT "FK_52d1aaa5fe2a951933db09bf9e3"`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_organization" DROP CONSTRAINT "FK_ab599d8724e1765bba431034fd4"`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_organization" DROP CONSTRAINT "FK_7e5df8c8f383b10122cbddf0a80"`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_country" DROP CONSTRAINT "FK_bd23362f4f4e674412842f223e1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_country" DROP CONSTRAINT "FK_91d34b8b00040fcd1e0e48c66d9"`,
    );
    await queryRunner.query(
      `ALTER TABLE "organization_country" DROP CONSTRAINT "FK_9389d492526fe27c89087e7db1b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "organization_country" DROP CONSTRAINT "FK_5754a6ee310b5f89c53ebb08851"`,
    );
    await queryRunner.query(
      `ALTER TABLE "bilateral_relation" DROP CONSTRAINT "FK_f3c683a4fa1ed760aded02c7c97"`,
    );
    await queryRunner.query(
      `ALTER TABLE "bilateral_relation" DROP CONSTRAINT "FK_6c898e71d10e1785226c7e7a096"`,
    );
    await queryRunner.query(
      `ALTER TABLE "position" DROP CONSTRAINT "FK_4e7ff4b54fba3f71f8d435eec80"`,
    );
    await queryRunner.query(
      `ALTER TABLE "position" DROP CONSTRAINT "FK_35a1ef1040bb2fc1a467248fd38"`,
    );
    await queryRunner.query(
      `ALTER TABLE "participant" DROP CONSTRAINT "FK_0e1b184359bb21f836148729b44"`,
    );
    await queryRunner.query(
      `ALTER TABLE "participant" DROP CONSTRAINT "FK_6a338d9e63bc21a4c615af8c4b8"`,
    );
    await queryRunner.query(
      `ALTER TABLE "participant" DROP CONSTRAINT "FK_9c8a5f58ec2d45e461968033f39"`,
    );
    await queryRunner.query(
      `ALTER TABLE "participant" DROP CONSTRAINT "FK_c8590609bb93805df27fbcea328"`,
    );
    await queryRunner.query(
      `ALTER TABLE "sector_interest" DROP CONSTRAINT "FK_4c789e3a4a89792035c8d74e118"`,
    );
    await queryRunner.query(
      `ALTER TABLE "sector_interest" DROP CONSTRAINT "FK_c1fef6ab99d3fd60b312ef3a189"`,
    );
    await queryRunner.query(
      `ALTER TABLE "sector_interest" DROP CONSTRAINT "FK_10d0b13fc1dc4522ef82ec4be51"`,
    );
    await queryRunner.query(
      `ALTER TABLE "sector_interest" DROP CONSTRAINT "FK_875ccd38e9b64c2abaad814376a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "sector_interest" DROP CONSTRAINT "FK_4cd422c3a3e8b4707e3dec16267"`,
    );
    await queryRunner.query(
      `ALTER TABLE "sector_interest" DROP CONSTRAINT "FK_219c8493e806196323327ae8c2e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting" DROP CONSTRAINT "FK_107432427fa00552fe85616d426"`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting" DROP CONSTRAINT "FK_8b147861fc7cf7f23162db993fa"`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting" DROP CONSTRAINT "FK_fdae5b07d8a80ae2962cf38a23d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "source" DROP CONSTRAINT "FK_e8f34600f0c4591cf649c40b183"`,
    );
    await queryRunner.query(
      `ALTER TABLE "source" DROP CONSTRAINT "FK_39c83cf9cdec6ddfefb3c71eb32"`,
    );
    await queryRunner.query(
      `ALTER TABLE "source" DROP CONSTRAINT "FK_eab5fed59470bc9278a92d407e2"`,
    );
    await queryRunner.query(
      `ALTER TABLE "person" DROP CONSTRAINT "FK_ca614efc0d0301f25b4cea8a608"`,
    );
    await queryRunner.query(
      `ALTER TABLE "sector" DROP CONSTRAINT "FK_4558bb9d8d792a86cd0249d559e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "organization" DROP CONSTRAINT "FK_15acafd6698ac846c6b6a6a50ec"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_596f3dca5607e3b19c121877c5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_aa2677909498419fe0dffbc31e"`);
    await queryRunner.query(`DROP TABLE "bilateral_relation_source"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_570bb20c6d6d8d4075514fe028"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c268e063627c5f078530fb2665"`);
    await queryRunner.query(`DROP TABLE "meeting_source"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8e73267a71f53774871e2fa3b9"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d2672e34c81f3396b33e34b80e"`);
    await queryRunner.query(`DROP TABLE "meeting_party"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5ca2e4b1914160f54a767c6f1c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7cf41c7aaca8f83f4d400ed5a9"`);
    await queryRunner.query(`DROP TABLE "agreement_source"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_56ad79f3bbe1c993db699e944e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_52d1aaa5fe2a951933db09bf9e"`);
    await queryRunner.query(`DROP TABLE "agreement_sector"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ab599d8724e1765bba431034fd"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7e5df8c8f383b10122cbddf0a8"`);
    await queryRunner.query(`DROP TABLE "agreement_organization"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bd23362f4f4e674412842f223e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_91d34b8b00040fcd1e0e48c66d"`);
    await queryRunner.query(`DROP TABLE "agreement_country"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9389d492526fe27c89087e7db1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5754a6ee310b5f89c53ebb0885"`);
    await queryRunner.query(`DROP TABLE "organization_country"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_bilateral_relation_pair"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f3c683a4fa1ed760aded02c7c9"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6c898e71d10e1785226c7e7a09"`);
    await queryRunner.query(`DROP TABLE "bilateral_relation"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4e7ff4b54fba3f71f8d435eec8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_35a1ef1040bb2fc1a467248fd3"`);
    await queryRunner.query(`DROP TABLE "position"`);
    await queryRunner.query(`DROP TYPE "public"."position_rank"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0e1b184359bb21f836148729b4"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6a338d9e63bc21a4c615af8c4b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9c8a5f58ec2d45e461968033f3"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c8590609bb93805df27fbcea32"`);
    await queryRunner.query(`DROP TABLE "participant"`);
    await queryRunner.query(`DROP TYPE "public"."participant_role"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_sector_interest_natural"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4c789e3a4a89792035c8d74e11"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c1fef6ab99d3fd60b312ef3a18"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_10d0b13fc1dc4522ef82ec4be5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_875ccd38e9b64c2abaad814376"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4cd422c3a3e8b4707e3dec1626"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_219c8493e806196323327ae8c2"`);
    await queryRunner.query(`DROP TABLE "sector_interest"`);
    await queryRunner.query(`DROP TYPE "public"."interest_stance"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_107432427fa00552fe85616d42"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8b147861fc7cf7f23162db993f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fdae5b07d8a80ae2962cf38a23"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_23917828038a514396a0da24ac"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_553f31223e0cdc6f227501f64a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_97f9a1f6963ece47b6b7f7ba83"`);
    await queryRunner.query(`DROP TABLE "meeting"`);
    await queryRunner.query(`DROP TYPE "public"."meeting_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d1fc1e7e7f202cc72cdffb6347"`);
    await queryRunner.query(`DROP TABLE "agreement"`);
    await queryRunner.query(`DROP TYPE "public"."agreement_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e8f34600f0c4591cf649c40b18"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_39c83cf9cdec6ddfefb3c71eb3"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_eab5fed59470bc9278a92d407e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9ffc0674c9108b71e64875708b"`);
    await queryRunner.query(`DROP TABLE "source"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ca614efc0d0301f25b4cea8a60"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fdd3c0f74e44e6195e8a47fefe"`);
    await queryRunner.query(`DROP TABLE "person"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4558bb9d8d792a86cd0249d559"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6f86c8dca9dc64884a1feecfda"`);
    await queryRunner.query(`DROP TABLE "sector"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_15acafd6698ac846c6b6a6a50e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_23bb5a3b77620dbda59236f613"`);
    await queryRunner.query(`DROP TABLE "organization"`);
    await queryRunner.query(`DROP TYPE "public"."organization_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f99016ded6fcc47ddf50ec74ba"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_05bb99dff5ece9e1234a48bf0d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8ff4c23dc9a3f3856555bd8618"`);
    await queryRunner.query(`DROP TABLE "country"`);
    await queryRunner.query(`DROP TYPE "public"."party_kind"`);
    await queryRunner.query(`DROP TYPE "public"."date_precision"`);
  }
}
