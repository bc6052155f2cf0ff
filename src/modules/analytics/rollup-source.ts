import {
  allTime,
  DateWindow,
  Params,
  splitWindow,
  whereSql,
  windowSql,
  yearWindowSql,
} from './analytics-sql';

/** Where a question's mentions come from: an all-time and a yearly rollup of the same keys. */
export interface RollupSourceSpec {
  /** Output columns, named as in the rollups. */
  columns: string[];
  total: string;
  yearly: string;
  /** Conditions on the key columns, for a table alias (the rollups' or analytics_interest's). */
  where: (alias: string) => string[];
  /** For interest rows: expressions for columns that are not analytics_interest's own, and joins. */
  raw?: { columns: Record<string, string>; join: string };
}

/**
 * Rows of (columns..., mentions) that add up to the answer: the all-time rollup, or the yearly
 * rollup over the window's whole years plus interest rows for its partial years (splitWindow).
 * Rows are not aggregated; the caller sums them by its keys.
 */
export function rollupSource(spec: RollupSourceSpec, window: DateWindow, params: Params): string {
  const rollup = (table: string, w: DateWindow) =>
    `SELECT ${spec.columns.map((c) => `r.${c}`).join(', ')}, r.mentions FROM ${table} r
      ${whereSql([...spec.where('r'), ...yearWindowSql('r', w, params)])}`;
  if (allTime(window)) return rollup(spec.total, window);
  const { years, edges } = splitWindow(window);
  const parts = years ? [rollup(spec.yearly, years)] : [];
  for (const edge of edges) {
    const columns = spec.columns.map((c) => `${spec.raw?.columns[c] ?? `f.${c}`} AS ${c}`);
    parts.push(
      `SELECT ${columns.join(', ')}, count(*)::int AS mentions
         FROM analytics_interest f ${spec.raw?.join ?? ''}
        ${whereSql([...spec.where('f'), ...windowSql('f', edge, params)])}
        GROUP BY ${spec.columns.map((_, i) => i + 1).join(', ')}`,
    );
  }
  return parts.join(' UNION ALL ');
}
