import {
  ArrayMaxSize,
  IsNotEmpty,
  IsOptional,
  IsUrl,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { EvidenceInput, MAX_EVIDENCE } from '../../common/graphql/evidence';
import { PersonRefInput, SectorRefInput, URL_OPTIONS } from '../references/reference.inputs';
import { InterestStance } from './interest.entity';

@InputType({ description: 'A sector one side raised at the meeting being recorded.' })
export class InterestInput {
  @Field(() => SectorRefInput, { description: 'The sector (by code, or new).' })
  @ValidateNested()
  sector!: SectorRefInput;

  @Field({ description: 'Party code of the side that raised it.' })
  @MaxLength(8)
  country!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Party code of the side it was raised with; left out when the source names none (a statement at the UN).',
  })
  @IsOptional()
  @MaxLength(8)
  partner?: string | null;

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

@InputType({ description: 'An interest to add to a stored meeting.' })
export class AddInterestInput extends InterestInput {
  @Field(() => ID, { description: 'Global ID of the meeting.' })
  meetingId!: string;
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
