import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { AtlasUser } from './auth/roles';
import { parsePartialDate, PartialDate, DatePrecision } from './partial-date';
import { toGlobalId } from './relay/global-id';
import {
  asPayload,
  fail,
  UserError,
  userError,
  UserErrorCode,
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
