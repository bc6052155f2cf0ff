import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { AtlasUser } from './auth/roles';
import { assertValid, WithUserErrors } from './user-errors';
import { deleteRow, globalIdOrFail, mutate } from './writes';

/**
 * What every writer (`*.writer.ts`) is: audited transactions on one data source, each public
 * method one mutate() answering userErrors.
 */
export abstract class Writer {
  constructor(protected readonly dataSource: DataSource) {}

  /** mutate() of one input, checked first (class-validator; problems are userErrors). */
  protected write<T extends object>(
    user: AtlasUser | undefined,
    operation: string,
    input: object,
    body: (em: EntityManager) => Promise<T>,
  ): Promise<T & WithUserErrors> {
    return mutate(this.dataSource, user, operation, async (em) => {
      await assertValid(input);
      return body(em);
    });
  }

  /** Deletes the row a global ID names (see deleteRow) and answers its ID. */
  protected deleteById<T extends ObjectLiteral & { id: number; version?: number }>(
    user: AtlasUser | undefined,
    operation: string,
    entity: EntityTarget<T>,
    typeName: string,
    id: string,
    version?: number,
  ) {
    return mutate(this.dataSource, user, operation, async (em) => {
      await deleteRow(em, entity, typeName, globalIdOrFail(id, typeName, ['id']), version);
      return { deletedId: id };
    });
  }
}
