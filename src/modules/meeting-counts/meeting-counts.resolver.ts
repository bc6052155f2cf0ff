import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { Context } from '../../context';
import { MeetingKind } from '../meeting/meeting.entity';
import { PartyMeetingCount, YearMeetingCount } from './meeting-counts.types';

@Resolver()
export class MeetingCountResolver {
  @Query(() => [PartyMeetingCount], {
    description:
      'Every party with at least one meeting and how many it took part in, most first: the world map.',
  })
  meetingsPerParty(
    @Arg('kinds', () => [MeetingKind], {
      nullable: true,
      description: 'Only meetings of these kinds (all kinds when absent or empty).',
    })
    kinds: MeetingKind[] | undefined,
    @Ctx() ctx: Context,
  ): Promise<PartyMeetingCount[]> {
    return ctx.services.meetingCounts.perParty(kinds);
  }

  @Query(() => [YearMeetingCount], {
    description: 'Meetings per year in which any began, oldest first.',
  })
  meetingsPerYear(
    @Arg('party', () => String, {
      nullable: true,
      description: 'Only meetings of this party (alpha-2, alpha-3 or organization code).',
    })
    party: string | undefined,
    @Arg('kinds', () => [MeetingKind], {
      nullable: true,
      description: 'Only meetings of these kinds (all kinds when absent or empty).',
    })
    kinds: MeetingKind[] | undefined,
    @Ctx() ctx: Context,
  ): Promise<YearMeetingCount[]> {
    return ctx.services.meetingCounts.perYear(party, kinds);
  }
}
