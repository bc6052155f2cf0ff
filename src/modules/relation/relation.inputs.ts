import { ArrayMaxSize, ArrayMinSize, IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { OptionalText } from '../../common/graphql/input-fields';

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

  @OptionalText(5000, 'Remarks, in the curators\u2019 own words.')
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

  @OptionalText(10, 'Establishment date.')
  established?: string;

  @OptionalText(5000, 'Remarks; an empty string removes them.')
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
