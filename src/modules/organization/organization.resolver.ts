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
import { OrganizationPayload } from './organization.payloads';
import { ConnectionArgs } from '../../common/relay/connection.types';
import { expectGlobalId } from '../../common/relay/global-id';
import { Context } from '../../context';
import { Country } from '../country/country.entity';
import { OrganizationConnection } from './organization.connection';
import { Organization } from './organization.entity';
import {
  CreateOrganizationInput,
  OrganizationFilter,
  UpdateOrganizationInput,
} from './organization.inputs';

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

  @Authorized(Role.EDITOR)
  @Mutation(() => OrganizationPayload, {
    description:
      'Creates an organization; sending the same create again returns the stored one and writes nothing.',
  })
  createOrganization(
    @Arg('input', () => CreateOrganizationInput, {
      validate: false,
      description: 'The new record.',
    })
    input: CreateOrganizationInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.organizationWrites.create(input, ctx.user);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => OrganizationPayload, {
    description: 'Corrects an organization; a stale version gives the userError CONFLICT.',
  })
  updateOrganization(
    @Arg('input', () => UpdateOrganizationInput, { validate: false, description: 'The changes.' })
    input: UpdateOrganizationInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.organizationWrites.update(input, ctx.user);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => DeletePayload, { description: 'Deletes an organization (admins only).' })
  deleteOrganization(
    @Arg('id', () => ID, { description: 'Global ID.' }) id: string,
    @Arg('version', () => Int, {
      nullable: true,
      description: 'If given, delete only if still at this version.',
    })
    version: number | undefined,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.organizationWrites.delete(id, version, ctx.user);
  }
}
