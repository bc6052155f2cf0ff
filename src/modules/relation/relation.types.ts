import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A round-number anniversary of diplomatic relations.' })
export class Anniversary {
  @Field(() => Int, { description: 'Years of relations reached on that date, e.g. 30.' })
  years!: number;

  @Field({
    description:
      'Date of the anniversary (YYYY-MM-DD). When the establishment is known only to the year, this is January 1 of the anniversary year.',
  })
  date!: string;
}
