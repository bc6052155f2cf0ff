import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * INSERT … ON CONFLICT (natural key) DO UPDATE for plain rows, touching a row only when a value
 * differs, and returning the ids in input order. TypeORM's own upsert also overwrites the
 * primary key with a fresh sequence value, which breaks every row that refers to it.
 */
export async function upsertRows<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: Partial<T>[],
  conflictKeys: (keyof T & string)[],
): Promise<number[]> {
  if (rows.length === 0) return [];
  const metadata = manager.connection.getMetadata(entity);
  const properties = Object.keys(rows[0]);
  const column = (property: string) => {
    const found = metadata.findColumnWithPropertyName(property);
    if (!found) throw new Error(`${metadata.name} has no column ${property}`);
    return `"${found.databaseName}"`;
  };
  const columns = properties.map(column);
  const keys = conflictKeys.map(column);
  const updated = columns.filter((name) => !keys.includes(name));
  const params: unknown[] = [];
  const values = rows.map((row) => {
    const placeholders = properties.map((property) => {
      const value = (row as Record<string, unknown>)[property] ?? null;
      // pg would send a JS array as a PostgreSQL array; json columns take JSON text.
      const type = metadata.findColumnWithPropertyName(property)?.type;
      params.push(
        (type === 'jsonb' || type === 'json') && value !== null ? JSON.stringify(value) : value,
      );
      return `$${params.length}`;
    });
    return `(${placeholders.join(', ')})`;
  });
  const table = `"${metadata.tableName}"`;
  const update = updated.length
    ? `DO UPDATE SET ${updated.map((name) => `${name} = EXCLUDED.${name}`).join(', ')}
       WHERE (${updated.map((name) => `${table}.${name}`).join(', ')})
             IS DISTINCT FROM (${updated.map((name) => `EXCLUDED.${name}`).join(', ')})`
    : 'DO NOTHING';
  await manager.query(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values.join(', ')}
     ON CONFLICT (${keys.join(', ')}) ${update}`,
    params,
  );
  // Rows left untouched return nothing from RETURNING, so read every id back by its key.
  const keyParams: unknown[] = [];
  const tuples = rows.map((row) => {
    const placeholders = conflictKeys.map((key) => {
      keyParams.push((row as Record<string, unknown>)[key]);
      return `$${keyParams.length}`;
    });
    return `(${placeholders.join(', ')})`;
  });
  const found: Record<string, unknown>[] = await manager.query(
    `SELECT id, ${keys.join(', ')} FROM ${table} WHERE (${keys.join(', ')}) IN (${tuples.join(', ')})`,
    keyParams,
  );
  const keyOf = (values: unknown[]) => JSON.stringify(values.map(String));
  const ids = new Map(
    found.map((row) => [
      keyOf(conflictKeys.map((key) => row[metadata.findColumnWithPropertyName(key)!.databaseName])),
      row.id as number,
    ]),
  );
  return rows.map((row) =>
    ids.get(keyOf(conflictKeys.map((key) => (row as Record<string, unknown>)[key])))!,
  );
}
