import {
  ArrayMaxSize,
  IsNotEmpty,
  IsOptional,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { OptionalText } from '../../common/graphql/input-fields';
import { KEY_PATTERN, PositionInput } from '../references/reference.inputs';
import { PositionRank } from './position.entity';

@InputType({ description: 'Narrows a list of people. Every given condition must hold.' })
export class PersonFilter {
  @Field(() => [String], {
    nullable: true,
    description: 'Only people of these countries (alpha-2, alpha-3 or organization codes).',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  countryCodes?: string[];

  @OptionalText(100, 'Case-insensitive substring of the name or one of its aliases.')
  search?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Only people who have held a position in this organization.',
  })
  @IsOptional()
  organizationId?: string;
}

@InputType({ description: 'A new person. Sending the same one again changes nothing.' })
export class CreatePersonInput {
  @Field({ description: 'Natural key, lowercase kebab-case, e.g. "suh-byung-soo".' })
  @MaxLength(200)
  @Matches(KEY_PATTERN, { message: 'key must be lowercase kebab-case' })
  key!: string;

  @Field({ description: 'Full name as usually written in English.' })
  @IsNotEmpty()
  @MaxLength(300)
  name!: string;

  @OptionalText(8, 'Party code of the person\u2019s country.')
  country?: string;

  @Field(() => [PositionInput], { defaultValue: [], description: 'Positions held.' })
  @ArrayMaxSize(50)
  @ValidateNested()
  positions!: PositionInput[];
}

@InputType({ description: 'Corrections to a person; fields left out stay as they are.' })
export class UpdatePersonInput {
  @Field(() => ID, { description: 'Global ID of the person.' })
  id!: string;

  @Field(() => Int, { description: 'The version last read; a stale one gives CONFLICT.' })
  version!: number;

  @Field({ nullable: true, description: 'Full name.' })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(300)
  name?: string;

  @OptionalText(8, 'Party code of the country; empty string removes it.')
  country?: string;
}

@InputType({ description: 'A position to add to a person.' })
export class AddPositionInput extends PositionInput {
  @Field(() => ID, { description: 'Global ID of the person.' })
  personId!: string;
}

@InputType({ description: 'Corrections to a position; fields left out stay as they are.' })
export class UpdatePositionInput {
  @Field(() => ID, { description: 'Global ID of the position.' })
  id!: string;

  @Field(() => Int, { description: 'The version last read; a stale one gives CONFLICT.' })
  version!: number;

  @Field({ nullable: true, description: 'Title as reported.' })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(500)
  title?: string;

  @Field(() => PositionRank, { nullable: true, description: 'Rank.' })
  @IsOptional()
  rank?: PositionRank;

  @OptionalText(10, 'Start; an empty string removes it.')
  start?: string;

  @OptionalText(10, 'End; an empty string removes it.')
  end?: string;
}
