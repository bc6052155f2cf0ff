import { MigrationInterface, QueryRunner } from 'typeorm';
import { AnalyticsRollups1795858302106 } from './1795858302106-AnalyticsRollups';
import { AnalyticsCountryRootYear1795858302200 } from './1795858302200-AnalyticsCountryRootYear';

/** Rollups kept by analytics_bump_rollups: table, key columns, rows counted. */
const ROLLUPS: [string, string, string][] = [
  ['analytics_country_sector_year', 'country_id, sector_id, year', 'true'],
  ['analytics_country_partner_year', 'country_id, partner_id, year', 'partner_id IS NOT NULL'],
  ['analytics_country_sector_total', 'country_id, sector_id', 'true'],
  ['analytics_country_partner_total', 'country_id, partner_id', 'partner_id IS NOT NULL'],
  [
    'analytics_pair_sector_year',
    'country_id, partner_id, year, sector_id',
    'partner_id IS NOT NULL',
  ],
  ['analytics_pair_sector_total', 'country_id, partner_id, sector_id', 'partner_id IS NOT NULL'],
];

const COLUMN_TYPES: Record<string, string> = {
  country_id: 'integer',
  partner_id: 'integer',
  sector_id: 'integer',
  year: 'smallint',
};

/**
 * Rollups per channel, per pair and per relation anniversary (issue 26, docs/analytics.md).
 *
 * - Every rollup gains `statement` (the interest was voiced in a General Debate statement, a
 *   meeting of kind GENERAL_DEBATE_STATEMENT), so the channels filter reads rollups too.
 * - analytics_pair_sector_year / _total: mentions per (party, partner, recorded sector[, year]):
 *   sectorOverlap and topSectors of a pair read these instead of the pair's interest rows.
 * - analytics_country_root_total: mentions per (party, top-level sector), for sectorShare.
 * - analytics_relation_anniversary: each relation's year and month-day as integers, so
 *   upcomingAnniversaries does integer arithmetic instead of date arithmetic on every relation.
 * - An interest without a partner (a statement naming none; issue 25 makes the column nullable)
 *   counts in the party rollups and is left out of every partner and pair rollup.
 *
 * The rollups are rebuilt from analytics_interest, which AnalyticsRollups keeps in step.
 */
export class AnalyticsChannelRollups1795940000000 implements MigrationInterface {
  name = 'AnalyticsChannelRollups1795940000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`ALTER TABLE "analytics_interest" ALTER COLUMN "partner_id" DROP NOT NULL`);
    await q(`DROP INDEX "public"."IDX_analytics_interest_country_year"`);
    await q(
      `CREATE INDEX "IDX_analytics_interest_country_year" ON "analytics_interest" ("country_id", "year") INCLUDE ("sector_id", "meeting_id", "start_date", "period_end", "date_precision", "kind")`,
    );
    for (const [table, keys] of ROLLUPS) {
      await q(`DROP TABLE IF EXISTS "${table}"`);
      const columns = keys
        .split(', ')
        .map((c) => `"${c}" ${COLUMN_TYPES[c]} NOT NULL`)
        .join(', ');
      await q(
        `CREATE TABLE "${table}" (${columns}, "statement" boolean NOT NULL, "mentions" integer NOT NULL, CONSTRAINT "PK_${table}" PRIMARY KEY (${keys}, statement))`,
      );
    }
    await q(
      `CREATE INDEX "IDX_analytics_country_sector_year_year" ON "analytics_country_sector_year" ("year") INCLUDE ("country_id", "sector_id", "statement", "mentions")`,
    );
    await q(`DROP TABLE "analytics_country_root_year"`);
    await q(
      `CREATE TABLE "analytics_country_root_year" ("country_id" integer NOT NULL, "root_id" integer NOT NULL, "year" smallint NOT NULL, "statement" boolean NOT NULL, "mentions" integer NOT NULL, "meetings" integer NOT NULL, "first_key" integer NOT NULL, "last_key" integer NOT NULL, CONSTRAINT "PK_analytics_country_root_year" PRIMARY KEY ("country_id", "year", "root_id", "statement"))`,
    );
    await q(
      `CREATE INDEX "IDX_analytics_country_root_year_year" ON "analytics_country_root_year" ("year") INCLUDE ("country_id", "root_id", "statement", "mentions")`,
    );
    await q(
      `CREATE TABLE "analytics_country_root_total" ("country_id" integer NOT NULL, "root_id" integer NOT NULL, "statement" boolean NOT NULL, "mentions" integer NOT NULL, CONSTRAINT "PK_analytics_country_root_total" PRIMARY KEY ("country_id", "root_id", "statement"))`,
    );

    await this.rollupFunctions(queryRunner);
    await this.anniversaries(queryRunner);

