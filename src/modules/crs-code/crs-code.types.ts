import { Field, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'An OECD DAC CRS purpose code (the IATI codelists Sector and SectorCategory, CC BY 4.0, attribution IATI): a 3-digit category such as 152 or a 5-digit code such as 15220.',
})
export class CrsCode {
  @Field({ description: 'The code: 3 digits for a category, 5 for a purpose code, e.g. "15220".' })
  code!: string;

  @Field({
    description:
      'Its name in the codelist, e.g. "Civilian peace-building, conflict prevention and resolution".',
  })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the code covers, if the list says.' })
  description!: string | null;

  /** The 3-digit category of a 5-digit code; resolved from the list. */
  categoryCode!: string | null;

  @Field({
    description:
      'True when the codelist has withdrawn the code (e.g. 230, split into 231–236 in 2020); older data may still cite it.',
  })
  withdrawn!: boolean;
}
