import { Arg, Ctx, FieldResolver, Resolver, Root, Subscription } from 'type-graphql';
import { toGlobalId } from '../../common/relay/global-id';
import { Context } from '../../context';
import { Meeting } from '../meeting/meeting.entity';
import { MeetingRecordedEvent, SectorInterestEvent } from './event-bus';
import { MeetingRecordedFilter, SectorInterestChange } from './live.types';
import { overflowHandlerOf } from '../../common/http/live-connection';

@Resolver(() => SectorInterestChange)
export class LiveResolver {
  @Subscription(() => Meeting, {
    description:
      'A meeting was recorded (recordMeeting or importDataset), after its transaction committed. Without a filter, every new meeting.',
    subscribe: ({ args, context }) =>
      (context as Context).services.live.meetingRecorded(
        args.filter as MeetingRecordedFilter | undefined,
        overflowHandlerOf(context),
      ),
  })
  meetingRecorded(
    @Root() event: MeetingRecordedEvent,
    @Arg('filter', () => MeetingRecordedFilter, {
      nullable: true,
      description: 'Only meetings of these countries and sectors.',
    })
    _filter: MeetingRecordedFilter | undefined,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.meetings.byId(event.meetingId);
  }

  @Subscription(() => SectorInterestChange, {
    description:
      'The sector interests of a country changed (recorded with a meeting, added, corrected or removed), after the change committed.',
    subscribe: ({ args, context }) =>
      (context as Context).services.live.sectorInterestChanged(
        args.country as string,
        overflowHandlerOf(context),
      ),
  })
  sectorInterestChanged(
    @Root() event: SectorInterestEvent,
    @Arg('country', { description: 'Code of the country to watch (e.g. "AZ").' }) _country: string,
  ): SectorInterestChange {
    return {
      country: event.country,
      sectorCodes: event.sectorCodes,
      meetingId: event.meetingId === null ? null : toGlobalId('Meeting', event.meetingId),
      operation: event.operation,
      at: new Date(event.at),
      meetingRowId: event.meetingId,
    };
  }

  @FieldResolver(() => Meeting, {
    nullable: true,
    description: 'The meeting the changed interests belong to, if one and still stored.',
  })
  meeting(@Root() change: SectorInterestChange, @Ctx() ctx: Context) {
    return ctx.services.meetings.byId(change.meetingRowId ?? null);
  }
}
