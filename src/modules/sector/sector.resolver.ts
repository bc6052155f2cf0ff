import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs } from '../../common/relay/connection.types';
import { Context } from '../../context';
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
}
