import type { SelectionSqlPart } from '../../common/graphql/selection-sql/root-fields';
import { one } from '../../common/graphql/selection-sql/sql-catalogue';
import { Country } from '../country/country.entity';
import { Meeting } from '../meeting/meeting.entity';
import { Person } from '../person/person.entity';
import { Sector } from '../sector/sector.entity';
import { SectorInterest } from './interest.entity';

/** Interests in selection-built SQL. */
export const interestSelectionSql: SelectionSqlPart<unknown> = {
  types: [
    {
      entity: SectorInterest,
      relations: {
        meeting: one(Meeting, 'meetingId'),
        sector: one(Sector, 'sectorId'),
        country: one(Country, 'countryId'),
        partner: one(Country, 'partnerId'),
        speaker: one(Person, 'speakerId'),
      },
    },
  ],
};
