import { DataSource } from 'typeorm';
import {
  allTime,
  DateWindow,
  Params,
  rollupChannelSql,
  statementsOnly,
  whereSql,
} from './analytics-sql';
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

const ORDER = 'ORDER BY share DESC, average_share DESC, sector_id NULLS LAST';

/**
 * All time, top-level sectors: the other parties' shares come summed per channel choice from
 * analytics_root_share_total (migration AnalyticsShareTotals); only the party's rows are read.
 */
function allTimeSql(c: string, window: DateWindow, params: Params): string {
  const only = statementsOnly(window.channels);
  const channel = params.add(only === null ? 0 : only ? 1 : 2);
  return `WITH own AS (
       SELECT r.root_id AS sector_id, sum(r.mentions)::float8 AS n
         FROM analytics_country_root_total r
        ${whereSql([`r.country_id = ${c}`, ...rollupChannelSql('r', window.channels)])}
        GROUP BY 1),
     own_total AS (SELECT coalesce(sum(n), 0) AS t FROM own),
     compared AS (
       SELECT coalesce(max(countries), 0) AS c FROM analytics_root_share_total WHERE channel = ${channel})
     SELECT a.root_id AS sector_id, coalesce(o.n, 0)::int AS mentions,
            coalesce(o.n / NULLIF(ot.t, 0), 0)::float8 AS share,
            (a.share_sum / a.countries)::float8 AS average_share,
            a.countries, ot.t::int AS country_total
       FROM analytics_root_share_total a
       LEFT JOIN own o ON o.sector_id = a.root_id
      CROSS JOIN own_total ot
      WHERE a.channel = ${channel}
      UNION ALL
     SELECT NULL, 0, 0, 0, (SELECT c FROM compared), (SELECT t::int FROM own_total)
      ${ORDER}`;
}

/**
 * Every party's mentions in the window, shares computed here. Each party's total by a hash join
 * rather than a window over sorted rows: a third of the statement's time at 6,000 rows.
 */
function windowedSql(c: string, source: string): string {
  return `WITH per AS MATERIALIZED (
       SELECT s.country_id, s.sector_id, sum(s.mentions)::float8 AS n
         FROM (${source}) s GROUP BY 1, 2),
     tot AS MATERIALIZED (SELECT country_id, sum(n) AS t FROM per GROUP BY 1),
     compared AS MATERIALIZED (
       SELECT count(*)::int AS c, coalesce(sum(t) FILTER (WHERE country_id = ${c}), 0)::int AS own
         FROM tot)
     SELECT b.sector_id, b.mentions, b.share, (b.shares / k.c)::float8 AS average_share,
            k.c AS countries, k.own AS country_total
       FROM (SELECT p.sector_id,
                    coalesce(sum(p.n) FILTER (WHERE p.country_id = ${c}), 0)::int AS mentions,
                    coalesce(sum(p.n / t.t) FILTER (WHERE p.country_id = ${c}), 0)::float8 AS share,
                    sum(p.n / t.t) AS shares
               FROM per p JOIN tot t ON t.country_id = p.country_id
              GROUP BY p.sector_id) b, compared k
      UNION ALL
     SELECT NULL, 0, 0, 0, k.c, k.own FROM compared k
      ${ORDER}`;
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
  const sql =
    allTime(window) && !exactSector
      ? allTimeSql(c, window, params)
      : windowedSql(c, mentionsSource(window, exactSector, params));
  const rows: {
    sector_id: number | null;
    mentions: number;
    share: number;
    average_share: number;
    countries: number;
    country_total: number;
  }[] = await dataSource.query(sql, params.values);
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
