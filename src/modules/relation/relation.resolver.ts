import { LocalDateScalar } from '../../common/graphql/local-date';
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
import { BilateralRelationPayload } from './relation.payloads';
import { CreateRelationInput, UpdateRelationInput } from './relation.inputs';
import { ConnectionArgs } from '../../common/relay/connection.types';
import { Context } from '../../context';
import { Country } from '../country/country.entity';
import { Source } from '../source/source.entity';
import { BilateralRelationConnection } from './relation.connection';
import { BilateralRelation } from './relation.entity';
import { nextAnniversary, yearsBetween } from './relation.service';
import { Anniversary } from './relation.types';

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

@Resolver(() => BilateralRelation)
export class RelationResolver {
  @Query(() => BilateralRelation, {
    nullable: true,
    description: 'Relations between two parties, given in either order.',
  })
  bilateralRelation(
    @Arg('a', { description: 'Code of one party (alpha-2, alpha-3 or organization code).' })
    a: string,
    @Arg('b', { description: 'Code of the other party.' }) b: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.relations.findPair(a, b);
  }

  @Query(() => BilateralRelationConnection, { description: 'Bilateral relations, oldest first.' })
  bilateralRelations(
    @Args() page: ConnectionArgs,
    @Arg('countryCode', () => String, {
      nullable: true,
      description: 'Only relations of this party.',
    })
    countryCode: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<BilateralRelationConnection> {
    return ctx.services.relations.list(countryCode, page);
  }

  @FieldResolver(() => [Country], { description: 'The two parties.' })
  countries(@Root() relation: BilateralRelation, @Ctx() ctx: Context) {
    return ctx.services.relations.countriesOf(relation);
  }

  @FieldResolver(() => Int, {
    description: 'Whole years of relations as of a date (today by default).',
  })
  yearsOfRelations(
    @Root() relation: BilateralRelation,
    @Arg('asOf', () => LocalDateScalar, {
      nullable: true,
      description: 'Date to count to; today when omitted.',
    })
    asOf: string | undefined,
  ): number {
    return yearsBetween(relation.establishedOn, asOf ?? today());
  }

  @FieldResolver(() => Anniversary, {
    description:
      'The next anniversary, on or after a date, whose year count is a multiple of `every`.',
  })
  nextAnniversary(
    @Root() relation: BilateralRelation,
    @Arg('every', () => Int, { defaultValue: 5, description: 'Round number of years, 1 to 100.' })
    every: number,
    @Arg('asOf', () => LocalDateScalar, {
      nullable: true,
      description: 'Date to count from; today when omitted.',
    })
    asOf: string | undefined,
  ): Anniversary {
    return nextAnniversary(relation.establishedOn, asOf ?? today(), every);
  }

  @FieldResolver(() => [Source], { description: 'Reports the relation is traced to.' })
  sources(@Root() relation: BilateralRelation, @Ctx() ctx: Context) {
    return ctx.services.relations.sources(relation);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => BilateralRelationPayload, {
    description:
      'Creates bilateral relations; sending the same create again returns the stored one and writes nothing.',
  })
  createBilateralRelation(
    @Arg('input', () => CreateRelationInput, { validate: false, description: 'The new record.' })
    input: CreateRelationInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.relationWrites.create(input, ctx.user);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => BilateralRelationPayload, {
    description: 'Corrects bilateral relations; a stale version gives the userError CONFLICT.',
  })
  updateBilateralRelation(
    @Arg('input', () => UpdateRelationInput, { validate: false, description: 'The changes.' })
    input: UpdateRelationInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.relationWrites.update(input, ctx.user);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => DeletePayload, { description: 'Deletes bilateral relations (admins only).' })
  deleteBilateralRelation(
    @Arg('id', () => ID, { description: 'Global ID.' }) id: string,
    @Arg('version', () => Int, {
      nullable: true,
      description: 'If given, delete only if still at this version.',
    })
    version: number | undefined,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.relationWrites.delete(id, version, ctx.user);
  }
}
