import { expectGlobalId } from '../../common/relay/global-id';
import {
  pageArgs,
  SelectionSqlPart,
  validated,
} from '../../common/graphql/selection-sql/root-fields';
import { NotPlannable } from '../../common/graphql/selection-sql/selection-plan';
import {
  many,
  one,
  partialDateSql,
  through,
} from '../../common/graphql/selection-sql/sql-catalogue';
import type { Context } from '../../context';
import { Country } from '../country/country.entity';
import { SectorInterest } from '../interest/interest.entity';
import { Organization } from '../organization/organization.entity';
import { Person } from '../person/person.entity';
import { Source } from '../source/source.entity';
import { Meeting } from './meeting.entity';
import { MeetingFilter, MeetingOrder } from './meeting.inputs';
import { Participant } from './participant.entity';

/** Pages and lookups of meetings, with their participants, as selection-built SQL. */
export const meetingSelectionSql: SelectionSqlPart<Context> = {
  roots: {
    meetings: {
      kind: 'connection',
      node: 'Meeting',
      async load(context, args, run) {
        if (args.filter === null) throw new NotPlannable('null filter');
        const filter =
          args.filter === undefined ? undefined : await validated(MeetingFilter, args.filter);
        const page = await pageArgs(args);
        return context.services.meetings.list(filter, page, args.orderBy as MeetingOrder, run);
      },
    },
    meeting: {
      kind: 'node',
      find: (args) => ({
        type: 'Meeting',
        id: expectGlobalId(args.id as string, 'Meeting', 'id'),
      }),
    },
  },
  types: [
    {
      entity: Meeting,
      relations: {
        participants: many(Participant, 'meetingId'),
        interests: many(SectorInterest, 'meetingId'),
        parties: through(Country, 'meeting_party', 'meeting_id', 'country_id'),
        sources: through(Source, 'meeting_source', 'meeting_id', 'source_id'),
        placeCountry: one(Country, 'placeCountryId'),
        hostCountry: one(Country, 'hostCountryId'),
        visit: one(Meeting, 'visitId'),
      },
      computed: {
        date: (a) => partialDateSql(`${a}.start_date`, `${a}.date_precision`),
        endsOn: (a) => partialDateSql(`${a}.end_date`, `${a}.end_date_precision`),
      },
    },
    {
      entity: Participant,
      relations: {
        person: one(Person, 'personId'),
        country: one(Country, 'countryId'),
        organization: one(Organization, 'organizationId'),
        meeting: one(Meeting, 'meetingId'),
      },
    },
  ],
};