    // Rebuild from the facts already recorded.
    await q(`SELECT analytics_bump_rollups(ARRAY(SELECT interest_id FROM analytics_interest), 1)`);
    await q(`SELECT analytics_refresh_country_years(
      ARRAY(SELECT country_id FROM (SELECT DISTINCT country_id, year FROM analytics_interest) k ORDER BY country_id, year),
      ARRAY(SELECT year FROM (SELECT DISTINCT country_id, year FROM analytics_interest) k ORDER BY country_id, year))`);
    await q(`SELECT analytics_refresh_anniversaries(ARRAY(SELECT id FROM bilateral_relation))`);
  }

  private async rollupFunctions(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    const specs = ROLLUPS.map(([t, k, w]) => `ARRAY['${t}', '${k}', '${w}']`).join(',\n    ');
    // sign 1 adds the given facts, -1 takes them away (before they leave analytics_interest);
    // rows that reach 0 are deleted. One upsert per table; EXECUTE because the six differ only
    // by their keys.
    await q(`CREATE FUNCTION "analytics_bump_rollups"(ids integer[], sign integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  spec text[];
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
  FOREACH spec SLICE 1 IN ARRAY ARRAY[
    ${specs}]
  LOOP
    EXECUTE format(
      'INSERT INTO %1$I AS r (%2$s, statement, mentions)
       SELECT %2$s, statement, $2 * count(*)::int
         FROM (SELECT f.*, f.kind = ''GENERAL_DEBATE_STATEMENT'' AS statement
                 FROM unnest($1) AS x(id) JOIN analytics_interest f ON f.interest_id = x.id) f
        WHERE %3$s
        GROUP BY %2$s, statement
       ON CONFLICT (%2$s, statement) DO UPDATE SET mentions = r.mentions + EXCLUDED.mentions',
      spec[1], spec[2], spec[3]) USING ids, sign;
    IF sign < 0 THEN
      EXECUTE format(
        'DELETE FROM %1$I r WHERE r.mentions <= 0 AND (%2$s, statement) IN (
           SELECT %2$s, kind = ''GENERAL_DEBATE_STATEMENT''
             FROM unnest($1) AS x(id) JOIN analytics_interest f ON f.interest_id = x.id)',
        spec[1], spec[2]) USING ids;
    END IF;
  END LOOP;
END $$`);
    await q(`CREATE OR REPLACE FUNCTION "analytics_add_interests"(ids integer[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
  INSERT INTO analytics_interest (interest_id, meeting_id, sector_id, country_id, partner_id, stance,
      kind, start_date, period_end, date_precision, year)
  SELECT si.id, si.meeting_id, si.sector_id, si.country_id, si.partner_id, si.stance, m.kind,
      m.start_date,
      CASE m.date_precision
        WHEN 'DAY' THEN m.start_date
        WHEN 'MONTH' THEN (m.start_date + interval '1 month' - interval '1 day')::date
        ELSE (m.start_date + interval '1 year' - interval '1 day')::date END,
      m.date_precision, extract(year FROM m.start_date)::smallint
    FROM unnest(ids) AS x(id)
    JOIN sector_interest si ON si.id = x.id
    JOIN meeting m ON m.id = si.meeting_id;
  PERFORM analytics_bump_rollups(ids, 1);
END $$`);
    await q(`CREATE OR REPLACE FUNCTION "analytics_remove_interests"(ids integer[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
  PERFORM analytics_bump_rollups(ids, -1);
  DELETE FROM analytics_interest f USING unnest(ids) AS x(id) WHERE f.interest_id = x.id;
END $$`);
    await q(`CREATE OR REPLACE FUNCTION "analytics_interest_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM analytics_interest;
  ${ROLLUPS.map(([t]) => `DELETE FROM ${t};`).join('\n  ')}
  RETURN NULL;
END $$`);
    await q(`CREATE OR REPLACE FUNCTION "analytics_fact_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM analytics_country_root_year;
  DELETE FROM analytics_country_root_total;
  RETURN NULL;
END $$`);
    // Distinct meetings do not add up, so each touched (party, year) is recomputed; then the
    // touched parties' totals from their years.
    await q(`CREATE OR REPLACE FUNCTION "analytics_refresh_country_years"(countries integer[], years smallint[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF countries IS NULL OR cardinality(countries) = 0 THEN RETURN; END IF;
  DELETE FROM analytics_country_root_year r
   USING (SELECT DISTINCT * FROM unnest(countries, years) AS k(country_id, year)) k
   WHERE r.country_id = k.country_id AND r.year = k.year;
  INSERT INTO analytics_country_root_year (country_id, root_id, year, statement, mentions, meetings, first_key, last_key)
  SELECT f.country_id, t.ancestor_id, f.year, f.kind = 'GENERAL_DEBATE_STATEMENT', count(*),
         count(DISTINCT f.meeting_id),
         min((f.start_date - DATE '1900-01-01') * 4 + CASE f.date_precision WHEN 'YEAR' THEN 0 WHEN 'MONTH' THEN 1 ELSE 2 END),
         max((f.period_end - DATE '1900-01-01') * 4 + CASE f.date_precision WHEN 'YEAR' THEN 2 WHEN 'MONTH' THEN 1 ELSE 0 END)
    FROM (SELECT DISTINCT * FROM unnest(countries, years) AS k(country_id, year)) k
    JOIN analytics_interest f ON f.country_id = k.country_id AND f.year = k.year
    JOIN analytics_sector_tree t ON t.sector_id = f.sector_id AND t.ancestor_is_root
   GROUP BY 1, 2, 3, 4;
  DELETE FROM analytics_country_root_total r
   WHERE r.country_id IN (SELECT DISTINCT unnest(countries));
  INSERT INTO analytics_country_root_total (country_id, root_id, statement, mentions)
  SELECT r.country_id, r.root_id, r.statement, sum(r.mentions)
    FROM analytics_country_root_year r
   WHERE r.country_id IN (SELECT DISTINCT unnest(countries))
   GROUP BY 1, 2, 3;
END $$`);
  }

  /** One row per relation: its first year and its month and day as MMDD, kept by triggers. */
  private async anniversaries(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(
      `CREATE TABLE "analytics_relation_anniversary" ("relation_id" integer NOT NULL, "country_a_id" integer NOT NULL, "country_b_id" integer NOT NULL, "year" smallint NOT NULL, "month_day" smallint NOT NULL, "precision" "public"."date_precision" NOT NULL, CONSTRAINT "PK_analytics_relation_anniversary" PRIMARY KEY ("relation_id"))`,
    );
    await q(`CREATE FUNCTION "analytics_refresh_anniversaries"(ids integer[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
  DELETE FROM analytics_relation_anniversary a USING unnest(ids) AS x(id) WHERE a.relation_id = x.id;
  INSERT INTO analytics_relation_anniversary (relation_id, country_a_id, country_b_id, year, month_day, precision)
  SELECT r.id, r.country_a_id, r.country_b_id, extract(year FROM r.established_on)::smallint,
         (extract(month FROM r.established_on) * 100 + extract(day FROM r.established_on))::smallint,
         r.established_precision
    FROM (SELECT DISTINCT id FROM unnest(ids) AS x(id)) x JOIN bilateral_relation r ON r.id = x.id;
END $$`);
    await q(`CREATE FUNCTION "analytics_relation_inserted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM analytics_refresh_anniversaries(ARRAY(SELECT id FROM analytics_new_relations));
  RETURN NULL;
END $$`);
    await q(`CREATE FUNCTION "analytics_relation_deleted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM analytics_refresh_anniversaries(ARRAY(SELECT id FROM analytics_old_relations));
  RETURN NULL;
END $$`);
    await q(`CREATE FUNCTION "analytics_relation_updated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM analytics_refresh_anniversaries(ARRAY(
    SELECT id FROM analytics_old_relations UNION SELECT id FROM analytics_new_relations));
  RETURN NULL;
END $$`);
    await q(`CREATE FUNCTION "analytics_relation_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM analytics_relation_anniversary;
  RETURN NULL;
END $$`);
    await q(
      `CREATE TRIGGER "analytics_relation_inserted" AFTER INSERT ON "bilateral_relation" REFERENCING NEW TABLE AS analytics_new_relations FOR EACH STATEMENT EXECUTE FUNCTION analytics_relation_inserted()`,
    );
    await q(
      `CREATE TRIGGER "analytics_relation_deleted" AFTER DELETE ON "bilateral_relation" REFERENCING OLD TABLE AS analytics_old_relations FOR EACH STATEMENT EXECUTE FUNCTION analytics_relation_deleted()`,
    );
    await q(
      `CREATE TRIGGER "analytics_relation_updated" AFTER UPDATE ON "bilateral_relation" REFERENCING OLD TABLE AS analytics_old_relations NEW TABLE AS analytics_new_relations FOR EACH STATEMENT EXECUTE FUNCTION analytics_relation_updated()`,
    );
    await q(
      `CREATE TRIGGER "analytics_relation_truncated" AFTER TRUNCATE ON "bilateral_relation" FOR EACH STATEMENT EXECUTE FUNCTION analytics_relation_truncated()`,
    );
  }

  /** Back to the two earlier migrations' shape, rebuilt from the facts. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    for (const event of ['inserted', 'deleted', 'updated', 'truncated']) {
      await q(`DROP TRIGGER "analytics_relation_${event}" ON "bilateral_relation"`);
      await q(`DROP FUNCTION "analytics_relation_${event}"()`);
    }
    await q(`DROP FUNCTION "analytics_refresh_anniversaries"(integer[])`);
    await q(`DROP TABLE "analytics_relation_anniversary"`);
    await q(`DROP TABLE "analytics_country_root_total"`);
    await q(`DROP TABLE "analytics_pair_sector_year"`);
    await q(`DROP TABLE "analytics_pair_sector_total"`);
    await q(`DROP FUNCTION "analytics_bump_rollups"(integer[], integer)`);
    await new AnalyticsCountryRootYear1795858302200().down(queryRunner);
    await new AnalyticsRollups1795858302106().down(queryRunner);
    await new AnalyticsRollups1795858302106().up(queryRunner);
    await new AnalyticsCountryRootYear1795858302200().up(queryRunner);
  }
}
