import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs } from '../../common/relay/connection.types';
import { expectGlobalId } from '../../common/relay/global-id';
import { Context } from '../../context';
import { Country } from '../country/country.entity';
import { MeetingConnection } from '../meeting/meeting.connection';
import { PersonConnection } from './person.connection';
import { Person } from './person.entity';
import { PersonFilter } from './person.inputs';
import { Position } from './position.entity';

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: 'A person by global ID.' })
  person(
    @Arg('id', () => ID, { description: 'Global ID of the person.' }) id: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.people.byId(expectGlobalId(id, 'Person', 'id'));
  }

  @Query(() => PersonConnection, { description: 'People, by name.' })
  people(
    @Args() page: ConnectionArgs,
    @Arg('filter', () => PersonFilter, {
      nullable: true,
      description: 'Conditions to narrow the list.',
    })
    filter: PersonFilter | undefined,
    @Ctx() ctx: Context,
  ): Promise<PersonConnection> {
    return ctx.services.people.list(filter, page);
  }

  @FieldResolver(() => Country, { nullable: true, description: 'Country the person belongs to.' })
  country(@Root() person: Person, @Ctx() ctx: Context) {
    return ctx.services.countries.byId(person.countryId);
  }

  @FieldResolver(() => [Position], { description: 'Positions held over time, earliest first.' })
  positions(@Root() person: Person, @Ctx() ctx: Context) {
    return ctx.services.people.positions(person);
  }

  @FieldResolver(() => MeetingConnection, {
    description: 'Meetings this person took part in, newest first.',
  })
  meetings(@Root() person: Person, @Args() page: ConnectionArgs, @Ctx() ctx: Context) {
    return ctx.services.meetings.forPerson(person.id, page);
  }
}
