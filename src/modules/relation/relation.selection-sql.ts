import type { SelectionSqlPart } from '../../common/graphql/selection-sql/root-fields';
import { partialDateSql } from '../../common/graphql/selection-sql/sql-catalogue';
import { BilateralRelation } from './relation.entity';

/** Bilateral relations in selection-built SQL (their countries and sources go to resolvers). */
export const relationSelectionSql: SelectionSqlPart<unknown> = {
  types: [
    {
      entity: BilateralRelation,
      computed: {
        establishedOn: (a) => `to_char(${a}.established_on, 'YYYY-MM-DD')`,
        established: (a) => partialDateSql(`${a}.established_on`, `${a}.established_precision`),
      },
    },
  ],
};
