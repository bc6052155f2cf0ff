import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Narrows a list of people. Every given condition must hold.' })
export class PersonFilter {
  @Field(() => [String], {
    nullable: true,
    description: 'Only people of these countries (alpha-2, alpha-3 or organization codes).',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  countryCodes?: string[];

  @Field({ nullable: true, description: 'Case-insensitive substring of the name.' })
  @IsOptional()
  @MaxLength(100)
  search?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Only people who have held a position in this organization.',
  })
  @IsOptional()
  organizationId?: string;
}
