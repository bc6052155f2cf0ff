import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An interest may have no partner: a state's statement at the UN General Debate says what it
 * wants, not whom it wants it with. The natural key stays one row per (meeting, sector, country,
 * partner, stance) with NULLS NOT DISTINCT. Rollups keyed by a pair skip such interests (the
 * UPDATE/DELETE joins of analytics_remove_interests never match a NULL partner); the party-level
 * rollups count them.
 */
export class NullablePartner1795939000000 implements MigrationInterface {
  name = 'NullablePartner1795939000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "sector_interest" ALTER COLUMN "partner_id" DROP NOT NULL`,
    );
    await queryRunner.query(`DROP INDEX "public"."UQ_sector_interest_natural"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_sector_interest_natural" ON "sector_interest" ("meeting_id", "sector_id", "country_id", "partner_id", "stance") NULLS NOT DISTINCT`,
    );
    await queryRunner.query(
      `ALTER TABLE "analytics_interest" ALTER COLUMN "partner_id" DROP NOT NULL`,
    );
    await queryRunner.query(`CREATE OR REPLACE FUNCTION "analytics_add_interests"(ids integer[]) RETURNS void LANGUAGE plpgsql AS $$
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
    FROM unnest(ids) AS x(id) JOIN analytics_interest f ON f.interest_id = x.id
   WHERE f.partner_id IS NOT NULL GROUP BY 1, 2, 3
  ON CONFLICT (country_id, partner_id, year) DO UPDATE SET mentions = r.mentions + EXCLUDED.mentions;
  INSERT INTO analytics_country_sector_total AS r (country_id, sector_id, mentions)
  SELECT f.country_id, f.sector_id, count(*)
    FROM unnest(ids) AS x(id) JOIN analytics_interest f ON f.interest_id = x.id GROUP BY 1, 2
  ON CONFLICT (country_id, sector_id) DO UPDATE SET mentions = r.mentions + EXCLUDED.mentions;
  INSERT INTO analytics_country_partner_total AS r (country_id, partner_id, mentions)
  SELECT f.country_id, f.partner_id, count(*)
    FROM unnest(ids) AS x(id) JOIN analytics_interest f ON f.interest_id = x.id
   WHERE f.partner_id IS NOT NULL GROUP BY 1, 2
  ON CONFLICT (country_id, partner_id) DO UPDATE SET mentions = r.mentions + EXCLUDED.mentions;
END $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "sector_interest" WHERE "partner_id" IS NULL`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION "analytics_add_interests"(ids integer[]) RETURNS void LANGUAGE plpgsql AS $$
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
    await queryRunner.query(
      `ALTER TABLE "analytics_interest" ALTER COLUMN "partner_id" SET NOT NULL`,
    );
    await queryRunner.query(`DROP INDEX "public"."UQ_sector_interest_natural"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_sector_interest_natural" ON "sector_interest" ("meeting_id", "sector_id", "country_id", "partner_id", "stance")`,
    );
    await queryRunner.query(`ALTER TABLE "sector_interest" ALTER COLUMN "partner_id" SET NOT NULL`);
  }
}
