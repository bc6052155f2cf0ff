import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs } from '../../common/relay/connection.types';
import { expectGlobalId } from '../../common/relay/global-id';
import { Context } from '../../context';
import { Country } from '../country/country.entity';
import { OrganizationConnection } from './organization.connection';
import { Organization } from './organization.entity';
import { OrganizationFilter } from './organization.inputs';

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, { nullable: true, description: 'An organization by global ID.' })
  organization(
    @Arg('id', () => ID, { description: 'Global ID of the organization.' }) id: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.organizations.byId(expectGlobalId(id, 'Organization', 'id'));
  }

  @Query(() => OrganizationConnection, { description: 'Organizations, by name.' })
  organizations(
    @Args() page: ConnectionArgs,
    @Arg('filter', () => OrganizationFilter, {
      nullable: true,
      description: 'Conditions to narrow the list.',
    })
    filter: OrganizationFilter | undefined,
    @Ctx() ctx: Context,
  ): Promise<OrganizationConnection> {
    return ctx.services.organizations.list(filter, page);
  }

  @FieldResolver(() => [Country], {
    description: 'Countries it belongs to; a joint commission belongs to all its members.',
  })
  countries(@Root() organization: Organization, @Ctx() ctx: Context) {
    return ctx.services.organizations.countriesOf(organization);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The body it is part of.' })
  parent(@Root() organization: Organization, @Ctx() ctx: Context) {
    return ctx.services.organizations.byId(organization.parentId);
  }

  @FieldResolver(() => [Organization], { description: 'Bodies that are part of it.' })
  children(@Root() organization: Organization, @Ctx() ctx: Context) {
    return ctx.services.organizations.children(organization);
  }
}
