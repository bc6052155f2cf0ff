import { DataSource } from 'typeorm';
import { preparedQuery } from '../../database/prepared-query';

/** Runs the statements selection-sql-executor.ts writes, on the request's data source. */
export class SelectionSqlReader {
  constructor(private readonly dataSource: DataSource) {}

  /** `prepared`: a text seen again and again is kept as a named prepared statement. */
  rows(sql: string, params: unknown[], prepared: boolean): Promise<Record<string, unknown>[]> {
    return prepared
      ? preparedQuery(this.dataSource, sql, params)
      : this.dataSource.query(sql, params);
  }
}
