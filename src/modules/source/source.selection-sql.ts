import type { SelectionSqlPart } from '../../common/graphql/selection-sql/root-fields';
import { Source } from './source.entity';

/** Sources in selection-built SQL: their plain columns. */
export const sourceSelectionSql: SelectionSqlPart<unknown> = { types: [{ entity: Source }] };
