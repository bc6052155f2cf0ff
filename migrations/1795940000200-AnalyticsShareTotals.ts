import { MigrationInterface, QueryRunner } from 'typeorm';

/** The refresh of AnalyticsChannelRollups, then the share sums (the one line added). */
const REFRESH_COUNTRY_YEARS = `CREATE OR REPLACE FUNCTION "analytics_refresh_country_years"(countries integer[], years smallint[]) RETURNS void LANGUAGE plpgsql AS $$
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
  PERFORM analytics_refresh_share_totals();
END $$`;

/**
 * analytics_root_share_total: for each channel choice (0 both, 1 statements, 2 meetings) and
 * top-level sector, the sum over parties of the sector's share of the party's mentions, and how
 * many parties have a mention. sectorShare over all time then reads 22 rows instead of every
 * party's. A share changes for every sector when one party's total changes, so each refresh of
 * analytics_country_root_total recomputes the whole table (a few thousand rows, once per
 * writing statement).
 */
export class AnalyticsShareTotals1795940000200 implements MigrationInterface {
  name = 'AnalyticsShareTotals1795940000200';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(
      `CREATE TABLE "analytics_root_share_total" ("channel" smallint NOT NULL, "root_id" integer NOT NULL, "share_sum" float8 NOT NULL, "countries" integer NOT NULL, CONSTRAINT "PK_analytics_root_share_total" PRIMARY KEY ("channel", "root_id"))`,
    );
    await q(`CREATE FUNCTION "analytics_refresh_share_totals"() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM analytics_root_share_total;
  INSERT INTO analytics_root_share_total (channel, root_id, share_sum, countries)
  WITH per AS MATERIALIZED (
    SELECT v.channel, r.country_id, r.root_id, sum(r.mentions)::float8 AS n
      FROM analytics_country_root_total r
      JOIN (VALUES (0::smallint, NULL::boolean), (1::smallint, true), (2::smallint, false)) v(channel, statement)
        ON v.statement IS NULL OR v.statement = r.statement
     GROUP BY 1, 2, 3),
  tot AS MATERIALIZED (SELECT channel, country_id, sum(n) AS t FROM per GROUP BY 1, 2),
  cnt AS (SELECT channel, count(*)::int AS c FROM tot GROUP BY 1)
  SELECT p.channel, p.root_id, sum(p.n / t.t), min(c.c)
    FROM per p JOIN tot t ON t.channel = p.channel AND t.country_id = p.country_id
    JOIN cnt c ON c.channel = p.channel
   GROUP BY 1, 2;
END $$`);
    await q(REFRESH_COUNTRY_YEARS);
    await q(`CREATE OR REPLACE FUNCTION "analytics_fact_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM analytics_country_root_year;
  DELETE FROM analytics_country_root_total;
  DELETE FROM analytics_root_share_total;
  RETURN NULL;
END $$`);
    await q(`SELECT analytics_refresh_share_totals()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(REFRESH_COUNTRY_YEARS.replace('  PERFORM analytics_refresh_share_totals();\n', ''));
    await q(`CREATE OR REPLACE FUNCTION "analytics_fact_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM analytics_country_root_year;
  DELETE FROM analytics_country_root_total;
  RETURN NULL;
END $$`);
    await q(`DROP FUNCTION "analytics_refresh_share_totals"()`);
    await q(`DROP TABLE "analytics_root_share_total"`);
  }
}
