import { DataSource } from 'typeorm';
import { DateWindow, Params } from './analytics-sql';
import { rollupSource } from './rollup-source';
import { SectorShareReport } from './analytics.types';

/** Mentions per (party, sector) in the window: top-level sectors unless exactSector. */
function mentionsSource(window: DateWindow, exactSector: boolean, params: Params): string {
  if (exactSector) {
    return rollupSource(
      {
        columns: ['country_id', 'sector_id'],
        total: 'analytics_country_sector_total',
        yearly: 'analytics_country_sector_year',
        where: () => [],
      },
      window,
      params,
    );
  }
  // A few thousand (party, top-level sector[, year]) rows instead of every (party, sector).
  const roots = rollupSource(
    {
      columns: ['country_id', 'root_id'],
      total: 'analytics_country_root_total',
      yearly: 'analytics_country_root_year',
      where: () => [],
      raw: {
        columns: { root_id: 't.ancestor_id' },
        join: 'JOIN analytics_sector_tree t ON t.sector_id = f.sector_id AND t.ancestor_is_root',
      },
    },
    window,
    params,
  );
  return `SELECT country_id, root_id AS sector_id, mentions FROM (${roots}) roots`;
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
  const rows: {
    sector_id: number | null;
    mentions: number;
    share: number;
    average_share: number;
    countries: number;
    country_total: number;
  }[] = await dataSource.query(
    `WITH per AS (
       SELECT s.country_id, s.sector_id, sum(s.mentions)::float8 AS n
         FROM (${source}) s GROUP BY 1, 2),
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
