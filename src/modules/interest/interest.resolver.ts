import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Context } from '../../context';
import { Country } from '../country/country.entity';
import { Meeting } from '../meeting/meeting.entity';
import { Person } from '../person/person.entity';
import { Sector } from '../sector/sector.entity';
import { Source } from '../source/source.entity';
import { SectorInterest } from './interest.entity';

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

  @FieldResolver(() => Country, { description: 'The party it was expressed towards.' })
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
}
