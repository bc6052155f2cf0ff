import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { Role } from '../../common/auth/roles';
import type { Context } from '../../context';
import { MeetingDraft, ReportInput } from './extraction.types';

/** Reading a report costs more the longer it is: 10 points, plus one per 500 characters. */
export const extractionCost = ({ args }: { args: { report?: { text?: unknown } } }) =>
  10 + Math.ceil((typeof args.report?.text === 'string' ? args.report.text.length : 0) / 500);

@Resolver()
export class ExtractionResolver {
  @Authorized(Role.EDITOR)
  @Query(() => MeetingDraft, {
    description:
      'Reads a news report into a draft meeting: parties, date, city, participants and the sectors each side raised, each with the words that support it, plus a recordMeeting input to confirm. Writes nothing. Needs the editor role.',
    complexity: extractionCost,
  })
  extractMeeting(
    @Arg('report', () => ReportInput, { description: 'The report to read.' }) report: ReportInput,
    @Ctx() ctx: Context,
  ): Promise<MeetingDraft> {
    return ctx.services.extraction.extract(report);
  }

  @Authorized(Role.EDITOR)
  @Query(() => [MeetingDraft], {
    description:
      'Reads a news report into one draft per meeting it describes, in the order of the text (a day of bilateral meetings at a summit, a tour of capitals): each with its own parties, people, date, city, kind and sectors, and its own recordMeeting input. extractMeeting answers the first. Writes nothing. Needs the editor role.',
    complexity: extractionCost,
  })
  extractMeetings(
    @Arg('report', () => ReportInput, { description: 'The report to read.' }) report: ReportInput,
    @Ctx() ctx: Context,
  ): Promise<MeetingDraft[]> {
    return ctx.services.extraction.extractAll(report);
  }
}
