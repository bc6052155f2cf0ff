import { IsOptional, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType({ description: 'Narrows a list of sources. Every given condition must hold.' })
export class SourceFilter {
  @Field({ nullable: true, description: 'Case-insensitive substring of the title or URL.' })
  @IsOptional()
  @MaxLength(200)
  search?: string;
}
