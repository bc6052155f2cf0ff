import { IsNotEmpty, IsOptional, IsUrl, MaxLength, ValidateNested } from 'class-validator';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { OptionalText } from '../../common/graphql/input-fields';
import { OrganizationRefInput, PersonRefInput, URL_OPTIONS } from '../references/reference.inputs';

@InputType({ description: 'Narrows a list of sources. Every given condition must hold.' })
export class SourceFilter {
  @OptionalText(200, 'Case-insensitive substring of the title or URL.')
  search?: string;
}

@InputType({ description: 'A new source. Sending the same one again changes nothing.' })
export class CreateSourceInput {
  @Field({ description: 'Canonical http(s) URL; the natural key.' })
  @MaxLength(2000)
  @IsUrl(URL_OPTIONS, { message: 'url must be an http(s) URL' })
  url!: string;

  @Field({ description: 'Title of the report.' })
  @IsNotEmpty()
  @MaxLength(1000)
  title!: string;

  @Field(() => OrganizationRefInput, { description: 'The outlet that published it.' })
  @ValidateNested()
  publisher!: OrganizationRefInput;

  @Field(() => PersonRefInput, { nullable: true, description: 'The author, if named.' })
  @IsOptional()
  @ValidateNested()
  author?: PersonRefInput;

  @Field(() => DateTimeResolver, { description: 'When it was published.' })
  publishedAt!: Date;

  @Field(() => OrganizationRefInput, { nullable: true, description: 'The body it cites.' })
  @IsOptional()
  @ValidateNested()
  citedBody?: OrganizationRefInput;
}

@InputType({ description: 'Corrections to a source; fields left out stay as they are.' })
export class UpdateSourceInput {
  @Field(() => ID, { description: 'Global ID of the source.' })
  id!: string;

  @Field(() => Int, { description: 'The version last read; a stale one gives CONFLICT.' })
  version!: number;

  @Field({ nullable: true, description: 'Title of the report.' })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(1000)
  title?: string;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When it was published.' })
  @IsOptional()
  publishedAt?: Date;
}
