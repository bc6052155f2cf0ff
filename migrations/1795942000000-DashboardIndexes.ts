import { MigrationInterface, QueryRunner } from 'typeorm';

const PAIR_MONTH_KEY = '"country_a_id", "country_b_id", "month", "coarse", "kind"';

/**
 * Indexes two dashboard questions read along (issue 26):
 * - upcomingAnniversaries reads the relations whose month and day fall in the window, in date
 *   order, and stops at its limit (anniversaries.ts): an index per calendar, as February 29 falls
 *   on February 28 in a common year. Without them every relation was read and sorted.
 * - engagementTimeline reads a pair's months: the key now carries the count, so the pair's rows
 *   come from the index alone instead of a heap page each (they were written months apart).
 */
export class DashboardIndexes1795942000000 implements MigrationInterface {
  name = 'DashboardIndexes1795942000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(
      `CREATE INDEX "IDX_analytics_relation_anniversary_leap_day" ON "analytics_relation_anniversary" ("month_day", "year", "relation_id")`,
    );
    await q(
      `CREATE INDEX "IDX_analytics_relation_anniversary_common_day" ON "analytics_relation_anniversary" ((CASE WHEN "month_day" = 229 THEN 228 ELSE "month_day" END), "year", "relation_id")`,
    );
    await q(
      `ALTER TABLE "analytics_pair_month" DROP CONSTRAINT "PK_analytics_pair_month", ADD CONSTRAINT "PK_analytics_pair_month" PRIMARY KEY (${PAIR_MONTH_KEY}) INCLUDE ("meetings")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(
      `ALTER TABLE "analytics_pair_month" DROP CONSTRAINT "PK_analytics_pair_month", ADD CONSTRAINT "PK_analytics_pair_month" PRIMARY KEY (${PAIR_MONTH_KEY})`,
    );
    await q(`DROP INDEX "IDX_analytics_relation_anniversary_common_day"`);
    await q(`DROP INDEX "IDX_analytics_relation_anniversary_leap_day"`);
  }
}
