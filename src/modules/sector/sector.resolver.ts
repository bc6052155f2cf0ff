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
import { SectorPayload } from './sector.payloads';
import { CreateSectorInput, UpdateSectorInput } from './sector.inputs';
import { ConnectionArgs } from '../../common/relay/connection.types';
import { Context } from '../../context';
import { CrsCode } from '../crs-code/crs-code.types';
import { SectorConnection } from './sector.connection';
import { Sector } from './sector.entity';

@Resolver(() => Sector)
export class SectorResolver {
  @Query(() => Sector, { nullable: true, description: 'A sector by its code, e.g. "energy".' })
  sector(
    @Arg('code', { description: 'Sector code, any letter case.' }) code: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.sectors.findByCode(code);
  }

  @Query(() => SectorConnection, {
    description: 'The sector tree: the top-level sectors by default, each with its children.',
  })
  sectors(
    @Args() page: ConnectionArgs,
    @Arg('topLevelOnly', {
      defaultValue: true,
      description: 'True lists the roots of the tree; false lists every sector.',
    })
    topLevelOnly: boolean,
    @Ctx() ctx: Context,
  ): Promise<SectorConnection> {
    return ctx.services.sectors.list(topLevelOnly, page);
  }

  @FieldResolver(() => Sector, { nullable: true, description: 'The broader sector, if any.' })
  parent(@Root() sector: Sector, @Ctx() ctx: Context) {
    return ctx.services.sectors.byId(sector.parentId);
  }

  @FieldResolver(() => [Sector], { description: 'Narrower sectors, by code.' })
  children(@Root() sector: Sector, @Ctx() ctx: Context) {
    return ctx.services.sectors.children(sector);
  }

  @FieldResolver(() => CrsCode, {
    nullable: true,
    description:
      'The OECD DAC CRS purpose code of crsCode, with its name and category; null if the sector has none or the list lacks it.',
  })
  crs(@Root() sector: Sector, @Ctx() ctx: Context): CrsCode | null {
    return ctx.services.crsCodes.find(sector.crsCode);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => SectorPayload, {
    description:
      'Creates a sector; sending the same create again returns the stored one and writes nothing.',
  })
  createSector(
    @Arg('input', () => CreateSectorInput, { validate: false, description: 'The new record.' })
    input: CreateSectorInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.sectorWrites.create(input, ctx.user);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => SectorPayload, {
    description: 'Corrects a sector; a stale version gives the userError CONFLICT.',
  })
  updateSector(
    @Arg('input', () => UpdateSectorInput, { validate: false, description: 'The changes.' })
    input: UpdateSectorInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.sectorWrites.update(input, ctx.user);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => DeletePayload, { description: 'Deletes a sector (admins only).' })
  deleteSector(
    @Arg('id', () => ID, { description: 'Global ID.' }) id: string,
    @Arg('version', () => Int, {
      nullable: true,
      description: 'If given, delete only if still at this version.',
    })
    version: number | undefined,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.sectorWrites.delete(id, version, ctx.user);
  }
}
