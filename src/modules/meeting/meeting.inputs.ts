import {
  ArrayMaxSize,
  ArrayMinSize,
  IsNotEmpty,
  IsOptional,
  IsUrl,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { LocalDateScalar } from '../../common/graphql/local-date';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { DatePrecision } from '../../common/partial-date';
import { EvidenceInput, MAX_EVIDENCE } from '../../common/graphql/evidence';
import { InterestStance } from '../interest/interest.entity';
import { MeetingKind } from './meeting.entity';
import { ParticipantRole } from './participant.entity';
import {
  KEY_PATTERN,
  OrganizationRefInput,
  PersonRefInput,
  SectorRefInput,
  SourceRefInput,
  URL_OPTIONS,
  VisitRefInput,
} from '../references/reference.inputs';

export enum MeetingOrder {
  DATE_DESC = 'DATE_DESC',
  DATE_ASC = 'DATE_ASC',
  TITLE_ASC = 'TITLE_ASC',
}

registerEnumType(MeetingOrder, {
  name: 'MeetingOrder',
  description: 'Sort order of a meeting list.',
  valuesConfig: {
    DATE_DESC: { description: 'Newest first (by start date, then by ID).' },
    DATE_ASC: { description: 'Oldest first.' },
    TITLE_ASC: { description: 'By title, A to Z.' },
  },
});

@InputType({ description: 'Narrows a list of meetings. Every given condition must hold.' })
export class MeetingFilter {
  @Field(() => [String], {
    nullable: true,
    description:
      'Party codes (alpha-2, alpha-3 or organization codes such as EU, any case). Every listed party must take part, so two codes give the meetings between that pair.',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  countryCodes?: string[];

  @Field(() => LocalDateScalar, {
    nullable: true,
    description:
      'Earliest date (inclusive). A meeting matches when the period its date denotes overlaps [from, to]: a meeting known only as "2022-07" matches from 2022-07-15.',
  })
  @IsOptional()
  from?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Latest date (inclusive).' })
  @IsOptional()
  to?: string;

  @Field(() => [String], {
    nullable: true,
    description: 'Sector codes raised at the meeting; a parent sector also matches its children.',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  sectorCodes?: string[];

  @Field(() => ID, { nullable: true, description: 'Only meetings this person took part in.' })
  @IsOptional()
  personId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Only meetings where a participant represented this organization.',
  })
  @IsOptional()
  organizationId?: string;

  @Field(() => MeetingKind, { nullable: true, description: 'Only meetings of this kind.' })
  @IsOptional()
  kind?: MeetingKind;

  @Field({
    nullable: true,
    description:
      'Full-text search over title and summary (PostgreSQL websearch syntax: words, "phrases", -excluded, or).',
  })
  @IsOptional()
  @MaxLength(200)
  search?: string;
}

@InputType({ description: 'Someone who took part in a meeting being recorded.' })
export class ParticipantInput {
  @Field(() => PersonRefInput, {
    nullable: true,
    description: 'The person; leave out for an unnamed delegation (then give description).',
  })
  @IsOptional()
  @ValidateNested()
  person?: PersonRefInput;

  @Field({ nullable: true, description: 'Who took part when not named.' })
  @IsOptional()
  @MaxLength(1000)
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

  @Field({ nullable: true, description: 'Title in which they took part, as it was then.' })
  @IsOptional()
  @MaxLength(500)
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

@InputType({ description: 'A sector one side raised at the meeting being recorded.' })
export class InterestInput {
  @Field(() => SectorRefInput, { description: 'The sector (by code, or new).' })
  @ValidateNested()
  sector!: SectorRefInput;

  @Field({ description: 'Party code of the side that raised it.' })
  @MaxLength(8)
  country!: string;

  @Field({ description: 'Party code of the side it was raised with.' })
  @MaxLength(8)
  partner!: string;

  @Field(() => PersonRefInput, {
    nullable: true,
    description: 'Who raised it, if the source says.',
  })
  @IsOptional()
  @ValidateNested()
  speaker?: PersonRefInput;

  @Field(() => InterestStance, { description: 'How strongly it was expressed.' })
  stance!: InterestStance;

  @Field({ description: 'What was said, in the curators\u2019 own words.' })
  @IsNotEmpty()
  @MaxLength(5000)
  note!: string;

  @Field({
    description: 'URL of the report this interest is traced to; one of the meeting\u2019s sources.',
  })
  @MaxLength(2000)
  @IsUrl(URL_OPTIONS, { message: 'source must be an http(s) URL' })
  source!: string;

  @Field(() => [EvidenceInput], {
    nullable: true,
    description: `The words of the source report that support this interest (from an extraction draft). At most ${MAX_EVIDENCE}; each needs 0 <= start < end and text of length end - start.`,
  })
  @IsOptional()
  @ArrayMaxSize(MAX_EVIDENCE)
  @ValidateNested()
  evidence?: EvidenceInput[];
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

  @Field({ nullable: true, description: 'End, for multi-day events; not before start.' })
  @IsOptional()
  @MaxLength(10)
  end?: string;

  @Field(() => DatePrecision, { nullable: true, description: 'Precision of end, if stated.' })
  @IsOptional()
  endPrecision?: DatePrecision;

  @Field({ nullable: true, description: 'City where it took place.' })
  @IsOptional()
  @MaxLength(200)
  city?: string;

  @Field({ nullable: true, description: 'Party code of the country where it took place.' })
  @IsOptional()
  @MaxLength(8)
  placeCountry?: string;

  @Field({ nullable: true, description: 'Party code of the hosting side.' })
  @IsOptional()
  @MaxLength(8)
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

@InputType({ description: 'Corrections to a meeting; fields left out stay as they are.' })
export class UpdateMeetingInput {
  @Field(() => ID, { description: 'Global ID of the meeting.' })
  id!: string;

  @Field(() => Int, { description: 'The version last read; a stale one gives CONFLICT.' })
  version!: number;

  @Field({ nullable: true, description: 'Short title.' })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(500)
  title?: string;

  @Field(() => MeetingKind, { nullable: true, description: 'The form of the engagement.' })
  @IsOptional()
  kind?: MeetingKind;

  @Field({ nullable: true, description: 'Start, "YYYY", "YYYY-MM" or "YYYY-MM-DD".' })
  @IsOptional()
  @MaxLength(10)
  start?: string;

  @Field(() => DatePrecision, { nullable: true, description: 'Precision of start, if stated.' })
  @IsOptional()
  datePrecision?: DatePrecision;

  @Field({ nullable: true, description: 'End; an empty string removes it.' })
  @IsOptional()
  @MaxLength(10)
  end?: string;

  @Field({ nullable: true, description: 'City; an empty string removes it.' })
  @IsOptional()
  @MaxLength(200)
  city?: string;

  @Field(() => [String], {
    nullable: true,
    description: 'The sides of the meeting (party codes); replaces the stored list.',
  })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  parties?: string[];

  @Field({
    nullable: true,
    description: 'Code of the country where it took place; an empty string removes it.',
  })
  @IsOptional()
  @MaxLength(8)
  placeCountry?: string;

  @Field({ nullable: true, description: 'Code of the host country; an empty string removes it.' })
  @IsOptional()
  @MaxLength(8)
  hostCountry?: string;

  @Field({ nullable: true, description: 'What happened.' })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(10000)
  summary?: string;
}

@InputType({ description: 'A participant to add to a stored meeting.' })
export class AddParticipantInput extends ParticipantInput {
  @Field(() => ID, { description: 'Global ID of the meeting.' })
  meetingId!: string;
}

@InputType({ description: 'An interest to add to a stored meeting.' })
export class AddInterestInput extends InterestInput {
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

  @Field({ nullable: true, description: 'Capacity; an empty string removes it.' })
  @IsOptional()
  @MaxLength(500)
  capacity?: string;

  @Field({ nullable: true, description: 'Description of an unnamed participant.' })
  @IsOptional()
  @MaxLength(1000)
  description?: string;
}

@InputType({ description: 'Corrections to an interest; fields left out stay as they are.' })
export class UpdateInterestInput {
  @Field(() => ID, { description: 'Global ID of the interest.' })
  id!: string;

  @Field(() => Int, { description: 'The version last read; a stale one gives CONFLICT.' })
  version!: number;

  @Field(() => InterestStance, { nullable: true, description: 'How strongly it was expressed.' })
  @IsOptional()
  stance?: InterestStance;

  @Field({ nullable: true, description: 'What was said.' })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(5000)
  note?: string;
}
