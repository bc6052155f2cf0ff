import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs } from '../../common/relay/connection.types';
import { expectGlobalId } from '../../common/relay/global-id';
import { Context } from '../../context';
import { Country } from '../country/country.entity';
import { SectorInterest } from '../interest/interest.entity';
import { Source } from '../source/source.entity';
import { MeetingConnection } from './meeting.connection';
import { Meeting } from './meeting.entity';
import { MeetingFilter, MeetingOrder } from './meeting.inputs';
import { Participant } from './participant.entity';

@Resolver(() => Meeting)
export class MeetingResolver {
  @Query(() => Meeting, { nullable: true, description: 'A meeting by its global ID.' })
  meeting(
    @Arg('id', () => ID, { description: 'Global ID of the meeting.' }) id: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.meetings.byId(expectGlobalId(id, 'Meeting', 'id'));
  }

  @Query(() => MeetingConnection, {
    description: 'Meetings, newest first unless ordered otherwise.',
  })
  meetings(
    @Args() page: ConnectionArgs,
    @Arg('filter', () => MeetingFilter, {
      nullable: true,
      description: 'Conditions to narrow the list.',
    })
    filter: MeetingFilter | undefined,
    @Arg('orderBy', () => MeetingOrder, {
      defaultValue: MeetingOrder.DATE_DESC,
      description: 'Sort order.',
    })
    orderBy: MeetingOrder,
    @Ctx() ctx: Context,
  ): Promise<MeetingConnection> {
    return ctx.services.meetings.list(filter, page, orderBy);
  }

  @FieldResolver(() => [Country], {
    description: 'The sides of the meeting: countries or organizations.',
  })
  parties(@Root() meeting: Meeting, @Ctx() ctx: Context) {
    return ctx.services.meetings.parties(meeting);
  }

  @FieldResolver(() => Country, { nullable: true, description: 'Country where it took place.' })
  placeCountry(@Root() meeting: Meeting, @Ctx() ctx: Context) {
    return ctx.services.countries.byId(meeting.placeCountryId);
  }

  @FieldResolver(() => Country, { nullable: true, description: 'Country that hosted it.' })
  hostCountry(@Root() meeting: Meeting, @Ctx() ctx: Context) {
    return ctx.services.countries.byId(meeting.hostCountryId);
  }

  @FieldResolver(() => [Participant], { description: 'Who took part, named or described.' })
  participants(@Root() meeting: Meeting, @Ctx() ctx: Context) {
    return ctx.services.meetings.participants(meeting);
  }

  @FieldResolver(() => [SectorInterest], {
    description: 'Sectors each side raised at this meeting.',
  })
  interests(@Root() meeting: Meeting, @Ctx() ctx: Context) {
    return ctx.services.interests.forMeeting(meeting);
  }

  @FieldResolver(() => [Source], { description: 'Reports this meeting is traced to.' })
  sources(@Root() meeting: Meeting, @Ctx() ctx: Context) {
    return ctx.services.meetings.sources(meeting);
  }

  @FieldResolver(() => Meeting, {
    nullable: true,
    description: 'The visit this meeting was part of.',
  })
  visit(@Root() meeting: Meeting, @Ctx() ctx: Context) {
    return ctx.services.meetings.byId(meeting.visitId);
  }

  @FieldResolver(() => [Meeting], {
    name: 'meetings',
    description: 'For a visit: the meetings it grouped, in date order. Empty otherwise.',
  })
  visitMeetings(@Root() meeting: Meeting, @Ctx() ctx: Context) {
    return ctx.services.meetings.visitMeetings(meeting);
  }
}
