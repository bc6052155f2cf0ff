import {
  ArrayMaxSize,
  IsOptional,
  IsUrl,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { OrganizationKind } from '../organization/organization.entity';
import { PositionRank } from '../person/position.entity';

export const KEY_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const KEY_MESSAGE = 'must be lowercase kebab-case (a-z, 0-9, single hyphens)';
export const URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true };

@InputType({ description: 'A position of a person created along with the person.' })
export class PositionInput {
  @Field({ description: 'Title as reported, e.g. "Minister of Foreign Affairs".' })
  @MaxLength(500)
  title!: string;

  @Field({ nullable: true, description: 'Key of the organization the office belongs to.' })
  @IsOptional()
  @MaxLength(200)
  organization?: string;

  @Field(() => PositionRank, { description: 'Rank of the position.' })
  rank!: PositionRank;

  @Field({ nullable: true, description: 'Start: "YYYY", "YYYY-MM" or "YYYY-MM-DD".' })
  @IsOptional()
  @MaxLength(10)
  start?: string;

  @Field({ nullable: true, description: 'End: "YYYY", "YYYY-MM" or "YYYY-MM-DD".' })
  @IsOptional()
  @MaxLength(10)
  end?: string;
}

@InputType({
  description:
    'A person: by `id`, or by `key` (with `name` too, a person not yet stored is created; an existing one is used as it is), or by `name` alone (with `country`): the stored person whose name or alias matches, ignoring case and accents, else a new person under a key made from the name.',
})
export class PersonRefInput {
  @Field(() => ID, { nullable: true, description: 'Global ID of an existing person.' })
  @IsOptional()
  id?: string;

  @Field({ nullable: true, description: 'Natural key, e.g. "suh-byung-soo".' })
  @IsOptional()
  @MaxLength(200)
  @Matches(KEY_PATTERN, { message: `key ${KEY_MESSAGE}` })
  key?: string;

  @Field({ nullable: true, description: 'Full name (to create the person).' })
  @IsOptional()
  @MaxLength(300)
  name?: string;

  @Field({
    nullable: true,
    description: 'Party code of the person\u2019s country (to find or create the person).',
  })
  @IsOptional()
  @MaxLength(8)
  country?: string;

  @Field(() => [PositionInput], { nullable: true, description: 'Positions (to create).' })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested()
  positions?: PositionInput[];
}

@InputType({
  description:
    'An organization: by `id`, or by `key` (with `name`, `kind` and `countries` too, one not yet stored is created), or by `name` alone: the stored organization whose name or acronym matches, ignoring case and accents, else a new one (kind OTHER unless given) under a key made from the name.',
})
export class OrganizationRefInput {
  @Field(() => ID, { nullable: true, description: 'Global ID of an existing organization.' })
  @IsOptional()
  id?: string;

  @Field({ nullable: true, description: 'Natural key, e.g. "az-mfa".' })
  @IsOptional()
  @MaxLength(200)
  @Matches(KEY_PATTERN, { message: `key ${KEY_MESSAGE}` })
  key?: string;

  @Field({ nullable: true, description: 'Name in English (to create).' })
  @IsOptional()
  @MaxLength(500)
  name?: string;

  @Field(() => OrganizationKind, { nullable: true, description: 'Kind of body (to create).' })
  @IsOptional()
  kind?: OrganizationKind;

  @Field({ nullable: true, description: 'Short name or acronym (to create).' })
  @IsOptional()
  @MaxLength(50)
  acronym?: string;

  @Field(() => [String], { nullable: true, description: 'Party codes it belongs to (to create).' })
  @IsOptional()
  @ArrayMaxSize(50)
  @MaxLength(8, { each: true })
  countries?: string[];

  @Field({ nullable: true, description: 'Key of the body it is part of (to create).' })
  @IsOptional()
  @MaxLength(200)
  parent?: string;
}

@InputType({
  description:
    'A sector: by `id`, or by `code`. With `name` and `description` too, one not yet stored is created.',
})
export class SectorRefInput {
  @Field(() => ID, { nullable: true, description: 'Global ID of an existing sector.' })
  @IsOptional()
  id?: string;

  @Field({ nullable: true, description: 'Sector code, e.g. "alternative-energy".' })
  @IsOptional()
  @MaxLength(64)
  @Matches(KEY_PATTERN, { message: `code ${KEY_MESSAGE}` })
  code?: string;

  @Field({ nullable: true, description: 'Name in English (to create).' })
  @IsOptional()
  @MaxLength(200)
  name?: string;

  @Field({ nullable: true, description: 'What the sector covers (to create).' })
  @IsOptional()
  @MaxLength(5000)
  description?: string;

  @Field({ nullable: true, description: 'Code of the broader sector (to create).' })
  @IsOptional()
  @MaxLength(64)
  parent?: string;

  @Field({ nullable: true, description: 'OECD DAC CRS code (to create).' })
  @IsOptional()
  @MaxLength(8)
  crsCode?: string;
}

@InputType({
  description:
    'A source: by `id`, or by `url`. With `title`, `publisher` and `publishedAt` too, one not yet stored is created.',
})
export class SourceRefInput {
  @Field(() => ID, { nullable: true, description: 'Global ID of an existing source.' })
  @IsOptional()
  id?: string;

  @Field({ nullable: true, description: 'Canonical http(s) URL, the natural key.' })
  @IsOptional()
  @MaxLength(2000)
  @IsUrl(URL_OPTIONS, { message: 'url must be an http(s) URL' })
  url?: string;

  @Field({ nullable: true, description: 'Title of the report (to create).' })
  @IsOptional()
  @MaxLength(1000)
  title?: string;

  @Field(() => OrganizationRefInput, { nullable: true, description: 'Publisher (to create).' })
  @IsOptional()
  @ValidateNested()
  publisher?: OrganizationRefInput;

  @Field(() => PersonRefInput, { nullable: true, description: 'Author, if named (to create).' })
  @IsOptional()
  @ValidateNested()
  author?: PersonRefInput;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Publication time (to create).' })
  @IsOptional()
  publishedAt?: Date;

  @Field(() => OrganizationRefInput, {
    nullable: true,
    description: 'Body the report cites (to create).',
  })
  @IsOptional()
  @ValidateNested()
  citedBody?: OrganizationRefInput;
}
