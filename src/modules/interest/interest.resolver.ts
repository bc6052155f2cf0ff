import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Role } from '../../common/auth/roles';
import { DeletePayload } from '../../common/user-errors';
import { Context } from '../../context';
import { Country } from '../country/country.entity';
import { Meeting } from '../meeting/meeting.entity';
import { Person } from '../person/person.entity';
import { Sector } from '../sector/sector.entity';
import { Source } from '../source/source.entity';
import { SectorInterest } from './interest.entity';
import { AddInterestInput, UpdateInterestInput } from './interest.inputs';
import { InterestPayload } from './interest.payloads';

@Resolver(() => SectorInterest)
export class InterestResolver {
  @FieldResolver(() => Meeting, { description: 'Meeting where the interest was expressed.' })
  meeting(@Root() interest: SectorInterest, @Ctx() ctx: Context) {
    return ctx.services.meetings.byId(interest.meetingId);
  }

  @FieldResolver(() => Sector, { description: 'The sector raised.' })
  sector(@Root() interest: SectorInterest, @Ctx() ctx: Context) {
    return ctx.services.sectors.byId(interest.sectorId);
  }

  @FieldResolver(() => Country, { description: 'The party that expressed the interest.' })
  country(@Root() interest: SectorInterest, @Ctx() ctx: Context) {
    return ctx.services.countries.byId(interest.countryId);
  }

  @FieldResolver(() => Country, {
    nullable: true,
    description:
      'The party it was expressed towards; null when the source names none (a statement at the UN General Debate).',
  })
  partner(@Root() interest: SectorInterest, @Ctx() ctx: Context) {
    return ctx.services.countries.byId(interest.partnerId);
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description: 'Who voiced it, when the source says.',
  })
  speaker(@Root() interest: SectorInterest, @Ctx() ctx: Context) {
    return ctx.services.people.byId(interest.speakerId);
  }

  @FieldResolver(() => Source, { description: 'The report this interest is traced to.' })
  source(@Root() interest: SectorInterest, @Ctx() ctx: Context) {
    return ctx.services.sources.byId(interest.sourceId);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => InterestPayload, {
    description: 'Records a sector one side raised at a stored meeting (idempotent).',
  })
  addInterest(
    @Arg('input', () => AddInterestInput, { validate: false, description: 'The interest.' })
    input: AddInterestInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.interestWrites.add(input, ctx.user);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => InterestPayload, { description: 'Corrects an interest (optimistic locking).' })
  updateInterest(
    @Arg('input', () => UpdateInterestInput, { validate: false, description: 'The changes.' })
    input: UpdateInterestInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.interestWrites.update(input, ctx.user);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => DeletePayload, { description: 'Removes a recorded interest.' })
  removeInterest(
    @Arg('id', () => ID, { description: 'Global ID of the interest.' }) id: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.interestWrites.remove(id, ctx.user);
  }
}
