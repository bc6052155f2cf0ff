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
import { OptionalText } from '../../common/graphql/input-fields';
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

  @OptionalText(200, 'Key of the organization the office belongs to.')
  organization?: string;

  @Field(() => PositionRank, { description: 'Rank of the position.' })
  rank!: PositionRank;

  @OptionalText(10, 'Start: "YYYY", "YYYY-MM" or "YYYY-MM-DD".')
  start?: string;

  @OptionalText(10, 'End: "YYYY", "YYYY-MM" or "YYYY-MM-DD".')
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

  @OptionalText(200, 'Natural key, e.g. "suh-byung-soo".')
  @Matches(KEY_PATTERN, { message: `key ${KEY_MESSAGE}` })
  key?: string;

  @OptionalText(300, 'Full name (to create the person).')
  name?: string;

  @OptionalText(8, 'Party code of the person\u2019s country (to find or create the person).')
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

  @OptionalText(200, 'Natural key, e.g. "az-mfa".')
  @Matches(KEY_PATTERN, { message: `key ${KEY_MESSAGE}` })
  key?: string;

  @OptionalText(500, 'Name in English (to create).')
  name?: string;

  @Field(() => OrganizationKind, { nullable: true, description: 'Kind of body (to create).' })
  @IsOptional()
  kind?: OrganizationKind;

  @OptionalText(50, 'Short name or acronym (to create).')
  acronym?: string;

  @Field(() => [String], { nullable: true, description: 'Party codes it belongs to (to create).' })
  @IsOptional()
  @ArrayMaxSize(50)
  @MaxLength(8, { each: true })
  countries?: string[];

  @OptionalText(200, 'Key of the body it is part of (to create).')
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

  @OptionalText(64, 'Sector code, e.g. "alternative-energy".')
  @Matches(KEY_PATTERN, { message: `code ${KEY_MESSAGE}` })
  code?: string;

  @OptionalText(200, 'Name in English (to create).')
  name?: string;

  @OptionalText(5000, 'What the sector covers (to create).')
  description?: string;

  @OptionalText(64, 'Code of the broader sector (to create).')
  parent?: string;

  @OptionalText(8, 'OECD DAC CRS code (to create).')
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

  @OptionalText(2000, 'Canonical http(s) URL, the natural key.')
  @IsUrl(URL_OPTIONS, { message: 'url must be an http(s) URL' })
  url?: string;

  @OptionalText(1000, 'Title of the report (to create).')
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
