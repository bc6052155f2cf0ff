import { DataSource, EntityManager, EntityTarget, ObjectLiteral, QueryFailedError } from 'typeorm';
import type { AtlasUser } from './auth/roles';
import { parsePartialDate, PartialDate, DatePrecision } from './partial-date';
import { fromGlobalId, toGlobalId } from './relay/global-id';
import {
  asPayload,
  fail,
  UserError,
  userError,
  UserErrorCode,
  UserErrorsException,
  WithUserErrors,
} from './user-errors';
import { withActor } from './database/audit-actor';

/**
 * Runs a mutation body in one audited transaction (attributed to `user`): all of it is written
 * or none of it, and input problems come back as `userErrors` instead of top-level errors.
 */
export function mutate<T extends object>(
  dataSource: DataSource,
  user: AtlasUser | undefined,
  operation: string,
  body: (em: EntityManager) => Promise<T>,
): Promise<T & WithUserErrors> {
  return asPayload(() => withActor(dataSource, user, body, operation));
}

/**
 * Updates one row only if it still has the version the client read (optimistic locking).
 * The row is locked first, so of two editors holding the same version exactly one wins.
 * `relinks` replaces the row's links (join tables) and answers how many pairs moved: a change
 * of links alone bumps the version too. The database keeps the version on a no-op update.
 * A stale version is the userError CONFLICT; an unknown id is NOT_FOUND.
 */
export async function updateVersioned<T extends ObjectLiteral & { id: number; version: number }>(
  em: EntityManager,
  entity: EntityTarget<T>,
  typeName: string,
  id: number,
  version: number,
  values: Partial<T>,
  relinks?: () => Promise<number>,
): Promise<T> {
  const current = await em.findOne(entity, {
    where: { id } as never,
    lock: { mode: 'pessimistic_write' },
  });
  if (!current) fail(['input', 'id'], `no ${typeName} has this ID`, UserErrorCode.NOT_FOUND);
  if (current.version !== version) {
    fail(
      ['input', 'version'],
      `the ${typeName} changed since version ${version} was read (it is now version ${current.version}); read it again and reapply the change`,
      UserErrorCode.CONFLICT,
      toGlobalId(typeName, id),
    );
  }
  const moved = relinks ? await relinks() : 0;
  const set = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
  if (Object.keys(set).length) {
    await em
      .createQueryBuilder()
      .update(entity)
      .set(set as never)
      .where('id = :id AND version = :version', { id, version })
      .execute();
  }
  const updated = await em.findOneByOrFail(entity, { id } as never);
  if (moved && updated.version === version) {
    await bumpVersion(em, entity, id);
    return em.findOneByOrFail(entity, { id } as never);
  }
  return updated;
}

/**
 * Adds 1 to a row's version though none of its columns changed (its links did). The version
 * trigger allows this only for the row the transaction names (see the WriteIntegrity migration).
 */
async function bumpVersion<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  id: number,
): Promise<void> {
  const table = em.getRepository(entity).metadata.tableName;
  await em.query(`SELECT set_config('atlas.bump_version', $1, true)`, [`${table}:${id}`]);
  await em.query(`UPDATE "${table}" SET version = version + 1 WHERE id = $1`, [id]);
  await em.query(`SELECT set_config('atlas.bump_version', '', true)`);
}

/** Deletes one row (optionally only at a given version); NOT_FOUND when absent. */
export async function deleteRow<T extends ObjectLiteral & { id: number; version?: number }>(
  em: EntityManager,
  entity: EntityTarget<T>,
  typeName: string,
  id: number,
  version?: number,
): Promise<T> {
  const current = await em.findOneBy(entity, { id } as never);
  if (!current) fail(['id'], `no ${typeName} has this ID`, UserErrorCode.NOT_FOUND);
  if (version != null && current.version !== version) {
    fail(
      ['version'],
      `the ${typeName} changed since version ${version} was read (it is now version ${current.version})`,
      UserErrorCode.CONFLICT,
      toGlobalId(typeName, id),
    );
  }
  try {
    await em.delete(entity, id);
  } catch (error) {
    const code = (error as QueryFailedError & { driverError?: { code?: string } }).driverError
      ?.code;
    // A delete can break a foreign key only by leaving rows that still refer to this one.
    if (error instanceof QueryFailedError && (code === '23503' || code === '23001')) {
      fail(['id'], 'other records still refer to this record', UserErrorCode.IN_USE);
    }
    throw error;
  }
  return current;
}

