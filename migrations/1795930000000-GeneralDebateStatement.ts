import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A statement in the UN General Debate is recorded as a meeting of its own kind, so that analytics
 * can count it or leave it out. PostgreSQL cannot drop an enum value; `down` leaves it in place.
 */
export class GeneralDebateStatement1795930000000 implements MigrationInterface {
  name = 'GeneralDebateStatement1795930000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TYPE "public"."meeting_kind" ADD VALUE IF NOT EXISTS 'GENERAL_DEBATE_STATEMENT'`,
    );
  }

  public async down(): Promise<void> {
    // An enum value cannot be removed while rows may use it.
  }
}
