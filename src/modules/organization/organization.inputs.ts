import { IsOptional, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { OrganizationKind } from './organization.entity';

@InputType({ description: 'Narrows a list of organizations. Every given condition must hold.' })
export class OrganizationFilter {
  @Field(() => OrganizationKind, {
    nullable: true,
    description: 'Only organizations of this kind.',
  })
  @IsOptional()
  kind?: OrganizationKind;

  @Field({
    nullable: true,
    description: 'Only organizations that belong to this country (any code form).',
  })
  @IsOptional()
  @MaxLength(8)
  countryCode?: string;

  @Field({ nullable: true, description: 'Case-insensitive substring of the name or acronym.' })
  @IsOptional()
  @MaxLength(100)
  search?: string;
}
