import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Role } from '../../common/auth/roles';
import { DeletePayload } from '../../common/user-errors';
import { PersonPayload, PositionPayload } from './person.payloads';
import { ConnectionArgs } from '../../common/relay/connection.types';
import { expectGlobalId } from '../../common/relay/global-id';
import { Context } from '../../context';
import { Country } from '../country/country.entity';
import { MeetingConnection } from '../meeting/meeting.connection';
import { PersonConnection } from './person.connection';
import { Person } from './person.entity';
import {
  AddPositionInput,
  CreatePersonInput,
  PersonFilter,
  UpdatePersonInput,
  UpdatePositionInput,
} from './person.inputs';
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

  @Authorized(Role.EDITOR)
  @Mutation(() => PersonPayload, {
    description:
      'Creates a person; sending the same create again returns the stored one and writes nothing.',
  })
  createPerson(
    @Arg('input', () => CreatePersonInput, { validate: false, description: 'The new record.' })
    input: CreatePersonInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.personWrites.create(input, ctx.user);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => PersonPayload, {
    description: 'Corrects a person; a stale version gives the userError CONFLICT.',
  })
  updatePerson(
    @Arg('input', () => UpdatePersonInput, { validate: false, description: 'The changes.' })
    input: UpdatePersonInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.personWrites.update(input, ctx.user);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => DeletePayload, { description: 'Deletes a person (admins only).' })
  deletePerson(
    @Arg('id', () => ID, { description: 'Global ID.' }) id: string,
    @Arg('version', () => Int, {
      nullable: true,
      description: 'If given, delete only if still at this version.',
    })
    version: number | undefined,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.personWrites.delete(id, version, ctx.user);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => PositionPayload, {
    description: 'Adds a position to a person (idempotent by title).',
  })
  addPosition(
    @Arg('input', () => AddPositionInput, { validate: false, description: 'The position.' })
    input: AddPositionInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.personWrites.addPosition(input, ctx.user);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => PositionPayload, { description: 'Corrects a position (optimistic locking).' })
  updatePosition(
    @Arg('input', () => UpdatePositionInput, { validate: false, description: 'The changes.' })
    input: UpdatePositionInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.personWrites.updatePosition(input, ctx.user);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => DeletePayload, { description: 'Removes a position from a person.' })
  removePosition(
    @Arg('id', () => ID, { description: 'Global ID of the position.' }) id: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.personWrites.removePosition(id, ctx.user);
  }
}
