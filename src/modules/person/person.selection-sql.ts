import type { SelectionSqlPart } from '../../common/graphql/selection-sql/root-fields';
import { one } from '../../common/graphql/selection-sql/sql-catalogue';
import { Country } from '../country/country.entity';
import { Person } from './person.entity';

/** People in selection-built SQL. */
export const personSelectionSql: SelectionSqlPart<unknown> = {
  types: [{ entity: Person, relations: { country: one(Country, 'countryId') } }],
};
