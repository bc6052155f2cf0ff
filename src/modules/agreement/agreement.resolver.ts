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
import { AgreementPayload } from './agreement.payloads';
import { ConnectionArgs } from '../../common/relay/connection.types';
import { expectGlobalId } from '../../common/relay/global-id';
import { Context } from '../../context';
import { Country } from '../country/country.entity';
import { Organization } from '../organization/organization.entity';
import { Sector } from '../sector/sector.entity';
import { Source } from '../source/source.entity';
import { AgreementConnection } from './agreement.connection';
import { Agreement } from './agreement.entity';
import { AgreementFilter, CreateAgreementInput, UpdateAgreementInput } from './agreement.inputs';

@Resolver(() => Agreement)
export class AgreementResolver {
  @Query(() => Agreement, {
    nullable: true,
    description: 'An agreement or programme by global ID.',
  })
  agreement(
    @Arg('id', () => ID, { description: 'Global ID of the agreement.' }) id: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.agreements.byId(expectGlobalId(id, 'Agreement', 'id'));
  }

  @Query(() => AgreementConnection, {
    description: 'Agreements, programmes and joint institutions, by name.',
  })
  agreements(
    @Args() page: ConnectionArgs,
    @Arg('filter', () => AgreementFilter, {
      nullable: true,
      description: 'Conditions to narrow the list.',
    })
    filter: AgreementFilter | undefined,
    @Ctx() ctx: Context,
  ): Promise<AgreementConnection> {
    return ctx.services.agreements.list(filter, page);
  }

  @FieldResolver(() => [Country], { description: 'Parties to it.' })
  countries(@Root() agreement: Agreement, @Ctx() ctx: Context) {
    return ctx.services.agreements.countriesOf(agreement);
  }

  @FieldResolver(() => [Organization], {
    description: 'Organizations involved, e.g. universities.',
  })
  organizations(@Root() agreement: Agreement, @Ctx() ctx: Context) {
    return ctx.services.agreements.organizations(agreement);
  }

  @FieldResolver(() => [Sector], { description: 'Sectors it serves.' })
  sectors(@Root() agreement: Agreement, @Ctx() ctx: Context) {
    return ctx.services.agreements.sectorsOf(agreement);
  }

  @FieldResolver(() => [Source], { description: 'Reports it is traced to.' })
  sources(@Root() agreement: Agreement, @Ctx() ctx: Context) {
    return ctx.services.agreements.sources(agreement);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => AgreementPayload, {
    description:
      'Creates an agreement; sending the same create again returns the stored one and writes nothing.',
  })
  createAgreement(
    @Arg('input', () => CreateAgreementInput, { validate: false, description: 'The new record.' })
    input: CreateAgreementInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.agreementWrites.create(input, ctx.user);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => AgreementPayload, {
    description: 'Corrects an agreement; a stale version gives the userError CONFLICT.',
  })
  updateAgreement(
    @Arg('input', () => UpdateAgreementInput, { validate: false, description: 'The changes.' })
    input: UpdateAgreementInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.agreementWrites.update(input, ctx.user);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => DeletePayload, { description: 'Deletes an agreement (admins only).' })
  deleteAgreement(
    @Arg('id', () => ID, { description: 'Global ID.' }) id: string,
    @Arg('version', () => Int, {
      nullable: true,
      description: 'If given, delete only if still at this version.',
    })
    version: number | undefined,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.agreementWrites.delete(id, version, ctx.user);
  }
}
