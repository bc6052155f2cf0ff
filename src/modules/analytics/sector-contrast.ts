import { preparedQuery } from '../../common/database/prepared-query';
import { DataSource } from 'typeorm';
import { DateWindow, Params } from './analytics-sql';
import { rollupSource } from './rollup-source';

/** What a party's counts are compared with: every party's mentions under the same window. */
export interface ContrastBasis {
  window: DateWindow;
  exactSector: boolean;
}

/** Mentions per sector (top-level, unless exactSector) and their total. */
export interface SectorCounts {
  bySector: Map<number, number>;
  total: number;
}

export interface SectorContrast {
  lift: number;
  distinctiveness: number;
}

/** Every party's mentions per sector in the basis's window and channels. */
export async function sectorBackground(
  dataSource: DataSource,
  basis: ContrastBasis,
): Promise<SectorCounts> {
  const params = new Params();
  const source = rollupSource(
    {
      columns: ['sector_id'],
      total: 'analytics_country_sector_total',
      yearly: 'analytics_country_sector_year',
      where: () => [],
    },
    basis.window,
    params,
  );
  const key = basis.exactSector ? 's.sector_id' : 't.ancestor_id';
  const join = basis.exactSector
    ? ''
    : 'JOIN analytics_sector_tree t ON t.sector_id = s.sector_id AND t.ancestor_is_root';
  const rows = await preparedQuery<{ sector_id: number; mentions: number }>(
    dataSource,
    `SELECT ${key} AS sector_id, sum(s.mentions)::int AS mentions
       FROM (${source}) s ${join} GROUP BY 1`,
    params.values,
  );
  const bySector = new Map(rows.map((row) => [row.sector_id, row.mentions]));
  return { bySector, total: rows.reduce((sum, row) => sum + row.mentions, 0) };
}

/**
 * How much more a party raises a sector than all parties together. `lift` is the ratio of the two
 * shares. `distinctiveness` is the z-score of the log-odds ratio with an informative Dirichlet
 * prior (Monroe, Colaresi and Quinn, "Fightin' Words", Political Analysis 16(4), 2008): the prior
 * is the background's distribution with the weight of the party's own mentions, so a sector
 * raised twice by a party that says little does not outrank one it raises year after year.
 */
export function sectorContrast(
  mentions: number,
  partyTotal: number,
  background: number,
  backgroundTotal: number,
): SectorContrast {
  if (partyTotal <= 0 || background <= 0 || backgroundTotal <= background) {
    return { lift: background > 0 && partyTotal > 0 ? 1 : 0, distinctiveness: 0 };
  }
  const lift = mentions / partyTotal / (background / backgroundTotal);
  const priorTotal = partyTotal;
  const prior = (background * priorTotal) / backgroundTotal;
  const logOdds = (count: number, total: number) =>
    Math.log((count + prior) / (total + priorTotal - count - prior));
  const delta = logOdds(mentions, partyTotal) - logOdds(background, backgroundTotal);
  const variance = 1 / (mentions + prior) + 1 / (background + prior);
  return { lift, distinctiveness: delta / Math.sqrt(variance) };
}
