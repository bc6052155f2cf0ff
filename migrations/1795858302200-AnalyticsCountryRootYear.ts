import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * analytics_country_root_year: per (party, top-level sector, year) the mentions, the distinct
 * meetings and the first/last date keys, so the most common dashboard (a party's sectors per
 * year) reads a few hundred rows instead of every interest. Distinct counts do not add up, so
 * any change recomputes the whole (party, year) group from analytics_interest: statement
 * triggers on analytics_interest (which AnalyticsRollups keeps in step with every write) and on
 * sector (a moved sector changes the top-level sector of its subtree).
 */
export class AnalyticsCountryRootYear1795858302200 implements MigrationInterface {
  name = 'AnalyticsCountryRootYear1795858302200';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "analytics_country_root_year" ("country_id" integer NOT NULL, "root_id" integer NOT NULL, "year" smallint NOT NULL, "mentions" integer NOT NULL, "meetings" integer NOT NULL, "first_key" integer NOT NULL, "last_key" integer NOT NULL, CONSTRAINT "PK_analytics_country_root_year" PRIMARY KEY ("country_id", "year", "root_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_analytics_interest_country_year" ON "analytics_interest" ("country_id", "year") INCLUDE ("sector_id", "meeting_id", "start_date", "period_end", "date_precision")`,
    );
    await queryRunner.query(`CREATE FUNCTION "analytics_refresh_country_years"(countries integer[], years smallint[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF countries IS NULL OR cardinality(countries) = 0 THEN RETURN; END IF;
  DELETE FROM analytics_country_root_year r
   USING (SELECT DISTINCT * FROM unnest(countries, years) AS k(country_id, year)) k
   WHERE r.country_id = k.country_id AND r.year = k.year;
  INSERT INTO analytics_country_root_year (country_id, root_id, year, mentions, meetings, first_key, last_key)
  SELECT f.country_id, t.ancestor_id, f.year, count(*), count(DISTINCT f.meeting_id),
         min((f.start_date - DATE '1900-01-01') * 4 + CASE f.date_precision WHEN 'YEAR' THEN 0 WHEN 'MONTH' THEN 1 ELSE 2 END),
         max((f.period_end - DATE '1900-01-01') * 4 + CASE f.date_precision WHEN 'YEAR' THEN 2 WHEN 'MONTH' THEN 1 ELSE 0 END)
    FROM (SELECT DISTINCT * FROM unnest(countries, years) AS k(country_id, year)) k
    JOIN analytics_interest f ON f.country_id = k.country_id AND f.year = k.year
    JOIN analytics_sector_tree t ON t.sector_id = f.sector_id AND t.ancestor_is_root
   GROUP BY 1, 2, 3;
END $$`);
    await queryRunner.query(`CREATE FUNCTION "analytics_fact_added"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM analytics_refresh_country_years(
    ARRAY(SELECT country_id FROM (SELECT DISTINCT country_id, year FROM analytics_new_facts) k ORDER BY country_id, year),
    ARRAY(SELECT year FROM (SELECT DISTINCT country_id, year FROM analytics_new_facts) k ORDER BY country_id, year));
  RETURN NULL;
END $$`);
    await queryRunner.query(`CREATE FUNCTION "analytics_fact_removed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM analytics_refresh_country_years(
    ARRAY(SELECT country_id FROM (SELECT DISTINCT country_id, year FROM analytics_old_facts) k ORDER BY country_id, year),
    ARRAY(SELECT year FROM (SELECT DISTINCT country_id, year FROM analytics_old_facts) k ORDER BY country_id, year));
  RETURN NULL;
END $$`);
    await queryRunner.query(`CREATE FUNCTION "analytics_fact_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM analytics_refresh_country_years(
    ARRAY(SELECT country_id FROM (SELECT country_id, year FROM analytics_old_facts UNION SELECT country_id, year FROM analytics_new_facts) k ORDER BY country_id, year),
    ARRAY(SELECT year FROM (SELECT country_id, year FROM analytics_old_facts UNION SELECT country_id, year FROM analytics_new_facts) k ORDER BY country_id, year));
  RETURN NULL;
END $$`);
    await queryRunner.query(`CREATE FUNCTION "analytics_fact_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM analytics_country_root_year;
  RETURN NULL;
END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "analytics_fact_added" AFTER INSERT ON "analytics_interest" REFERENCING NEW TABLE AS analytics_new_facts FOR EACH STATEMENT EXECUTE FUNCTION analytics_fact_added()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "analytics_fact_removed" AFTER DELETE ON "analytics_interest" REFERENCING OLD TABLE AS analytics_old_facts FOR EACH STATEMENT EXECUTE FUNCTION analytics_fact_removed()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "analytics_fact_changed" AFTER UPDATE ON "analytics_interest" REFERENCING OLD TABLE AS analytics_old_facts NEW TABLE AS analytics_new_facts FOR EACH STATEMENT EXECUTE FUNCTION analytics_fact_changed()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "analytics_fact_truncated" AFTER TRUNCATE ON "analytics_interest" FOR EACH STATEMENT EXECUTE FUNCTION analytics_fact_truncated()`,
    );
    // Fires after "analytics_sector_changed" (triggers run in name order), on the new tree.
    await queryRunner.query(`CREATE FUNCTION "analytics_sector_moved"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  moved integer[];
BEGIN
  moved := ARRAY(SELECT n.id FROM analytics_new_sectors n JOIN analytics_old_sectors o ON o.id = n.id
                  WHERE n.parent_id IS DISTINCT FROM o.parent_id);
  IF cardinality(moved) = 0 THEN RETURN NULL; END IF;
  PERFORM analytics_refresh_country_years(
    ARRAY(SELECT country_id FROM (SELECT DISTINCT f.country_id, f.year FROM analytics_interest f
            JOIN analytics_sector_tree t ON t.sector_id = f.sector_id AND t.ancestor_id = ANY(moved)) k ORDER BY 1, year),
    ARRAY(SELECT year FROM (SELECT DISTINCT f.country_id, f.year FROM analytics_interest f
            JOIN analytics_sector_tree t ON t.sector_id = f.sector_id AND t.ancestor_id = ANY(moved)) k ORDER BY country_id, 1));
  RETURN NULL;
END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "analytics_sector_moved" AFTER UPDATE ON "sector" REFERENCING OLD TABLE AS analytics_old_sectors NEW TABLE AS analytics_new_sectors FOR EACH STATEMENT EXECUTE FUNCTION analytics_sector_moved()`,
    );
    await queryRunner.query(`SELECT analytics_refresh_country_years(
      ARRAY(SELECT country_id FROM (SELECT DISTINCT country_id, year FROM analytics_interest) k ORDER BY country_id, year),
      ARRAY(SELECT year FROM (SELECT DISTINCT country_id, year FROM analytics_interest) k ORDER BY country_id, year))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "analytics_sector_moved" ON "sector"`);
    await queryRunner.query(`DROP TRIGGER "analytics_fact_truncated" ON "analytics_interest"`);
    await queryRunner.query(`DROP TRIGGER "analytics_fact_changed" ON "analytics_interest"`);
    await queryRunner.query(`DROP TRIGGER "analytics_fact_removed" ON "analytics_interest"`);
    await queryRunner.query(`DROP TRIGGER "analytics_fact_added" ON "analytics_interest"`);
    await queryRunner.query(`DROP FUNCTION "analytics_sector_moved"()`);
    await queryRunner.query(`DROP FUNCTION "analytics_fact_truncated"()`);
    await queryRunner.query(`DROP FUNCTION "analytics_fact_changed"()`);
    await queryRunner.query(`DROP FUNCTION "analytics_fact_removed"()`);
    await queryRunner.query(`DROP FUNCTION "analytics_fact_added"()`);
    await queryRunner.query(
      `DROP FUNCTION "analytics_refresh_country_years"(integer[], smallint[])`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_analytics_interest_country_year"`);
    await queryRunner.query(`DROP TABLE "analytics_country_root_year"`);
  }
}
