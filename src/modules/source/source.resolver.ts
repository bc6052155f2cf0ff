import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs } from '../../common/relay/connection.types';
import { Context } from '../../context';
import { Organization } from '../organization/organization.entity';
import { Person } from '../person/person.entity';
import { SourceConnection } from './source.connection';
import { Source } from './source.entity';
import { SourceFilter } from './source.inputs';

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
}
