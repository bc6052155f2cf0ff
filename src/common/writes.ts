import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
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
import { withActor } from '../modules/audit/audit.context';

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
 * TypeORM adds `version = version + 1`; the database keeps the version on a no-op update.
 * A stale version is the userError CONFLICT; an unknown id is NOT_FOUND.
 */
export async function updateVersioned<T extends ObjectLiteral & { id: number; version: number }>(
  em: EntityManager,
  entity: EntityTarget<T>,
  typeName: string,
  id: number,
  version: number,
  values: Partial<T>,
): Promise<T> {
  const set = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
  const result = await em
    .createQueryBuilder()
    .update(entity)
    .set(set as never)
    .where('id = :id AND version = :version', { id, version })
    .execute();
  if (!result.affected) {
    const current = await em.findOneBy(entity, { id } as never);
    if (!current) fail(['input', 'id'], `no ${typeName} has this ID`, UserErrorCode.NOT_FOUND);
    fail(
      ['input', 'version'],
      `the ${typeName} changed since version ${version} was read (it is now version ${current.version}); read it again and reapply the change`,
      UserErrorCode.CONFLICT,
      toGlobalId(typeName, id),
    );
  }
  return em.findOneByOrFail(entity, { id } as never);
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
  await em.delete(entity, id);
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
 * Creates a record unless one with the same natural key exists. Sending the same create again
 * returns the stored record (created: false) and writes nothing; the same key with different
 * values is the userError DUPLICATE naming the existing record.
 */
export async function createIdempotent<T extends ObjectLiteral & { id: number }>(
  em: EntityManager,
  entity: EntityTarget<T>,
  typeName: string,
  natural: Partial<T>,
  row: Partial<T>,
  keyField: (string | number)[],
): Promise<{ result: T; created: boolean }> {
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
  const saved = await em.save(em.create(entity, { ...natural, ...row } as never));
  return {
    result: (await em.findOneByOrFail(entity, { id: saved.id } as never)) as T,
    created: true,
  };
}

/** Replaces the targets of one owner in a join table (used by updates of link lists). */
export async function replaceLinks(
  em: EntityManager,
  table: string,
  ownerColumn: string,
  ownerId: number,
  targetColumn: string,
  targetIds: number[],
): Promise<void> {
  await em.query(
    `DELETE FROM "${table}" WHERE "${ownerColumn}" = $1 AND NOT ("${targetColumn}" = ANY($2::int[]))`,
    [ownerId, targetIds],
  );
  await em.query(
    `INSERT INTO "${table}" ("${ownerColumn}", "${targetColumn}")
     SELECT $1, unnest($2::int[]) ON CONFLICT DO NOTHING`,
    [ownerId, [...new Set(targetIds)]],
  );
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
