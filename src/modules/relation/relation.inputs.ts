import { ArrayMaxSize, ArrayMinSize, IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({
  description: 'Diplomatic relations between two parties. Sending the same again changes nothing.',
})
export class CreateRelationInput {
  @Field(() => [String], { description: 'The two party codes, in any order.' })
  @ArrayMinSize(2)
  @ArrayMaxSize(2)
  @MaxLength(8, { each: true })
  parties!: string[];

  @Field({ description: 'When relations were established: "YYYY", "YYYY-MM" or "YYYY-MM-DD".' })
  @MaxLength(10)
  established!: string;

  @Field({ nullable: true, description: 'Remarks, in the curators\u2019 own words.' })
  @IsOptional()
  @MaxLength(5000)
  note?: string;

  @Field(() => [String], { description: 'URLs of stored sources; at least one.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @MaxLength(2000, { each: true })
  sources!: string[];
}

@InputType({ description: 'Corrections to a relation; fields left out stay as they are.' })
export class UpdateRelationInput {
  @Field(() => ID, { description: 'Global ID of the relation.' })
  id!: string;

  @Field(() => Int, { description: 'The version last read; a stale one gives CONFLICT.' })
  version!: number;

  @Field({ nullable: true, description: 'Establishment date.' })
  @IsOptional()
  @MaxLength(10)
  established?: string;

  @Field({ nullable: true, description: 'Remarks; an empty string removes them.' })
  @IsOptional()
  @MaxLength(5000)
  note?: string;

  @Field(() => [String], {
    nullable: true,
    description: 'URLs of stored sources, at least one; replaces the stored list.',
  })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  sources?: string[];
}
