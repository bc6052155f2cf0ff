import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * analytics_pair_month: meetings per (pair, month, kind), so engagementTimeline sums a pair's
 * months instead of reading each of its meetings. A meeting known only to its year is kept
 * apart (`coarse`, month = January 1), as the timeline never places it in a month. Kept from
 * analytics_meeting_pair, which AnalyticsRollups recomputes per meeting (delete, then insert),
 * by statement triggers on its inserts and deletes.
 */
export class AnalyticsPairMonth1795940000100 implements MigrationInterface {
  name = 'AnalyticsPairMonth1795940000100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(
      `CREATE TABLE "analytics_pair_month" ("country_a_id" integer NOT NULL, "country_b_id" integer NOT NULL, "month" date NOT NULL, "coarse" boolean NOT NULL, "kind" "public"."meeting_kind" NOT NULL, "meetings" integer NOT NULL, CONSTRAINT "PK_analytics_pair_month" PRIMARY KEY ("country_a_id", "country_b_id", "month", "coarse", "kind"))`,
    );
    const bucket = (alias: string) =>
      `(CASE WHEN ${alias}.date_precision = 'YEAR' THEN date_trunc('year', ${alias}.start_date::timestamp) ELSE date_trunc('month', ${alias}.start_date::timestamp) END)::date, ${alias}.date_precision = 'YEAR'`;
    for (const [event, rows, sign] of [
      ['added', 'analytics_new_pairs', 1],
      ['removed', 'analytics_old_pairs', -1],
    ] as const) {
      await q(`CREATE FUNCTION "analytics_pairs_${event}"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO analytics_pair_month AS r (country_a_id, country_b_id, month, coarse, kind, meetings)
  SELECT p.country_a_id, p.country_b_id, ${bucket('p')}, p.kind, ${sign} * count(*)::int
    FROM ${rows} p GROUP BY 1, 2, 3, 4, 5
  ON CONFLICT (country_a_id, country_b_id, month, coarse, kind)
  DO UPDATE SET meetings = r.meetings + EXCLUDED.meetings;
  ${
    sign < 0
      ? `DELETE FROM analytics_pair_month r
   WHERE r.meetings <= 0 AND (r.country_a_id, r.country_b_id, r.month, r.coarse, r.kind) IN (
         SELECT p.country_a_id, p.country_b_id, ${bucket('p')}, p.kind FROM ${rows} p);`
      : ''
  }
  RETURN NULL;
END $$`);
    }
    await q(
      `CREATE TRIGGER "analytics_pairs_added" AFTER INSERT ON "analytics_meeting_pair" REFERENCING NEW TABLE AS analytics_new_pairs FOR EACH STATEMENT EXECUTE FUNCTION analytics_pairs_added()`,
    );
    await q(
      `CREATE TRIGGER "analytics_pairs_removed" AFTER DELETE ON "analytics_meeting_pair" REFERENCING OLD TABLE AS analytics_old_pairs FOR EACH STATEMENT EXECUTE FUNCTION analytics_pairs_removed()`,
    );
    await q(`CREATE FUNCTION "analytics_pairs_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM analytics_pair_month;
  RETURN NULL;
END $$`);
    await q(
      `CREATE TRIGGER "analytics_pairs_truncated" AFTER TRUNCATE ON "analytics_meeting_pair" FOR EACH STATEMENT EXECUTE FUNCTION analytics_pairs_truncated()`,
    );
    await q(`INSERT INTO analytics_pair_month (country_a_id, country_b_id, month, coarse, kind, meetings)
      SELECT p.country_a_id, p.country_b_id, ${bucket('p')}, p.kind, count(*)::int
        FROM analytics_meeting_pair p GROUP BY 1, 2, 3, 4, 5`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const event of ['added', 'removed', 'truncated']) {
      await queryRunner.query(
        `DROP TRIGGER "analytics_pairs_${event}" ON "analytics_meeting_pair"`,
      );
      await queryRunner.query(`DROP FUNCTION "analytics_pairs_${event}"()`);
    }
    await queryRunner.query(`DROP TABLE "analytics_pair_month"`);
  }
}
