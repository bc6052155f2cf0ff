import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Running sums per year of a key's yearly mentions, as an array indexed by year: each year with
 * mentions holds its running sum until the next such year (lead), so no year series is joined.
 */
const runningSums = (key: string[], source: string, countries: string) => `
  SELECT ${key.join(', ')}, max(y),
         ('[' || min(y) || ':' || max(y) || ']=' || array_agg(running ORDER BY y)::text)::int[]
    FROM (SELECT ${key.join(', ')}, running, generate_series(year, coalesce(next_year - 1, year)) AS y
            FROM (SELECT ${key.join(', ')}, year::int AS year, (sum(mentions) OVER w)::int AS running,
                         lead(year::int) OVER w AS next_year
                    FROM (${source}) r WHERE country_id IN (${countries})
                  WINDOW w AS (PARTITION BY ${key.join(', ')} ORDER BY year)) s) d
   GROUP BY ${key.join(', ')}`;

const YEARLY =
  'SELECT country_id, root_id, statement, year, mentions FROM analytics_country_root_year';
const YEARLY_TOTAL = `SELECT country_id, statement, year, sum(mentions) AS mentions
  FROM analytics_country_root_year GROUP BY 1, 2, 3`;
const COUNTRIES = 'SELECT DISTINCT unnest(countries)';

/** The refresh of AnalyticsShareTotals, then the running sums (the one line added). */
const refreshCountryYears = (
  withCumulative: boolean,
) => `CREATE OR REPLACE FUNCTION "analytics_refresh_country_years"(countries integer[], years smallint[]) RETURNS void LANGUAGE plpgsql AS $$
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
${withCumulative ? '  PERFORM analytics_refresh_cumulative(countries);\n' : ''}  PERFORM analytics_refresh_share_totals();
END $$`;

const truncated = (
  tables: string[],
) => `CREATE OR REPLACE FUNCTION "analytics_fact_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
${tables.map((t) => `  DELETE FROM ${t};`).join('\n')}
  RETURN NULL;
END $$`;

const SHARE_TABLES = [
  'analytics_country_root_year',
  'analytics_country_root_total',
  'analytics_root_share_total',
];

/**
 * sectorShare over a window needs every party's mentions per top-level sector in the window, and
 * every party's total. Summed from analytics_country_root_year that is a row per (party, sector,
 * year): 38,809 rows for five years at 1 M interests. Here each (party, top-level sector,
 * channel) keeps the running sum of its mentions per year in one array indexed by year, and
 * each (party, channel) its total's, so the window's mentions are two array reads a row.
 * `last_year` is the array's upper bound: a window ending later reads the last element.
 * Kept by analytics_refresh_country_years, as the other party rollups are.
 */
export class AnalyticsRootCumulative1795942000100 implements MigrationInterface {
  name = 'AnalyticsRootCumulative1795942000100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(
      `CREATE TABLE "analytics_country_root_cumulative" ("country_id" integer NOT NULL, "root_id" integer NOT NULL, "statement" boolean NOT NULL, "last_year" smallint NOT NULL, "cum" integer[] NOT NULL, CONSTRAINT "PK_analytics_country_root_cumulative" PRIMARY KEY ("country_id", "root_id", "statement"))`,
    );
    await q(
      `CREATE TABLE "analytics_country_cumulative" ("country_id" integer NOT NULL, "statement" boolean NOT NULL, "last_year" smallint NOT NULL, "cum" integer[] NOT NULL, CONSTRAINT "PK_analytics_country_cumulative" PRIMARY KEY ("country_id", "statement"))`,
    );
    // work_mem: a seed part refreshes every party at once, a sort of 100,000 rows.
    await q(`CREATE FUNCTION "analytics_refresh_cumulative"(countries integer[]) RETURNS void LANGUAGE plpgsql SET work_mem = '32MB' AS $$
BEGIN
  DELETE FROM analytics_country_root_cumulative WHERE country_id IN (${COUNTRIES});
  DELETE FROM analytics_country_cumulative WHERE country_id IN (${COUNTRIES});
  INSERT INTO analytics_country_root_cumulative (country_id, root_id, statement, last_year, cum)
  ${runningSums(['country_id', 'root_id', 'statement'], YEARLY, COUNTRIES)};
  INSERT INTO analytics_country_cumulative (country_id, statement, last_year, cum)
  ${runningSums(['country_id', 'statement'], YEARLY_TOTAL, COUNTRIES)};
END $$`);
    await q(refreshCountryYears(true));
    await q(
      truncated([
        ...SHARE_TABLES,
        'analytics_country_root_cumulative',
        'analytics_country_cumulative',
      ]),
    );
    await q(
      `SELECT analytics_refresh_cumulative(ARRAY(SELECT DISTINCT country_id FROM analytics_country_root_year))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(refreshCountryYears(false));
    await q(truncated(SHARE_TABLES));
    await q(`DROP FUNCTION "analytics_refresh_cumulative"(integer[])`);
    await q(`DROP TABLE "analytics_country_cumulative"`);
    await q(`DROP TABLE "analytics_country_root_cumulative"`);
  }
}
