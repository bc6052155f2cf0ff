import { preparedQuery } from '../../common/database/prepared-query';
import { DataSource } from 'typeorm';
import {
  allTime,
  DateWindow,
  Params,
  rollupChannelSql,
  splitWindow,
  statementsOnly,
  whereSql,
  windowSql,
} from './analytics-sql';
import { rollupSource } from './rollup-source';
import { SectorShareReport } from './analytics.types';

/** Mentions per (party, sector) in the window. */
function exactMentionsSource(window: DateWindow, params: Params): string {
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

const ORDER = 'ORDER BY share DESC, average_share DESC, sector_id NULLS LAST';

/** Mentions in the years [from, to] of a running-sum array read at `a` (either end open). */
function yearsMentionsSql(a: string, years: DateWindow, params: Params): string {
  const to = years.to
    ? `least(${params.add(Number(years.to.slice(0, 4)))}, ${a}.last_year)`
    : `${a}.last_year`;
  const upTo = `coalesce(${a}.cum[${to}], 0)`;
  if (!years.from) return upTo;
  const before = params.add(Number(years.from.slice(0, 4)) - 1);
  return `${upTo} - coalesce(${a}.cum[least(${before}, ${a}.last_year)], 0)`;
}

/**
 * Top-level sectors over a window: the whole years from the running sums (migration
 * AnalyticsRootCumulative), a row per (party, sector, channel) whatever the window's length, and
 * its partial years from interest rows. Each party's total comes from its own running sums unless
 * the window has partial years. A party's share adds up over rows, so the rows are not grouped.
 */
function cumulativeSql(c: string, window: DateWindow, params: Params): string {
  const { years, edges } = splitWindow(window);
  const channel = (a: string) => rollupChannelSql(a, window.channels);
  const rows: string[] = [];
  if (years) {
    // OFFSET 0: the sum is computed once per row, not again for the filter on it.
    rows.push(`SELECT country_id, root_id, n FROM (
         SELECT r.country_id, r.root_id, ${yearsMentionsSql('r', years, params)} AS n
           FROM analytics_country_root_cumulative r ${whereSql(channel('r'))} OFFSET 0) x
        WHERE n > 0`);
  }
  for (const edge of edges) {
    rows.push(`SELECT f.country_id, t.ancestor_id AS root_id, count(*) AS n
         FROM analytics_interest f
         JOIN analytics_sector_tree t ON t.sector_id = f.sector_id AND t.ancestor_is_root
        ${whereSql(windowSql('f', edge, params))} GROUP BY 1, 2`);
  }
  const per = `SELECT country_id, root_id AS sector_id, n::float8 AS n FROM (${rows.join(' UNION ALL ')}) p`;
  if (years && !edges.length) {
    // Read once, the rows need no CTE: a fifth of the statement's time.
    const totals = `SELECT r.country_id, sum(${yearsMentionsSql('r', years, params)})::float8 AS t
         FROM analytics_country_cumulative r ${whereSql(channel('r'))} GROUP BY 1`;
    return `WITH ${sharesSql(c, totals, `(${per})`)}`;
  }
  return `WITH per AS MATERIALIZED (${per}),
     ${sharesSql(c, 'SELECT country_id, sum(n) AS t FROM per GROUP BY 1', 'per')}`;
}

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
     ${sharesSql(c, 'SELECT country_id, sum(n) AS t FROM per GROUP BY 1', 'per')}`;
}

/** The answer from rows of (party, sector, mentions) and each party's total in the window. */
function sharesSql(c: string, totals: string, rows: string): string {
  return `tot AS MATERIALIZED (${totals}),
     compared AS MATERIALIZED (
       SELECT count(*) FILTER (WHERE t > 0)::int AS c,
              coalesce(sum(t) FILTER (WHERE country_id = ${c}), 0)::int AS own
         FROM tot)
     SELECT b.sector_id, b.mentions, b.share, (b.shares / k.c)::float8 AS average_share,
            k.c AS countries, k.own AS country_total
       FROM (SELECT p.sector_id,
                    coalesce(sum(p.n) FILTER (WHERE p.country_id = ${c}), 0)::int AS mentions,
                    coalesce(sum(p.n / t.t) FILTER (WHERE p.country_id = ${c}), 0)::float8 AS share,
                    sum(p.n / t.t) AS shares
               FROM ${rows} p JOIN tot t ON t.country_id = p.country_id
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
  let sql: string;
  if (exactSector) sql = windowedSql(c, exactMentionsSource(window, params));
  else if (allTime(window)) sql = allTimeSql(c, window, params);
  else sql = cumulativeSql(c, window, params);
  const rows = await preparedQuery<{
    sector_id: number | null;
    mentions: number;
    share: number;
    average_share: number;
    countries: number;
    country_total: number;
  }>(dataSource, sql, params.values);
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
