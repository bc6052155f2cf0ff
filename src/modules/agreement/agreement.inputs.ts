import {
  ArrayMaxSize,
  ArrayMinSize,
  IsNotEmpty,
  IsOptional,
  Matches,
  MaxLength,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { OptionalText } from '../../common/graphql/input-fields';
import { KEY_PATTERN } from '../references/reference.inputs';
import { AgreementKind } from './agreement.entity';

@InputType({ description: 'Narrows a list of agreements. Every given condition must hold.' })
export class AgreementFilter {
  @Field(() => [String], {
    nullable: true,
    description: 'Every listed party must be a party to the agreement.',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  countryCodes?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'Sector codes; a parent sector also matches its children.',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  sectorCodes?: string[];

  @Field(() => AgreementKind, { nullable: true, description: 'Only agreements of this kind.' })
  @IsOptional()
  kind?: AgreementKind;
}

@InputType({ description: 'A new agreement. Sending the same one again changes nothing.' })
export class CreateAgreementInput {
  @Field({ description: 'Natural key, lowercase kebab-case.' })
  @MaxLength(200)
  @Matches(KEY_PATTERN, { message: 'key must be lowercase kebab-case' })
  key!: string;

  @Field({ description: 'Name in English.' })
  @IsNotEmpty()
  @MaxLength(500)
  name!: string;

  @Field(() => AgreementKind, { description: 'What kind of arrangement this is.' })
  kind!: AgreementKind;

  @Field({ description: 'What it is, in the curators\u2019 own words.' })
  @IsNotEmpty()
  @MaxLength(10000)
  summary!: string;

  @OptionalText(10, 'Start: "YYYY", "YYYY-MM" or "YYYY-MM-DD".')
  start?: string;

  @Field(() => [String], { description: 'Party codes of the parties.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @MaxLength(8, { each: true })
  countries!: string[];

  @Field(() => [String], { defaultValue: [], description: 'Keys of stored organizations.' })
  @ArrayMaxSize(50)
  @MaxLength(200, { each: true })
  organizations!: string[];

  @Field(() => [String], { defaultValue: [], description: 'Codes of stored sectors.' })
  @ArrayMaxSize(50)
  @MaxLength(64, { each: true })
  sectors!: string[];

  @Field(() => [String], { description: 'URLs of stored sources; at least one.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @MaxLength(2000, { each: true })
  sources!: string[];
}

@InputType({ description: 'Corrections to an agreement; fields left out stay as they are.' })
export class UpdateAgreementInput {
  @Field(() => ID, { description: 'Global ID of the agreement.' })
  id!: string;

  @Field(() => Int, { description: 'The version last read; a stale one gives CONFLICT.' })
  version!: number;

  @Field({ nullable: true, description: 'Name in English.' })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(500)
  name?: string;

  @Field(() => AgreementKind, { nullable: true, description: 'Kind of arrangement.' })
  @IsOptional()
  kind?: AgreementKind;

  @Field({ nullable: true, description: 'Summary.' })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(10000)
  summary?: string;

  @OptionalText(10, 'Start; an empty string removes it.')
  start?: string;

  @Field(() => [String], { nullable: true, description: 'Party codes; replaces the stored list.' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  countries?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'Keys of stored organizations; replaces the stored list.',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  organizations?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'Codes of stored sectors; replaces the stored list.',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  sectors?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'URLs of stored sources, at least one; replaces the stored list.',
  })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  sources?: string[];
}
