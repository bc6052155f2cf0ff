import { Field, Int, ObjectType } from 'type-graphql';
import { Country } from '../country/country.entity';

@ObjectType({ description: 'How many meetings one party took part in.' })
export class PartyMeetingCount {
  @Field(() => Country, { description: 'The party.' })
  party!: Country;

  @Field(() => Int, { description: 'Meetings with this party among their parties.' })
  meetings!: number;
}

@ObjectType({ description: 'How many meetings began in one calendar year.' })
export class YearMeetingCount {
  @Field(() => Int, { description: 'The year a meeting began (a coarse date counts in its year).' })
  year!: number;

  @Field(() => Int, { description: 'Meetings that began that year.' })
  meetings!: number;
}
