import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Context } from '../../context';
import { Country } from '../country/country.entity';
import { Organization } from '../organization/organization.entity';
import { Person } from '../person/person.entity';
import { Meeting } from './meeting.entity';
import { Participant } from './participant.entity';

@Resolver(() => Participant)
export class ParticipantResolver {
  @FieldResolver(() => Person, {
    nullable: true,
    description: 'The person; null for an unnamed delegation.',
  })
  person(@Root() participant: Participant, @Ctx() ctx: Context) {
    return ctx.services.people.byId(participant.personId);
  }

  @FieldResolver(() => Country, { description: 'The party they represented.' })
  country(@Root() participant: Participant, @Ctx() ctx: Context) {
    return ctx.services.countries.byId(participant.countryId);
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'The body they came from, if known.',
  })
  organization(@Root() participant: Participant, @Ctx() ctx: Context) {
    return ctx.services.organizations.byId(participant.organizationId);
  }

  @FieldResolver(() => Meeting, { description: 'The meeting.' })
  meeting(@Root() participant: Participant, @Ctx() ctx: Context) {
    return ctx.services.meetings.byId(participant.meetingId);
  }
}