/**
 * Parses a partial date input ("2022-08-25", "2022-08", "2022") with an optional explicit
 * precision that must agree with the form: a day on a MONTH date is refused.
 */
export function partialDateInput(
  errors: UserError[],
  field: (string | number)[],
  text: string | undefined | null,
  precision?: DatePrecision | null,
): PartialDate | null {
  if (text == null) return null;
  const parsed = parsePartialDate(text);
  if (!parsed) {
    errors.push(
      userError(
        field,
        'must be a date of the form YYYY, YYYY-MM or YYYY-MM-DD',
        UserErrorCode.INVALID_DATE,
      ),
    );
    return null;
  }
  if (precision && precision !== parsed.precision) {
    const what = { DAY: 'a day', MONTH: 'a month', YEAR: 'only a year' }[parsed.precision];
    errors.push(
      userError(
        field,
        `gives ${what} but the precision is ${precision}; write ${precision === DatePrecision.YEAR ? 'YYYY' : precision === DatePrecision.MONTH ? 'YYYY-MM' : 'YYYY-MM-DD'}`,
        UserErrorCode.INVALID_DATE,
      ),
    );
    return null;
  }
  return parsed;
}

/**
 * Creates a record unless one with the same natural key exists (INSERT … ON CONFLICT DO
 * NOTHING, so concurrent identical creates all answer the one record). Sending the same create
 * again returns the stored record (created: false) and writes nothing; the same key with
 * different values is the userError DUPLICATE naming the existing record.
 */
export async function createIdempotent<T extends ObjectLiteral & { id: number }>(
  em: EntityManager,
  entity: EntityTarget<T>,
  typeName: string,
  natural: Partial<T>,
  row: Partial<T>,
  keyField: (string | number)[],
): Promise<{ result: T; created: boolean }> {
  const inserted = await em
    .createQueryBuilder()
    .insert()
    .into(entity)
    .values({ ...natural, ...row } as never)
    .orIgnore()
    .returning('id')
    .execute();
  const id = (inserted.raw as { id: number }[])[0]?.id;
  if (id) {
    return { result: (await em.findOneByOrFail(entity, { id } as never)) as T, created: true };
  }
  // The natural key was taken (perhaps by a concurrent identical create, now committed).
  const existing = await em.findOneBy(entity, natural as never);
  if (existing) {
    const differs = Object.entries(row).some(([field, value]) => {
      const stored = (existing as Record<string, unknown>)[field];
      const a = stored instanceof Date ? stored.toISOString() : stored;
      const b = value instanceof Date ? value.toISOString() : value;
      return (a ?? null) !== (b ?? null);
    });
    if (differs) {
      fail(
        keyField,
        `another ${typeName} already has this key; update it instead (its ID is ${toGlobalId(typeName, existing.id)})`,
        UserErrorCode.DUPLICATE,
        toGlobalId(typeName, existing.id),
      );
    }
    return { result: existing, created: false };
  }
  // Another unique column conflicted: insert plainly, so the violation names it (DUPLICATE).
  await em.insert(entity, { ...natural, ...row } as never);
  throw new Error('unreachable: the insert above must conflict');
}

/** Throws the collected userErrors, if any. */
export function throwIfAny(errors: UserError[]): void {
  if (errors.length) throw new UserErrorsException(errors);
}

export function fromGlobalIdOr0(globalId: string, type: string): number {
  try {
    const resolved = fromGlobalId(globalId);
    return resolved.type === type ? resolved.id : 0;
  } catch {
    return 0;
  }
}

/** Decodes a global ID of the given type; a malformed or wrong-type ID is a userError. */
export function globalIdOrFail(globalId: string, type: string, field: (string | number)[]): number {
  const id = fromGlobalIdOr0(globalId, type);
  if (!id) fail(field, `must be the ID of a ${type}`, UserErrorCode.INVALID);
  return id;
}
