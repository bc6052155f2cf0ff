import type { SelectionSqlPart } from '../../common/graphql/selection-sql/root-fields';
import { one } from '../../common/graphql/selection-sql/sql-catalogue';
import { Organization } from './organization.entity';

/** Organizations in selection-built SQL. */
export const organizationSelectionSql: SelectionSqlPart<unknown> = {
  types: [{ entity: Organization, relations: { parent: one(Organization, 'parentId') } }],
};
