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
import { OrganizationKind } from './organization.entity';

@InputType({ description: 'Narrows a list of organizations. Every given condition must hold.' })
export class OrganizationFilter {
  @Field(() => OrganizationKind, {
    nullable: true,
    description: 'Only organizations of this kind.',
  })
  @IsOptional()
  kind?: OrganizationKind;

  @OptionalText(8, 'Only organizations that belong to this country (any code form).')
  countryCode?: string;

  @OptionalText(100, 'Case-insensitive substring of the name or acronym.')
  search?: string;
}

@InputType({ description: 'A new organization. Sending the same one again changes nothing.' })
export class CreateOrganizationInput {
  @Field({ description: 'Natural key, lowercase kebab-case, e.g. "az-mfa".' })
  @MaxLength(200)
  @Matches(KEY_PATTERN, { message: 'key must be lowercase kebab-case' })
  key!: string;

  @Field({ description: 'Name in English.' })
  @IsNotEmpty()
  @MaxLength(500)
  name!: string;

  @Field(() => OrganizationKind, { description: 'What kind of body this is.' })
  kind!: OrganizationKind;

  @OptionalText(50, 'Short name or acronym.')
  acronym?: string;

  @Field(() => [String], { description: 'Party codes of the countries it belongs to.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @MaxLength(8, { each: true })
  countries!: string[];

  @OptionalText(200, 'Key of the body it is part of.')
  parent?: string;
}

@InputType({ description: 'Corrections to an organization; fields left out stay as they are.' })
export class UpdateOrganizationInput {
  @Field(() => ID, { description: 'Global ID of the organization.' })
  id!: string;

  @Field(() => Int, { description: 'The version last read; a stale one gives CONFLICT.' })
  version!: number;

  @Field({ nullable: true, description: 'Name in English.' })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(500)
  name?: string;

  @Field(() => OrganizationKind, { nullable: true, description: 'Kind of body.' })
  @IsOptional()
  kind?: OrganizationKind;

  @OptionalText(50, 'Acronym; an empty string removes it.')
  acronym?: string;

  @Field(() => [String], { nullable: true, description: 'Replaces the countries it belongs to.' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @MaxLength(8, { each: true })
  countries?: string[];
}
