import { GraphQLJSON } from 'graphql-scalars';
import { IsOptional, Matches, MaxLength } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import { Evidence } from '../../common/graphql/evidence';
import { DatePrecision } from '../../common/partial-date';
import { Country } from '../country/country.entity';
import { InterestStance } from '../interest/interest.entity';
import { Meeting, MeetingKind } from '../meeting/meeting.entity';
import { Person } from '../person/person.entity';
import { Sector } from '../sector/sector.entity';

@InputType({ description: 'A news report to read into a draft meeting.' })
export class ReportInput {
  @Field({ description: 'The report as plain text (at most 50,000 characters).' })
  text!: string;

  @Field({
    nullable: true,
    description: 'Canonical http(s) URL of the report; becomes the source.',
  })
  @IsOptional()
  @MaxLength(2000)
  @Matches(/^https?:\/\/\S+$/, { message: 'url must be an http(s) URL' })
  url?: string;

  @Field({
    nullable: true,
    description:
      'Publication date, YYYY-MM-DD. Relative dates ("yesterday", "on Tuesday") are resolved against it; without it, a date line in the text is used.',
  })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'publishedAt must be a date of the form YYYY-MM-DD' })
  publishedAt?: string;

  @Field({ nullable: true, description: 'Name of the outlet that published it.' })
  @IsOptional()
  @MaxLength(200)
  outlet?: string;
}

@ObjectType({ description: 'A side of the meeting, with the words that name it.' })
export class DraftParty {
  @Field(() => Country, { description: 'The party.' })
  party!: Country;

  @Field(() => [Evidence], { description: 'Where the report names this side.' })
  evidence!: Evidence[];
}

@ObjectType({ description: 'A person the report names as taking part.' })
export class DraftParticipant {
  @Field({ description: 'The name as the report gives it.' })
  name!: string;

  @Field(() => Country, {
    nullable: true,
    description: 'The side they spoke for, when the report says.',
  })
  party!: Country | null;

  @Field(() => String, { nullable: true, description: 'Their title as the report gives it.' })
  title!: string | null;

  @Field(() => Person, {
    nullable: true,
    description: 'The stored person this name matches, by name or alias.',
  })
  person!: Person | null;

  @Field(() => [Evidence], { description: 'Where the report names them.' })
  evidence!: Evidence[];
}

@ObjectType({ description: 'A sector one side raised, with the words that say so.' })
export class DraftInterest {
  @Field(() => Country, { description: 'The side that raised it.' })
  party!: Country;

  @Field(() => Country, {
    nullable: true,
    description: 'The side it was raised with (two-party meetings).',
  })
  partner!: Country | null;

  @Field(() => Sector, { description: 'The sector, matched by its name or one of its synonyms.' })
  sector!: Sector;

  @Field(() => InterestStance, { description: 'How it was put: discussed, proposed, highlighted…' })
  stance!: InterestStance;

  @Field(() => String, {
    nullable: true,
    description: 'The person who raised it, when one side spoke.',
  })
  speaker!: string | null;

  @Field(() => [Evidence], { description: 'The speaker and the sector phrase in the report.' })
  evidence!: Evidence[];
}

@ObjectType({
  description:
    'A meeting as read from a report: every fact points at the words that support it. Nothing is stored until an editor sends `input` to recordMeeting.',
})
export class MeetingDraft {
  @Field(() => MeetingKind, { description: 'The form of the engagement (PHONE_CALL for a call…).' })
  kind!: MeetingKind;

  @Field(() => String, {
    nullable: true,
    description: 'ISO 8601 at its precision, e.g. "2022-08-25".',
  })
  date!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'Precision of date.' })
  datePrecision!: DatePrecision | null;

  @Field(() => String, { nullable: true, description: 'City where it took place.' })
  city!: string | null;

  @Field(() => [DraftParty], { description: 'The sides; background countries are left out.' })
  parties!: DraftParty[];

  @Field(() => [DraftParticipant], { description: 'People named as taking part.' })
  participants!: DraftParticipant[];

  @Field(() => [DraftInterest], { description: 'Sectors each side raised.' })
  interests!: DraftInterest[];

  @Field(() => Meeting, {
    nullable: true,
    description: 'A stored meeting this report most likely describes.',
  })
  duplicateOf!: Meeting | null;

  @Field(() => [String], { description: 'What the editor should check or add before recording.' })
  warnings!: string[];

  @Field(() => GraphQLJSON, {
    description:
      'A RecordMeetingInput built from the draft, ready to edit and send to recordMeeting.',
  })
  input!: Record<string, unknown>;
}
