import type { SelectionSqlPart } from '../../common/graphql/selection-sql/root-fields';
import { Country } from './country.entity';

/** Countries (parties) in selection-built SQL: their plain columns. */
export const countrySelectionSql: SelectionSqlPart<unknown> = { types: [{ entity: Country }] };
