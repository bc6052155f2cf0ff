import { ArrayMaxSize, IsOptional } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { OptionalText } from '../../common/graphql/input-fields';
import { LocalDateScalar } from '../../common/graphql/local-date';
import { MeetingKind } from './meeting.entity';

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

  @OptionalText(
    200,
    'Full-text search over title and summary (PostgreSQL websearch syntax: words, "phrases", -excluded, or).',
  )
  search?: string;
}
