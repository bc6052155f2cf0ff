import { ArrayMaxSize, ArrayMinSize, IsNotEmpty, IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { OptionalText } from '../../common/graphql/input-fields';
import { DatePrecision } from '../../common/partial-date';
import { MeetingKind } from './meeting.entity';

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

  @OptionalText(10, 'Start, "YYYY", "YYYY-MM" or "YYYY-MM-DD".')
  start?: string;

  @Field(() => DatePrecision, { nullable: true, description: 'Precision of start, if stated.' })
  @IsOptional()
  datePrecision?: DatePrecision;

  @OptionalText(10, 'End; an empty string removes it.')
  end?: string;

  @OptionalText(200, 'City; an empty string removes it.')
  city?: string;

  @Field(() => [String], {
    nullable: true,
    description: 'The sides of the meeting (party codes); replaces the stored list.',
  })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  parties?: string[];

  @OptionalText(8, 'Code of the country where it took place; an empty string removes it.')
  placeCountry?: string;

  @OptionalText(8, 'Code of the host country; an empty string removes it.')
  hostCountry?: string;

  @Field({ nullable: true, description: 'What happened.' })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(10000)
  summary?: string;
}
