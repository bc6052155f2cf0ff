import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs } from '../../common/relay/connection.types';
import { Context } from '../../context';
import { MeetingConnection } from '../meeting/meeting.connection';
import { PersonConnection } from '../person/person.connection';
import { CountryConnection } from './country.connection';
import { Country } from './country.entity';
import { CountryFilter, CountryOrder } from './country.inputs';

@Resolver(() => Country)
export class CountryResolver {
  @Query(() => Country, {
    nullable: true,
    description:
      'A country by ISO alpha-2 or alpha-3 code, or an organization party by its code; any letter case.',
  })
  country(
    @Arg('code', { description: 'E.g. "AZ", "aze", "KR" or "EU".' }) code: string,
    @Ctx() ctx: Context,
  ): Promise<Country | null> {
    return ctx.services.countries.findByCode(code);
  }

  @Query(() => CountryConnection, {
    description:
      'All ISO 3166-1 countries and the international organizations that act as parties.',
  })
  countries(
    @Args() page: ConnectionArgs,
    @Arg('filter', () => CountryFilter, {
      nullable: true,
      description: 'Conditions to narrow the list.',
    })
    filter: CountryFilter | undefined,
    @Arg('orderBy', () => CountryOrder, {
      defaultValue: CountryOrder.NAME_ASC,
      description: 'Sort order.',
    })
    orderBy: CountryOrder,
    @Ctx() ctx: Context,
  ): Promise<CountryConnection> {
    return ctx.services.countries.list(filter, page, orderBy);
  }

  @FieldResolver(() => MeetingConnection, {
    description: 'Meetings this party took part in, newest first.',
  })
  meetings(@Root() country: Country, @Args() page: ConnectionArgs, @Ctx() ctx: Context) {
    return ctx.services.meetings.forCountry(country.id, page);
  }

  @FieldResolver(() => PersonConnection, { description: 'People of this country, by name.' })
  people(@Root() country: Country, @Args() page: ConnectionArgs, @Ctx() ctx: Context) {
    return ctx.services.people.forCountry(country.id, page);
  }
}
