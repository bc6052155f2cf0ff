import { ArrayMaxSize, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { OptionalText } from '../../common/graphql/input-fields';
import { EvidenceInput, MAX_EVIDENCE } from '../../common/graphql/evidence';
import { OrganizationRefInput, PersonRefInput } from '../references/reference.inputs';
import { ParticipantRole } from './participant.entity';

@InputType({ description: 'Someone who took part in a meeting being recorded.' })
export class ParticipantInput {
  @Field(() => PersonRefInput, {
    nullable: true,
    description: 'The person; leave out for an unnamed delegation (then give description).',
  })
  @IsOptional()
  @ValidateNested()
  person?: PersonRefInput;

  @OptionalText(1000, 'Who took part when not named.')
  description?: string;

  @Field({ description: 'Party code of the side they represented; one of the parties.' })
  @MaxLength(8)
  country!: string;

  @Field(() => OrganizationRefInput, { nullable: true, description: 'The body they came from.' })
  @IsOptional()
  @ValidateNested()
  organization?: OrganizationRefInput;

  @Field(() => ParticipantRole, { description: 'Part played in the meeting.' })
  role!: ParticipantRole;

  @OptionalText(500, 'Title in which they took part, as it was then.')
  capacity?: string;

  @Field(() => [EvidenceInput], {
    nullable: true,
    description: `The words of the source report that name this participant (from an extraction draft). At most ${MAX_EVIDENCE}; each needs 0 <= start < end and text of length end - start.`,
  })
  @IsOptional()
  @ArrayMaxSize(MAX_EVIDENCE)
  @ValidateNested()
  evidence?: EvidenceInput[];
}

@InputType({ description: 'A participant to add to a stored meeting.' })
export class AddParticipantInput extends ParticipantInput {
  @Field(() => ID, { description: 'Global ID of the meeting.' })
  meetingId!: string;
}

@InputType({ description: 'Corrections to a participant; fields left out stay as they are.' })
export class UpdateParticipantInput {
  @Field(() => ID, { description: 'Global ID of the participant.' })
  id!: string;

  @Field(() => Int, { description: 'The version last read; a stale one gives CONFLICT.' })
  version!: number;

  @Field(() => ParticipantRole, { nullable: true, description: 'Part played in the meeting.' })
  @IsOptional()
  role?: ParticipantRole;

  @OptionalText(500, 'Capacity; an empty string removes it.')
  capacity?: string;

  @OptionalText(1000, 'Description of an unnamed participant.')
  description?: string;
}
