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
import { SourcePayload } from './source.payloads';
import { ConnectionArgs } from '../../common/relay/connection.types';
import { Context } from '../../context';
import { Organization } from '../organization/organization.entity';
import { Person } from '../person/person.entity';
import { SourceConnection } from './source.connection';
import { Source } from './source.entity';
import { CreateSourceInput, SourceFilter, UpdateSourceInput } from './source.inputs';

@Resolver(() => Source)
export class SourceResolver {
  @Query(() => Source, { nullable: true, description: 'A source by its URL.' })
  source(
    @Arg('url', { description: 'Canonical URL of the source.' }) url: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.sources.findByUrl(url);
  }

  @Query(() => SourceConnection, { description: 'Sources, most recently published first.' })
  sources(
    @Args() page: ConnectionArgs,
    @Arg('filter', () => SourceFilter, {
      nullable: true,
      description: 'Conditions to narrow the list.',
    })
    filter: SourceFilter | undefined,
    @Ctx() ctx: Context,
  ): Promise<SourceConnection> {
    return ctx.services.sources.list(filter, page);
  }

  @FieldResolver(() => Organization, { description: 'The outlet that published it.' })
  publisher(@Root() source: Source, @Ctx() ctx: Context) {
    return ctx.services.organizations.byId(source.publisherId);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The author, if named.' })
  author(@Root() source: Source, @Ctx() ctx: Context) {
    return ctx.services.people.byId(source.authorId);
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'The body the report cites for its facts, e.g. a foreign ministry.',
  })
  citedBody(@Root() source: Source, @Ctx() ctx: Context) {
    return ctx.services.organizations.byId(source.citedBodyId);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => SourcePayload, {
    description:
      'Creates a source; sending the same create again returns the stored one and writes nothing.',
  })
  createSource(
    @Arg('input', () => CreateSourceInput, { validate: false, description: 'The new record.' })
    input: CreateSourceInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.sourceWrites.create(input, ctx.user);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => SourcePayload, {
    description: 'Corrects a source; a stale version gives the userError CONFLICT.',
  })
  updateSource(
    @Arg('input', () => UpdateSourceInput, { validate: false, description: 'The changes.' })
    input: UpdateSourceInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.sourceWrites.update(input, ctx.user);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => DeletePayload, { description: 'Deletes a source (admins only).' })
  deleteSource(
    @Arg('id', () => ID, { description: 'Global ID.' }) id: string,
    @Arg('version', () => Int, {
      nullable: true,
      description: 'If given, delete only if still at this version.',
    })
    version: number | undefined,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.sourceWrites.delete(id, version, ctx.user);
  }
}
