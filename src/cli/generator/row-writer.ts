import { EntityManager } from 'typeorm';

/** Multi-row inserts through unnest, timed per table (triggers included) for the load report. */
export class RowWriter {
  readonly seconds = new Map<string, number>();

  /** One parameter per column, any number of rows. */
  async insert(
    em: EntityManager,
    table: string,
    columns: [string, string][],
    rows: unknown[][],
    returning?: string,
  ): Promise<Record<string, unknown>[]> {
    if (rows.length === 0) return [];
    const arrays = columns.map((_, index) => rows.map((row) => row[index]));
    const list = columns.map(([column]) => `"${column}"`).join(', ');
    const unnest = columns.map(([, type], index) => `$${index + 1}::${type}[]`).join(', ');
    const sql = `INSERT INTO "${table}" (${list}) SELECT * FROM unnest(${unnest})${
      returning ? ` RETURNING ${returning}` : ''
    }`;
    const started = Date.now();
    const result = await em.query(sql, arrays);
    this.seconds.set(table, (this.seconds.get(table) ?? 0) + (Date.now() - started) / 1000);
    return result;
  }
}
