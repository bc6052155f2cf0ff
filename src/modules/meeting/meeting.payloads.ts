import { Field, ObjectType } from 'type-graphql';
import { PayloadType, UserError } from '../../common/user-errors';
import { Meeting } from './meeting.entity';
import { Participant } from './participant.entity';

@ObjectType({ description: 'Result of recordMeeting.' })
export class RecordMeetingPayload {
  @Field(() => Meeting, {
    nullable: true,
    description:
      'The meeting: the new one, the one already stored under the same key, or (with attachToDuplicate) the likely duplicate the sources were attached to.',
  })
  meeting?: Meeting | null;

  @Field({
    description: 'True when this call created the meeting; false when it reused a stored one.',
  })
  created!: boolean;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}

export const MeetingPayload = PayloadType(
  Meeting,
  'Meeting',
  'meeting',
  'Result of a meeting mutation.',
);
export const ParticipantPayload = PayloadType(
  Participant,
  'Participant',
  'participant',
  'Result of a participant mutation.',
);
