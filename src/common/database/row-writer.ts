import { EntityManager } from 'typeorm';

/** A column of a multi-row statement: its name, the PostgreSQL type of its array, and optionally
 * the expression an INSERT … SELECT writes for it (`v."name"` by default). */
export type RowColumn = [name: string, type: string, select?: string];

/**
 * `unnest($k::type[], …) AS alias(columns)` over rows given as arrays of values: one parameter
 * per column whatever the number of rows, so a statement never meets pg's 65,535-parameter
 * bound. Parameters are appended to `params`.
 */
export function unnestRows(
  columns: RowColumn[],
  rows: unknown[][],
  params: unknown[],
  alias = 'v',
  numbered = false,
): string {
  const arrays = columns.map(([, type], index) => {
    params.push(rows.map((row) => row[index] ?? null));
    return `$${params.length}::${type}[]`;
  });
  const names = columns.map(([name]) => `"${name}"`).join(', ');
  return numbered
    ? `unnest(${arrays.join(', ')}) WITH ORDINALITY AS ${alias}(${names}, "${ROW_NUMBER}")`
    : `unnest(${arrays.join(', ')}) AS ${alias}(${names})`;
}

/**
 * The column `unnestRows(…, numbered)` adds: inserting `ORDER BY` it gives new rows their ids in
 * the order of the file, whatever join the planner picks (a hash anti-join reorders rows).
 */
export const ROW_NUMBER = 'row_number';

/** Rows in slices of `size`, so one statement's arrays stay a few megabytes. */
export function* chunks<T>(rows: T[], size = 20_000): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

/** Multi-row inserts through unnest, timed per table (triggers included) for the load report. */
export class RowWriter {
  constructor(readonly seconds = new Map<string, number>()) {}

  /** One parameter per column, any number of rows. */
  async insert(
    em: EntityManager,
    table: string,
    columns: RowColumn[],
    rows: unknown[][],
    returning?: string,
  ): Promise<Record<string, unknown>[]> {
    if (rows.length === 0) return [];
    const params: unknown[] = [];
    const list = columns.map(([column]) => `"${column}"`).join(', ');
    const sql = `INSERT INTO "${table}" (${list}) SELECT * FROM ${unnestRows(columns, rows, params)}${
      returning ? ` RETURNING ${returning}` : ''
    }`;
    const started = Date.now();
    const result = await em.query(sql, params);
    this.time(table, started);
    return result;
  }

  /** Adds the time since `started` to `table`'s total. */
  time(table: string, started: number): void {
    this.seconds.set(table, (this.seconds.get(table) ?? 0) + (Date.now() - started) / 1000);
  }
}
