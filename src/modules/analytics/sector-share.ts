import { DataSource } from 'typeorm';
import {
  allTime,
  DateWindow,
  Params,
  whereSql,
  windowSql,
  yearAligned,
  yearWindowSql,
} from './analytics-sql';
import { SectorShareReport } from './analytics.types';

/** Mentions per (party, sector) in the window, and whether its sectors are already top-level. */
function mentionsSource(
  window: DateWindow,
  exactSector: boolean,
  params: Params,
): { sql: string; topLevel: boolean } {
  if (allTime(window)) {
    return {
      sql: 'SELECT country_id, sector_id, mentions FROM analytics_country_sector_total',
      topLevel: false,
    };
  }
  if (yearAligned(window) && !exactSector) {
    // A few thousand (party, top-level sector, year) rows instead of every (party, sector, year).
    return {
      sql: `SELECT r.country_id, r.root_id AS sector_id, sum(r.mentions) AS mentions
              FROM analytics_country_root_year r ${whereSql(yearWindowSql('r', window, params))}
             GROUP BY 1, 2`,
      topLevel: true,
    };
  }
  if (yearAligned(window)) {
    return {
      sql: `SELECT r.country_id, r.sector_id, sum(r.mentions) AS mentions
              FROM analytics_country_sector_year r ${whereSql(yearWindowSql('r', window, params))}
             GROUP BY 1, 2`,
      topLevel: false,
    };
  }
  return {
    sql: `SELECT f.country_id, f.sector_id, count(*) AS mentions
            FROM analytics_interest f ${whereSql(windowSql('f', window, params))}
           GROUP BY 1, 2`,
    topLevel: false,
  };
}

/**
 * A party's share of mentions per sector against the average share of every party that has a
 * mention in the window (docs/analytics.md). Sectors are top-level unless exactSector.
 */
export async function sectorShare(
  dataSource: DataSource,
  countryId: number,
  window: DateWindow,
  exactSector: boolean,
): Promise<SectorShareReport> {
  const params = new Params();
  const c = params.add(countryId);
  const source = mentionsSource(window, exactSector, params);
  const grouped = exactSector || source.topLevel;
  const key = grouped ? 's.sector_id' : 't.ancestor_id';
  const join = grouped
    ? ''
    : 'JOIN analytics_sector_tree t ON t.sector_id = s.sector_id AND t.ancestor_is_root';
  const rows: {
    sector_id: number | null;
    mentions: number;
    share: number;
    average_share: number;
    countries: number;
    country_total: number;
  }[] = await dataSource.query(
    `WITH per AS (
       SELECT s.country_id, ${key} AS sector_id, sum(s.mentions)::float8 AS n
         FROM (${source.sql}) s ${join} GROUP BY 1, 2),
     shares AS (
       SELECT country_id, sector_id, n, n / sum(n) OVER (PARTITION BY country_id) AS share FROM per),
     compared AS (SELECT count(DISTINCT country_id)::int AS c FROM per),
     bysector AS (
       SELECT sector_id,
              coalesce(sum(n) FILTER (WHERE country_id = ${c}), 0)::int AS mentions,
              coalesce(sum(share) FILTER (WHERE country_id = ${c}), 0)::float8 AS share,
              (sum(share) / (SELECT c FROM compared))::float8 AS average_share
         FROM shares GROUP BY sector_id)
     SELECT b.sector_id, b.mentions, b.share, b.average_share,
            (SELECT c FROM compared) AS countries,
            (SELECT coalesce(sum(n), 0)::int FROM per WHERE country_id = ${c}) AS country_total
       FROM bysector b
      UNION ALL
     SELECT NULL, 0, 0, 0, (SELECT c FROM compared),
            (SELECT coalesce(sum(n), 0)::int FROM per WHERE country_id = ${c})
      ORDER BY share DESC, average_share DESC, sector_id NULLS LAST`,
    params.values,
  );
  // The last (sector-less) row carries the totals even when nothing matched.
  const totals = rows.find((row) => row.sector_id === null)!;
  return {
    countryId,
    mentions: totals.country_total,
    countriesCompared: totals.countries,
    sectors: rows
      .filter((row) => row.sector_id !== null)
      .map((row) => ({
        sectorId: row.sector_id!,
        mentions: row.mentions,
        share: row.share,
        averageShare: row.average_share,
      })),
  };
}
