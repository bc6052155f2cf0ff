import { IsNotEmpty, IsOptional, Matches, MaxLength, ArrayMaxSize } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { OptionalText } from '../../common/graphql/input-fields';
import { KEY_PATTERN } from '../references/reference.inputs';

@InputType({ description: 'A new sector. Sending the same one again changes nothing.' })
export class CreateSectorInput {
  @Field({ description: 'Stable kebab-case code, e.g. "alternative-energy".' })
  @MaxLength(64)
  @Matches(KEY_PATTERN, { message: 'code must be lowercase kebab-case' })
  code!: string;

  @Field({ description: 'Name in English.' })
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @Field({ description: 'What the sector covers.' })
  @IsNotEmpty()
  @MaxLength(5000)
  description!: string;

  @OptionalText(64, 'Code of the broader sector.')
  parent?: string;

  @OptionalText(8, 'OECD DAC CRS code that fits, if any.')
  crsCode?: string;
}

@InputType({ description: 'Corrections to a sector; fields left out stay as they are.' })
export class UpdateSectorInput {
  @Field(() => ID, { description: 'Global ID of the sector.' })
  id!: string;

  @Field(() => Int, { description: 'The version last read; a stale one gives CONFLICT.' })
  version!: number;

  @Field({ nullable: true, description: 'Name in English.' })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @Field({ nullable: true, description: 'What the sector covers.' })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(5000)
  description?: string;

  @OptionalText(8, 'CRS code; an empty string removes it.')
  crsCode?: string;

  @Field(() => [String], {
    nullable: true,
    description: 'Phrases that name the sector in reports; replaces the list ([] empties it).',
  })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsNotEmpty({ each: true })
  @MaxLength(120, { each: true })
  synonyms?: string[];
}
