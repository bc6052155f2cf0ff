import {
  ArrayMaxSize,
  ArrayMinSize,
  IsNotEmpty,
  IsOptional,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { OptionalText } from '../../common/graphql/input-fields';
import { DatePrecision } from '../../common/partial-date';
import { InterestInput } from '../interest/interest.inputs';
import {
  KEY_PATTERN,
  OrganizationRefInput,
  PersonRefInput,
  SectorRefInput,
  SourceRefInput,
} from '../references/reference.inputs';
import { MeetingKind } from './meeting.entity';
import { ParticipantInput } from './participant.inputs';

@InputType({
  description:
    'The visit a meeting belongs to: by `id` or `key`; with title, kind, start, parties and summary too, a new visit is created (traced to the same sources).',
})
export class VisitRefInput {
  @Field(() => ID, { nullable: true, description: 'Global ID of an existing meeting.' })
  @IsOptional()
  id?: string;

  @OptionalText(200, 'Natural key of the visit.')
  @Matches(KEY_PATTERN, { message: 'key must be lowercase kebab-case' })
  key?: string;

  @OptionalText(500, 'Title (to create).')
  title?: string;

  @Field(() => MeetingKind, { nullable: true, description: 'Kind (to create).' })
  @IsOptional()
  kind?: MeetingKind;

  @OptionalText(10, 'Start, "YYYY", "YYYY-MM" or "YYYY-MM-DD" (to create).')
  start?: string;

  @OptionalText(10, 'End (to create).')
  end?: string;

  @OptionalText(200, 'City (to create).')
  city?: string;

  @OptionalText(8, 'Party code of the country where it took place.')
  placeCountry?: string;

  @OptionalText(8, 'Party code of the host (to create).')
  hostCountry?: string;

  @Field(() => [String], { nullable: true, description: 'Party codes (to create).' })
  @IsOptional()
  @ArrayMaxSize(20)
  parties?: string[];

  @OptionalText(10000, 'Summary (to create).')
  summary?: string;
}

@InputType({ description: 'Fields a meeting is recorded or corrected with.' })
export class MeetingFieldsInput {
  @Field({ description: 'Short title.' })
  @IsNotEmpty()
  @MaxLength(500)
  title!: string;

  @Field(() => MeetingKind, { description: 'The form of the engagement.' })
  kind!: MeetingKind;

  @Field({
    description: 'Start as ISO 8601 of its precision: "2022-08-25", "2022-07" or "2009".',
  })
  @MaxLength(10)
  start!: string;

  @Field(() => DatePrecision, {
    nullable: true,
    description: 'Precision of start, if stated; must agree with its form.',
  })
  @IsOptional()
  datePrecision?: DatePrecision;

  @OptionalText(10, 'End, for multi-day events; not before start.')
  end?: string;

  @Field(() => DatePrecision, { nullable: true, description: 'Precision of end, if stated.' })
  @IsOptional()
  endPrecision?: DatePrecision;

  @OptionalText(200, 'City where it took place.')
  city?: string;

  @OptionalText(8, 'Party code of the country where it took place.')
  placeCountry?: string;

  @OptionalText(8, 'Party code of the hosting side.')
  hostCountry?: string;

  @Field({ description: 'What happened, in the curators\u2019 own words.' })
  @IsNotEmpty()
  @MaxLength(10000)
  summary!: string;
}

@InputType({ description: 'A whole meeting with its participants, interests and sources.' })
export class RecordMeetingInput extends MeetingFieldsInput {
  @Field({ description: 'Natural key, e.g. "meeting-2022-08-25-bayramov-suh".' })
  @MaxLength(200)
  @Matches(KEY_PATTERN, { message: 'key must be lowercase kebab-case' })
  key!: string;

  @Field(() => [String], { description: 'Party codes of all sides (alpha-2, alpha-3 or EU…).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @MaxLength(8, { each: true })
  parties!: string[];

  @Field(() => VisitRefInput, { nullable: true, description: 'The visit it was part of.' })
  @IsOptional()
  @ValidateNested()
  visit?: VisitRefInput;

  @Field(() => [SourceRefInput], { description: 'Reports it is traced to; at least one.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested()
  sources!: SourceRefInput[];

  @Field(() => [ParticipantInput], { defaultValue: [], description: 'Who took part.' })
  @ArrayMaxSize(200)
  @ValidateNested()
  participants!: ParticipantInput[];

  @Field(() => [InterestInput], { defaultValue: [], description: 'Sectors each side raised.' })
  @ArrayMaxSize(500)
  @ValidateNested()
  interests!: InterestInput[];

  @Field(() => [OrganizationRefInput], {
    defaultValue: [],
    description:
      'Further organizations to record (created if new), e.g. one a position refers to by key.',
  })
  @ArrayMaxSize(200)
  @ValidateNested()
  organizations!: OrganizationRefInput[];

  @Field(() => [PersonRefInput], {
    defaultValue: [],
    description: 'Further people to record (created if new).',
  })
  @ArrayMaxSize(200)
  @ValidateNested()
  people!: PersonRefInput[];

  @Field(() => [SectorRefInput], {
    defaultValue: [],
    description: 'Further sectors to record (created if new), e.g. the parent of a new sector.',
  })
  @ArrayMaxSize(200)
  @ValidateNested()
  sectors!: SectorRefInput[];

  @Field({
    defaultValue: false,
    description:
      'When the meeting looks like one already stored (same parties, same city, within a day), attach the sources to that meeting instead of answering DUPLICATE.',
  })
  attachToDuplicate!: boolean;
}
