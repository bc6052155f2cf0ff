import { MigrationInterface, QueryRunner } from 'typeorm';

export class PersonAliases1795862255261 implements MigrationInterface {
  name = 'PersonAliases1795862255261';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "person" ADD "aliases" text array NOT NULL DEFAULT '{}'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "person" DROP COLUMN "aliases"`);
  }
}
