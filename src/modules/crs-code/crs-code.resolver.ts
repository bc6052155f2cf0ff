import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { PlainRoot } from '../../common/graphql/plain-root';
import { Context } from '../../context';
import { Sector } from '../sector/sector.entity';
import { CrsCode } from './crs-code.types';

@Resolver(() => CrsCode)
export class CrsCodeResolver {
  @Query(() => CrsCode, {
    nullable: true,
    description:
      'A CRS purpose code or category by its code, e.g. "152" or "15220"; null if the list has none.',
  })
  crsCode(
    @Arg('code', { description: 'The 3- or 5-digit code.' }) code: string,
    @Ctx() ctx: Context,
  ): CrsCode | null {
    return ctx.services.crsCodes.find(code);
  }

  @FieldResolver(() => CrsCode, {
    nullable: true,
    description: 'The 3-digit category of a 5-digit code; null for a category.',
  })
  category(@Root() crs: PlainRoot<CrsCode>, @Ctx() ctx: Context): CrsCode | null {
    return ctx.services.crsCodes.category(crs);
  }

  @FieldResolver(() => [Sector], {
    description:
      'The sectors mapped to this code; for a category, also those mapped to any code in it. By sector code.',
  })
  sectors(@Root() crs: PlainRoot<CrsCode>, @Ctx() ctx: Context): Promise<Sector[]> {
    return ctx.services.sectors.byCrsCode(crs.code);
  }
}
