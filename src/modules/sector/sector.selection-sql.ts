import type { SelectionSqlPart } from '../../common/graphql/selection-sql/root-fields';
import { one } from '../../common/graphql/selection-sql/sql-catalogue';
import { Sector } from './sector.entity';

/** Sectors in selection-built SQL. */
export const sectorSelectionSql: SelectionSqlPart<unknown> = {
  types: [{ entity: Sector, relations: { parent: one(Sector, 'parentId') } }],
};
