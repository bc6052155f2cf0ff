import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Role } from '../../common/auth/roles';
import { DeletePayload } from '../../common/user-errors';
import { AuditEntryConnection } from '../audit/audit.connection';
import { toGlobalId } from '../../common/relay/global-id';
import { ConnectionArgs } from '../../common/relay/connection.types';
import { expectGlobalId } from '../../common/relay/global-id';
import { Context } from '../../context';
import { Country } from '../country/country.entity';
import { SectorInterest } from '../interest/interest.entity';
import { Source } from '../source/source.entity';
import { MeetingConnection } from './meeting.connection';
import { Meeting } from './meeting.entity';
import { MeetingFilter, MeetingOrder } from './meeting.inputs';
import { RecordMeetingInput } from './meeting-record.inputs';
import { UpdateMeetingInput } from './meeting-update.inputs';
import { AddParticipantInput, UpdateParticipantInput } from './participant.inputs';
import { MeetingPayload, ParticipantPayload, RecordMeetingPayload } from './meeting.payloads';
import { SourceRefInput } from '../references/reference.inputs';
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

  @Authorized(Role.ADMIN)
  @FieldResolver(() => AuditEntryConnection, {
    description: 'Changes to this meeting, newest first (admins only).',
  })
  auditTrail(@Root() meeting: Meeting, @Args() page: ConnectionArgs, @Ctx() ctx: Context) {
    return ctx.services.audit.list({ nodeId: toGlobalId('Meeting', meeting.id) }, page);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => RecordMeetingPayload, {
    description:
      'Records a whole meeting in one atomic call: its participants, interests and sources, creating the people, organizations, sectors and sources that are new. Sending the same meeting again changes nothing; a likely duplicate (same parties, same city, within a day, from another report) is refused with DUPLICATE unless attachToDuplicate is set.',
  })
  recordMeeting(
    @Arg('input', () => RecordMeetingInput, { validate: false, description: 'The meeting.' })
    input: RecordMeetingInput,
    @Ctx() ctx: Context,
  ): Promise<RecordMeetingPayload> {
    return ctx.services.meetingWrites
      .record(input, ctx.user)
      .then((p) => ({ ...p, created: p.created ?? false }));
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => MeetingPayload, {
    description:
      'Attaches another report to a stored meeting (outlets often report one meeting, sometimes a day apart). A new source is created.',
  })
  addMeetingSource(
    @Arg('meetingId', () => ID, { description: 'Global ID of the meeting.' }) meetingId: string,
    @Arg('source', () => SourceRefInput, { validate: false, description: 'The source.' })
    source: SourceRefInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.meetingWrites.addSource(meetingId, source, ctx.user);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => MeetingPayload, { description: 'Corrects a meeting (optimistic locking).' })
  updateMeeting(
    @Arg('input', () => UpdateMeetingInput, { validate: false, description: 'The changes.' })
    input: UpdateMeetingInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.meetingWrites.update(input, ctx.user);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => DeletePayload, {
    description: 'Deletes a meeting with its participants and interests (admins only).',
  })
  deleteMeeting(
    @Arg('id', () => ID, { description: 'Global ID of the meeting.' }) id: string,
    @Arg('version', () => Int, {
      nullable: true,
      description: 'If given, delete only if still at this version.',
    })
    version: number | undefined,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.meetingWrites.delete(id, version, ctx.user);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => ParticipantPayload, {
    description: 'Adds a participant to a stored meeting (idempotent for a named person).',
  })
  addParticipant(
    @Arg('input', () => AddParticipantInput, { validate: false, description: 'The participant.' })
    input: AddParticipantInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.participantWrites.addParticipant(input, ctx.user);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => ParticipantPayload, {
    description: 'Corrects a participant (optimistic locking).',
  })
  updateParticipant(
    @Arg('input', () => UpdateParticipantInput, { validate: false, description: 'The changes.' })
    input: UpdateParticipantInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.participantWrites.updateParticipant(input, ctx.user);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => DeletePayload, { description: 'Removes a participant from a meeting.' })
  removeParticipant(
    @Arg('id', () => ID, { description: 'Global ID of the participant.' }) id: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.participantWrites.removeParticipant(id, ctx.user);
  }
}
