import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read models for the dashboards (docs/analytics.md). None of these tables is an entity: the
 * triggers below keep them exactly in step with sector_interest, meeting, meeting_party and
 * sector on every write path (dataset loader, mutations, bulk import, the generator, plain SQL).
 *
 * - analytics_sector_tree: closure of the sector tree (every ancestor of every sector, itself
 *   included at depth 0), rebuilt by a statement trigger on sector.
 * - analytics_interest: one row per sector_interest with its meeting's kind, start date,
 *   precision, last day of its period and year, so filters and GROUP BYs need no join.
 * - analytics_country_sector_year / _partner_year: mentions per (country, sector|partner, year).
 * - analytics_country_sector_total / _partner_total: mentions per (country, sector|partner).
 * - analytics_meeting_pair: one row per meeting and unordered pair of its parties.
 */
export class AnalyticsRollups1795858302106 implements MigrationInterface {
  name = 'AnalyticsRollups1795858302106';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "analytics_sector_tree" ("ancestor_id" integer NOT NULL, "sector_id" integer NOT NULL, "depth" integer NOT NULL, "ancestor_is_root" boolean NOT NULL, CONSTRAINT "PK_analytics_sector_tree" PRIMARY KEY ("sector_id", "ancestor_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_analytics_sector_tree_ancestor" ON "analytics_sector_tree" ("ancestor_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "analytics_interest" ("interest_id" integer NOT NULL, "meeting_id" integer NOT NULL, "sector_id" integer NOT NULL, "country_id" integer NOT NULL, "partner_id" integer NOT NULL, "stance" "public"."interest_stance" NOT NULL, "kind" "public"."meeting_kind" NOT NULL, "start_date" date NOT NULL, "period_end" date NOT NULL, "date_precision" "public"."date_precision" NOT NULL, "year" smallint NOT NULL, CONSTRAINT "PK_analytics_interest" PRIMARY KEY ("interest_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_analytics_interest_country" ON "analytics_interest" ("country_id", "partner_id", "start_date") INCLUDE ("sector_id", "meeting_id", "stance", "kind", "date_precision", "period_end")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_analytics_interest_partner" ON "analytics_interest" ("partner_id", "start_date") INCLUDE ("country_id", "sector_id", "meeting_id", "stance", "kind", "date_precision", "period_end")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_analytics_interest_meeting" ON "analytics_interest" ("meeting_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_analytics_interest_start" ON "analytics_interest" ("start_date")`,
    );
    await queryRunner.query(
      `CREATE TABLE "analytics_country_sector_year" ("country_id" integer NOT NULL, "sector_id" integer NOT NULL, "year" smallint NOT NULL, "mentions" integer NOT NULL, CONSTRAINT "PK_analytics_country_sector_year" PRIMARY KEY ("country_id", "sector_id", "year"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_analytics_country_sector_year_year" ON "analytics_country_sector_year" ("year") INCLUDE ("country_id", "sector_id", "mentions")`,
    );
    await queryRunner.query(
      `CREATE TABLE "analytics_country_partner_year" ("country_id" integer NOT NULL, "partner_id" integer NOT NULL, "year" smallint NOT NULL, "mentions" integer NOT NULL, CONSTRAINT "PK_analytics_country_partner_year" PRIMARY KEY ("country_id", "partner_id", "year"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "analytics_country_sector_total" ("country_id" integer NOT NULL, "sector_id" integer NOT NULL, "mentions" integer NOT NULL, CONSTRAINT "PK_analytics_country_sector_total" PRIMARY KEY ("country_id", "sector_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "analytics_country_partner_total" ("country_id" integer NOT NULL, "partner_id" integer NOT NULL, "mentions" integer NOT NULL, CONSTRAINT "PK_analytics_country_partner_total" PRIMARY KEY ("country_id", "partner_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "analytics_meeting_pair" ("meeting_id" integer NOT NULL, "country_a_id" integer NOT NULL, "country_b_id" integer NOT NULL, "kind" "public"."meeting_kind" NOT NULL, "start_date" date NOT NULL, "date_precision" "public"."date_precision" NOT NULL, CONSTRAINT "PK_analytics_meeting_pair" PRIMARY KEY ("meeting_id", "country_a_id", "country_b_id"), CONSTRAINT "CHK_analytics_meeting_pair_order" CHECK ("country_a_id" < "country_b_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_analytics_meeting_pair_pair" ON "analytics_meeting_pair" ("country_a_id", "country_b_id", "start_date") INCLUDE ("kind", "date_precision")`,
    );

    // Sector tree closure: sectors are few, so any change rebuilds it in one statement.
    await queryRunner.query(`CREATE FUNCTION "analytics_rebuild_sector_tree"() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM analytics_sector_tree;
  INSERT INTO analytics_sector_tree (ancestor_id, sector_id, depth, ancestor_is_root)
  WITH RECURSIVE tree AS (
    SELECT s.id AS ancestor_id, s.id AS sector_id, 0 AS depth FROM sector s
    UNION ALL
    SELECT t.ancestor_id, s.id, t.depth + 1 FROM sector s JOIN tree t ON s.parent_id = t.sector_id
    WHERE t.depth < 64
  )
  SELECT t.ancestor_id, t.sector_id, t.depth, a.parent_id IS NULL
    FROM tree t JOIN sector a ON a.id = t.ancestor_id;
END $$`);
    await queryRunner.query(`CREATE FUNCTION "analytics_sector_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM analytics_rebuild_sector_tree();
  RETURN NULL;
END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "analytics_sector_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "sector" FOR EACH STATEMENT EXECUTE FUNCTION analytics_sector_changed()`,
    );

    // Interests: add (from the live rows) and remove (from the read model) by interest id.
    await queryRunner.query(`CREATE FUNCTION "analytics_add_interests"(ids integer[]) RETURNS void LANGUAGE plpgsql AS $$
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
  INSERT INTO analytics_country_sector_year AS r (country_id, sector_id, year, mentions)
  SELECT f.country_id, f.sector_id, f.year, count(*)
    FROM unnest(ids) AS x(id) JOIN analytics_interest f ON f.interest_id = x.id GROUP BY 1, 2, 3
  ON CONFLICT (country_id, sector_id, year) DO UPDATE SET mentions = r.mentions + EXCLUDED.mentions;
  INSERT INTO analytics_country_partner_year AS r (country_id, partner_id, year, mentions)
  SELECT f.country_id, f.partner_id, f.year, count(*)
    FROM unnest(ids) AS x(id) JOIN analytics_interest f ON f.interest_id = x.id GROUP BY 1, 2, 3
  ON CONFLICT (country_id, partner_id, year) DO UPDATE SET mentions = r.mentions + EXCLUDED.mentions;
  INSERT INTO analytics_country_sector_total AS r (country_id, sector_id, mentions)
  SELECT f.country_id, f.sector_id, count(*)
    FROM unnest(ids) AS x(id) JOIN analytics_interest f ON f.interest_id = x.id GROUP BY 1, 2
  ON CONFLICT (country_id, sector_id) DO UPDATE SET mentions = r.mentions + EXCLUDED.mentions;
  INSERT INTO analytics_country_partner_total AS r (country_id, partner_id, mentions)
  SELECT f.country_id, f.partner_id, count(*)
    FROM unnest(ids) AS x(id) JOIN analytics_interest f ON f.interest_id = x.id GROUP BY 1, 2
  ON CONFLICT (country_id, partner_id) DO UPDATE SET mentions = r.mentions + EXCLUDED.mentions;
END $$`);
    await queryRunner.query(`CREATE FUNCTION "analytics_remove_interests"(ids integer[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
  UPDATE analytics_country_sector_year r SET mentions = r.mentions - d.n
    FROM (SELECT f.country_id, f.sector_id, f.year, count(*) AS n
            FROM unnest(ids) AS x(id) JOIN analytics_interest f ON f.interest_id = x.id
           GROUP BY 1, 2, 3) d
   WHERE r.country_id = d.country_id AND r.sector_id = d.sector_id AND r.year = d.year;
  UPDATE analytics_country_partner_year r SET mentions = r.mentions - d.n
    FROM (SELECT f.country_id, f.partner_id, f.year, count(*) AS n
            FROM unnest(ids) AS x(id) JOIN analytics_interest f ON f.interest_id = x.id
           GROUP BY 1, 2, 3) d
   WHERE r.country_id = d.country_id AND r.partner_id = d.partner_id AND r.year = d.year;
  UPDATE analytics_country_sector_total r SET mentions = r.mentions - d.n
    FROM (SELECT f.country_id, f.sector_id, count(*) AS n
            FROM unnest(ids) AS x(id) JOIN analytics_interest f ON f.interest_id = x.id
           GROUP BY 1, 2) d
   WHERE r.country_id = d.country_id AND r.sector_id = d.sector_id;
  UPDATE analytics_country_partner_total r SET mentions = r.mentions - d.n
    FROM (SELECT f.country_id, f.partner_id, count(*) AS n
            FROM unnest(ids) AS x(id) JOIN analytics_interest f ON f.interest_id = x.id
           GROUP BY 1, 2) d
   WHERE r.country_id = d.country_id AND r.partner_id = d.partner_id;
  DELETE FROM analytics_country_sector_year r
   USING (SELECT DISTINCT f.country_id, f.sector_id, f.year
            FROM unnest(ids) AS x(id) JOIN analytics_interest f ON f.interest_id = x.id) d
   WHERE r.country_id = d.country_id AND r.sector_id = d.sector_id AND r.year = d.year
     AND r.mentions <= 0;
  DELETE FROM analytics_country_partner_year r
   USING (SELECT DISTINCT f.country_id, f.partner_id, f.year
            FROM unnest(ids) AS x(id) JOIN analytics_interest f ON f.interest_id = x.id) d
   WHERE r.country_id = d.country_id AND r.partner_id = d.partner_id AND r.year = d.year
     AND r.mentions <= 0;
  DELETE FROM analytics_country_sector_total r
   USING (SELECT DISTINCT f.country_id, f.sector_id
            FROM unnest(ids) AS x(id) JOIN analytics_interest f ON f.interest_id = x.id) d
   WHERE r.country_id = d.country_id AND r.sector_id = d.sector_id AND r.mentions <= 0;
  DELETE FROM analytics_country_partner_total r
   USING (SELECT DISTINCT f.country_id, f.partner_id
            FROM unnest(ids) AS x(id) JOIN analytics_interest f ON f.interest_id = x.id) d
   WHERE r.country_id = d.country_id AND r.partner_id = d.partner_id AND r.mentions <= 0;
  DELETE FROM analytics_interest f USING unnest(ids) AS x(id) WHERE f.interest_id = x.id;
END $$`);
    await queryRunner.query(`CREATE FUNCTION "analytics_interest_inserted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM analytics_add_interests(ARRAY(SELECT id FROM analytics_new_rows));
  RETURN NULL;
END $$`);
    await queryRunner.query(`CREATE FUNCTION "analytics_interest_deleted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM analytics_remove_interests(ARRAY(SELECT id FROM analytics_old_rows));
  RETURN NULL;
END $$`);
    await queryRunner.query(`CREATE FUNCTION "analytics_interest_updated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM analytics_remove_interests(ARRAY(SELECT id FROM analytics_old_rows));
  PERFORM analytics_add_interests(ARRAY(SELECT id FROM analytics_new_rows));
  RETURN NULL;
END $$`);
    await queryRunner.query(`CREATE FUNCTION "analytics_interest_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM analytics_interest;
  DELETE FROM analytics_country_sector_year;
  DELETE FROM analytics_country_partner_year;
  DELETE FROM analytics_country_sector_total;
  DELETE FROM analytics_country_partner_total;
  RETURN NULL;
END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "analytics_interest_inserted" AFTER INSERT ON "sector_interest" REFERENCING NEW TABLE AS analytics_new_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics_interest_inserted()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "analytics_interest_deleted" AFTER DELETE ON "sector_interest" REFERENCING OLD TABLE AS analytics_old_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics_interest_deleted()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "analytics_interest_updated" AFTER UPDATE ON "sector_interest" REFERENCING OLD TABLE AS analytics_old_rows NEW TABLE AS analytics_new_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics_interest_updated()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "analytics_interest_truncated" AFTER TRUNCATE ON "sector_interest" FOR EACH STATEMENT EXECUTE FUNCTION analytics_interest_truncated()`,
    );

    // Meeting pairs: recomputed per meeting from its current parties and dates.
    await queryRunner.query(`CREATE FUNCTION "analytics_refresh_meeting_pairs"(ids integer[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
  DELETE FROM analytics_meeting_pair p USING unnest(ids) AS x(id) WHERE p.meeting_id = x.id;
  INSERT INTO analytics_meeting_pair (meeting_id, country_a_id, country_b_id, kind, start_date, date_precision)
  SELECT m.id, a.country_id, b.country_id, m.kind, m.start_date, m.date_precision
    FROM (SELECT DISTINCT id FROM unnest(ids) AS x(id)) x
    JOIN meeting m ON m.id = x.id
    JOIN meeting_party a ON a.meeting_id = m.id
    JOIN meeting_party b ON b.meeting_id = m.id AND b.country_id > a.country_id;
END $$`);
    await queryRunner.query(`CREATE FUNCTION "analytics_party_inserted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM analytics_refresh_meeting_pairs(ARRAY(SELECT DISTINCT meeting_id FROM analytics_new_rows));
  RETURN NULL;
END $$`);
    await queryRunner.query(`CREATE FUNCTION "analytics_party_deleted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM analytics_refresh_meeting_pairs(ARRAY(SELECT DISTINCT meeting_id FROM analytics_old_rows));
  RETURN NULL;
END $$`);
    await queryRunner.query(`CREATE FUNCTION "analytics_party_updated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM analytics_refresh_meeting_pairs(ARRAY(
    SELECT meeting_id FROM analytics_old_rows UNION SELECT meeting_id FROM analytics_new_rows));
  RETURN NULL;
END $$`);
    await queryRunner.query(`CREATE FUNCTION "analytics_party_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM analytics_meeting_pair;
  RETURN NULL;
END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "analytics_party_inserted" AFTER INSERT ON "meeting_party" REFERENCING NEW TABLE AS analytics_new_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics_party_inserted()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "analytics_party_deleted" AFTER DELETE ON "meeting_party" REFERENCING OLD TABLE AS analytics_old_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics_party_deleted()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "analytics_party_updated" AFTER UPDATE ON "meeting_party" REFERENCING OLD TABLE AS analytics_old_rows NEW TABLE AS analytics_new_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics_party_updated()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "analytics_party_truncated" AFTER TRUNCATE ON "meeting_party" FOR EACH STATEMENT EXECUTE FUNCTION analytics_party_truncated()`,
    );

    // A meeting whose date, precision or kind changes moves its interests and pairs.
    await queryRunner.query(`CREATE FUNCTION "analytics_meeting_updated"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed integer[];
  interests integer[];
BEGIN
  changed := ARRAY(
    SELECT n.id FROM analytics_new_rows n JOIN analytics_old_rows o ON o.id = n.id
     WHERE (n.start_date, n.date_precision, n.kind) IS DISTINCT FROM (o.start_date, o.date_precision, o.kind));
  IF cardinality(changed) = 0 THEN RETURN NULL; END IF;
  PERFORM analytics_refresh_meeting_pairs(changed);
  interests := ARRAY(SELECT f.interest_id FROM analytics_interest f JOIN unnest(changed) AS x(id) ON f.meeting_id = x.id);
  PERFORM analytics_remove_interests(interests);
  PERFORM analytics_add_interests(interests);
  RETURN NULL;
END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "analytics_meeting_updated" AFTER UPDATE ON "meeting" REFERENCING OLD TABLE AS analytics_old_rows NEW TABLE AS analytics_new_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics_meeting_updated()`,
    );

    // Backfill from whatever is already recorded.
    await queryRunner.query(`SELECT analytics_rebuild_sector_tree()`);
    await queryRunner.query(
      `SELECT analytics_add_interests(ARRAY(SELECT id FROM sector_interest ORDER BY id))`,
    );
    await queryRunner.query(
      `SELECT analytics_refresh_meeting_pairs(ARRAY(SELECT DISTINCT meeting_id FROM meeting_party))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "analytics_meeting_updated" ON "meeting"`);
    await queryRunner.query(`DROP TRIGGER "analytics_party_truncated" ON "meeting_party"`);
    await queryRunner.query(`DROP TRIGGER "analytics_party_updated" ON "meeting_party"`);
    await queryRunner.query(`DROP TRIGGER "analytics_party_deleted" ON "meeting_party"`);
    await queryRunner.query(`DROP TRIGGER "analytics_party_inserted" ON "meeting_party"`);
    await queryRunner.query(`DROP TRIGGER "analytics_interest_truncated" ON "sector_interest"`);
    await queryRunner.query(`DROP TRIGGER "analytics_interest_updated" ON "sector_interest"`);
    await queryRunner.query(`DROP TRIGGER "analytics_interest_deleted" ON "sector_interest"`);
    await queryRunner.query(`DROP TRIGGER "analytics_interest_inserted" ON "sector_interest"`);
    await queryRunner.query(`DROP TRIGGER "analytics_sector_changed" ON "sector"`);
    await queryRunner.query(`DROP FUNCTION "analytics_meeting_updated"()`);
    await queryRunner.query(`DROP FUNCTION "analytics_party_truncated"()`);
    await queryRunner.query(`DROP FUNCTION "analytics_party_updated"()`);
    await queryRunner.query(`DROP FUNCTION "analytics_party_deleted"()`);
    await queryRunner.query(`DROP FUNCTION "analytics_party_inserted"()`);
    await queryRunner.query(`DROP FUNCTION "analytics_refresh_meeting_pairs"(integer[])`);
    await queryRunner.query(`DROP FUNCTION "analytics_interest_truncated"()`);
    await queryRunner.query(`DROP FUNCTION "analytics_interest_updated"()`);
    await queryRunner.query(`DROP FUNCTION "analytics_interest_deleted"()`);
    await queryRunner.query(`DROP FUNCTION "analytics_interest_inserted"()`);
    await queryRunner.query(`DROP FUNCTION "analytics_remove_interests"(integer[])`);
    await queryRunner.query(`DROP FUNCTION "analytics_add_interests"(integer[])`);
    await queryRunner.query(`DROP FUNCTION "analytics_sector_changed"()`);
    await queryRunner.query(`DROP FUNCTION "analytics_rebuild_sector_tree"()`);
    await queryRunner.query(`DROP TABLE "analytics_meeting_pair"`);
    await queryRunner.query(`DROP TABLE "analytics_country_partner_total"`);
    await queryRunner.query(`DROP TABLE "analytics_country_sector_total"`);
    await queryRunner.query(`DROP TABLE "analytics_country_partner_year"`);
    await queryRunner.query(`DROP TABLE "analytics_country_sector_year"`);
    await queryRunner.query(`DROP TABLE "analytics_interest"`);
    await queryRunner.query(`DROP TABLE "analytics_sector_tree"`);
  }
}
