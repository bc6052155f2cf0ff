import { EntityManager } from 'typeorm';
import { chunks, ROW_NUMBER, RowColumn, RowWriter, unnestRows } from './row-writer';

/**
 * Set-based writes for bulk loads: each call is a few statements whatever the number of rows,
 * and each writes only what differs, so loading the same rows again changes nothing (no row
 * version, audit entry or rollup moves).
 */
export class BulkRows {
  constructor(
    private readonly em: EntityManager,
    readonly writer = new RowWriter(),
  ) {}

  /**
   * INSERT … ON CONFLICT (the first `keyCount` columns) DO UPDATE where a value differs; answers
   * every row's id by its key (`rowKey` of the key values). A column's third element is the
   * expression inserted for it (`v."name"` by default).
   */
  async upsert(
    table: string,
    columns: RowColumn[],
    rows: unknown[][],
    keyCount = 1,
  ): Promise<Map<string, number>> {
    const ids = new Map<string, number>();
    const keys = columns.slice(0, keyCount).map(([name]) => `"${name}"`);
    const rest = columns.slice(keyCount).map(([name]) => `"${name}"`);
    const list = columns.map(([name]) => `"${name}"`).join(', ');
    const update = rest.length
      ? `DO UPDATE SET ${rest.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}
         WHERE (${rest.map((c) => `"${table}".${c}`).join(', ')}, NULL)
               IS DISTINCT FROM (${rest.map((c) => `EXCLUDED.${c}`).join(', ')}, NULL)`
      : 'DO NOTHING';
    for (const slice of chunks(dedupe(rows, (row) => rowKey(row.slice(0, keyCount))))) {
      const started = Date.now();
      const params: unknown[] = [];
      const from = unnestRows(columns, slice, params, 'v', true);
      await this.em.query(
        `INSERT INTO "${table}" (${list}) SELECT ${selectList(columns)} FROM ${from}
         ORDER BY v."${ROW_NUMBER}"
         ON CONFLICT (${keys.join(', ')}) ${update}`,
        params,
      );
      const keyParams: unknown[] = [];
      const keyFrom = unnestRows(
        columns.slice(0, keyCount),
        slice.map((row) => row.slice(0, keyCount)),
        keyParams,
        'k',
      );
      const found: Record<string, unknown>[] = await this.em.query(
        `SELECT t.id, ${keys.map((k) => `t.${k}`).join(', ')} FROM "${table}" t
          WHERE (${keys.map((k) => `t.${k}`).join(', ')}) IN (SELECT * FROM ${keyFrom})`,
        keyParams,
      );
      const names = columns.slice(0, keyCount).map(([name]) => name);
      for (const row of found) ids.set(rowKey(names.map((n) => row[n])), row.id as number);
      this.writer.time(table, started);
    }
    return ids;
  }

  /** Sets `column` of each row id to its value where it differs (null included). */
  async setColumn(table: string, column: string, type: string, pairs: [number, unknown][]) {
    for (const slice of chunks(pairs)) {
      const started = Date.now();
      const params: unknown[] = [];
      const from = unnestRows(
        [
          ['id', 'int'],
          ['value', type],
        ],
        slice,
        params,
      );
      await this.em.query(
        `UPDATE "${table}" t SET "${column}" = v.value FROM ${from}
          WHERE t.id = v.id AND t."${column}" IS DISTINCT FROM v.value`,
        params,
      );
      this.writer.time(table, started);
    }
  }

  /** Adds the (owner, target) pairs a join table lacks; never removes one. */
  async link(table: string, owner: string, target: string, pairs: [number, number][]) {
    const unique = dedupe(pairs, (pair) => rowKey(pair));
    for (const slice of chunks(unique)) {
      const started = Date.now();
      const params: unknown[] = [];
      const from = unnestRows(
        [
          [owner, 'int'],
          [target, 'int'],
        ],
        slice,
        params,
      );
      await this.em.query(
        `INSERT INTO "${table}" ("${owner}", "${target}") SELECT * FROM ${from} ON CONFLICT DO NOTHING`,
        params,
      );
      this.writer.time(table, started);
    }
  }

  /**
   * Rows with no key of their own, matched to stored ones by `match` (SQL over aliases `t`, the
   * table, and `v`, the new row; it should start with an equality on an indexed column):
   * matched rows are updated where a value differs, the others inserted. Columns in `keep` hold
   * NULL when the file leaves them out: the stored value stays, a new row gets `defaults`.
   * Rows with the same `identity` count once, the last one winning.
   */
  async merge(spec: MergeSpec, rows: unknown[][]): Promise<void> {
    const { table, columns, keep = {} } = spec;
    const unique = dedupe(rows, (row) => rowKey(spec.identity(row)));
    const value = (name: string) =>
      name in keep ? `coalesce(v."${name}", t."${name}")` : `v."${name}"`;
    const names = columns.map(([name]) => name);
    const inserted = names.map((name) =>
      name in keep ? `coalesce(v."${name}", ${keep[name]})` : `v."${name}"`,
    );
    for (const slice of chunks(unique, spec.chunk)) {
      const started = Date.now();
      const params: unknown[] = [];
      const from = unnestRows(columns, slice, params, 'v', true);
      await this.em.query(
        `WITH v AS MATERIALIZED (SELECT * FROM ${from}),
         changed AS (
           UPDATE "${table}" t SET ${names.map((n) => `"${n}" = ${value(n)}`).join(', ')}
             FROM v WHERE ${spec.match}
              AND (${names.map((n) => `t."${n}"`).join(', ')}, NULL)
                  IS DISTINCT FROM (${names.map(value).join(', ')}, NULL)
           RETURNING 1)
         INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(', ')})
         SELECT ${inserted.join(', ')} FROM v
          WHERE NOT EXISTS (SELECT 1 FROM "${table}" t WHERE ${spec.match})
          ORDER BY v."${ROW_NUMBER}"`,
        params,
      );
      this.writer.time(table, started);
    }
  }
}

export interface MergeSpec {
  table: string;
  columns: RowColumn[];
  /** The values that identify a row among the file's rows (for de-duplication). */
  identity: (row: unknown[]) => unknown[];
  /** SQL matching a stored row `t` to a new row `v`. */
  match: string;
  /** Columns left out by the file (NULL), with the default a new row gets. */
  keep?: Record<string, string>;
  /**
   * Rows per statement: statement triggers (the analytics rollups) rewrite each group they touch
   * once per statement, so fewer, larger statements cost less.
   */
  chunk?: number;
}

/** One string for a tuple of key values. */
export function rowKey(values: unknown[]): string {
  return values.map((v) => (v === null || v === undefined ? '\u0001' : String(v))).join('\u0000');
}

/** The rows with distinct keys, each key's last row winning, in order of first appearance. */
function dedupe<T>(rows: T[], key: (row: T) => string): T[] {
  const byKey = new Map<string, T>();
  for (const row of rows) byKey.set(key(row), row);
  return byKey.size === rows.length ? rows : [...byKey.values()];
}

function selectList(columns: RowColumn[]): string {
  return columns.map(([name, , select]) => select ?? `v."${name}"`).join(', ');
}
