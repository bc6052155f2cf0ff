import { LocalDateScalar } from '../../common/graphql/local-date';
import { Arg, Ctx, FieldResolver, Float, Int, Query, Resolver, Root } from 'type-graphql';
import { PlainRoot } from '../../common/graphql/plain-root';
import { Context } from '../../context';
import { Country } from '../country/country.entity';
import { BilateralRelation } from '../relation/relation.entity';
import { Sector } from '../sector/sector.entity';
import {
  InterestChannel,
  InterestDimension,
  InterestFilter,
  Period,
  TopSectorOrder,
} from './analytics.inputs';
import {
  InterestBucket,
  SectorOverlap,
  SectorShareEntry,
  SectorShareReport,
  TimelinePoint,
  TopPartner,
  TopSector,
  UpcomingAnniversary,
} from './analytics.types';

const PARTY = 'Party code: alpha-2, alpha-3 or organization code (EU, NATO...), any case.';
const FROM =
  'Earliest date (inclusive). A coarse date counts only when its whole period lies in [from, to].';
const TO = 'Latest date (inclusive). A coarse date counts only when its period ends by then.';
const CHANNELS =
  'Only interests or meetings of these channels: MEETINGS, STATEMENTS (UN General Debate statements); absent or empty counts both.';
const EXACT =
  'False (default) rolls sub-sectors up into their top-level sector; true counts each interest under the sector it was recorded with.';

@Resolver()
export class AnalyticsResolver {
  @Query(() => [InterestBucket], {
    description:
      'Recorded interests counted in buckets: one bucket per combination of the groupBy dimensions, ordered by period, then by mentions (most first).',
  })
  sectorInterest(
    @Arg('filter', () => InterestFilter, {
      nullable: true,
      description: 'Which interests to count.',
    })
    filter: InterestFilter | undefined,
    @Arg('groupBy', () => [InterestDimension], {
      description: 'Dimensions to group by; an empty list gives one bucket with the totals.',
    })
    groupBy: InterestDimension[],
    @Arg('period', () => Period, {
      defaultValue: Period.YEAR,
      description: 'Length of the PERIOD buckets; ignored unless groupBy has PERIOD.',
    })
    period: Period,
    @Arg('exactSector', { defaultValue: false, description: EXACT }) exactSector: boolean,
    @Arg('limit', () => Int, {
      defaultValue: 1000,
      description: 'Most buckets to return, 1 to 10000.',
    })
    limit: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.analytics.sectorInterest(filter, groupBy, period, exactSector, limit);
  }

  @Query(() => [SectorOverlap], {
    description:
      'Common ground of a pair: every sector (at any level, sub-sectors rolled up) that both parties raised with each other, most mentioned first. The pair may be given in either order.',
  })
  sectorOverlap(
    @Arg('a', { description: `One party. ${PARTY}` }) a: string,
    @Arg('b', { description: `The other party. ${PARTY}` }) b: string,
    @Arg('from', () => LocalDateScalar, { nullable: true, description: FROM })
    from: string | undefined,
    @Arg('to', () => LocalDateScalar, { nullable: true, description: TO })
    to: string | undefined,
    @Arg('channels', () => [InterestChannel], { nullable: true, description: CHANNELS })
    channels: InterestChannel[] | undefined,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.analytics.sectorOverlap(a, b, { from, to, channels });
  }

  @Query(() => [TopSector], { description: 'The sectors a party raised most.' })
  topSectors(
    @Arg('country', { description: `The party that raised the sectors. ${PARTY}` })
    country: string,
    @Arg('partner', () => String, {
      nullable: true,
      description: 'Only interests towards this party.',
    })
    partner: string | undefined,
    @Arg('from', () => LocalDateScalar, { nullable: true, description: FROM })
    from: string | undefined,
    @Arg('to', () => LocalDateScalar, { nullable: true, description: TO })
    to: string | undefined,
    @Arg('channels', () => [InterestChannel], { nullable: true, description: CHANNELS })
    channels: InterestChannel[] | undefined,
    @Arg('limit', () => Int, { defaultValue: 10, description: 'How many, 1 to 100.' })
    limit: number,
    @Arg('exactSector', { defaultValue: false, description: EXACT }) exactSector: boolean,
    @Arg('orderBy', () => TopSectorOrder, {
      defaultValue: TopSectorOrder.MENTIONS,
      description: 'MENTIONS (most first) or DISTINCTIVE (what sets the party apart first).',
    })
    orderBy: TopSectorOrder,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.analytics.topSectors(
      country,
      partner,
      { from, to, channels },
      limit,
      exactSector,
      orderBy,
    );
  }

  @Query(() => [TopPartner], { description: 'The partners a party raised sectors with most.' })
  topPartners(
    @Arg('country', { description: `The party that raised the sectors. ${PARTY}` })
    country: string,
    @Arg('sector', () => String, {
      nullable: true,
      description: 'Only interests in this sector or its sub-sectors (sector code).',
    })
    sector: string | undefined,
    @Arg('from', () => LocalDateScalar, { nullable: true, description: FROM })
    from: string | undefined,
    @Arg('to', () => LocalDateScalar, { nullable: true, description: TO })
    to: string | undefined,
    @Arg('channels', () => [InterestChannel], { nullable: true, description: CHANNELS })
    channels: InterestChannel[] | undefined,
    @Arg('limit', () => Int, { defaultValue: 10, description: 'How many, 1 to 100.' })
    limit: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.analytics.topPartners(country, sector, { from, to, channels }, limit);
  }

  @Query(() => [TimelinePoint], {
    description:
      'Meetings between a pair (both among the meeting parties) per period, split by kind, oldest first. Periods without meetings are omitted. The pair may be given in either order.',
  })
  engagementTimeline(
    @Arg('a', { description: `One party. ${PARTY}` }) a: string,
    @Arg('b', { description: `The other party. ${PARTY}` }) b: string,
    @Arg('period', () => Period, { defaultValue: Period.YEAR, description: 'Period length.' })
    period: Period,
    @Arg('from', () => LocalDateScalar, { nullable: true, description: FROM })
    from: string | undefined,
    @Arg('to', () => LocalDateScalar, { nullable: true, description: TO })
    to: string | undefined,
    @Arg('channels', () => [InterestChannel], { nullable: true, description: CHANNELS })
    channels: InterestChannel[] | undefined,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.analytics.engagementTimeline(a, b, period, { from, to, channels });
  }

  @Query(() => [UpcomingAnniversary], {
    description:
      'Bilateral relations reaching a round number of years within the next `within` days, soonest first.',
  })
  upcomingAnniversaries(
    @Arg('within', () => Int, { description: 'Days ahead to look, 1 to 3660.' }) within: number,
    @Arg('every', () => Int, {
      defaultValue: 5,
      description: 'Round number of years, 1 to 100: 5 finds 5th, 10th, 15th... anniversaries.',
    })
    every: number,
    @Arg('asOf', () => LocalDateScalar, {
      nullable: true,
      description: 'Day to look ahead from; today when omitted.',
    })
    asOf: string | undefined,
    @Arg('limit', () => Int, { defaultValue: 100, description: 'Most results, 1 to 1000.' })
    limit: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.analytics.upcomingAnniversaries(within, every, asOf, limit);
  }

  @Query(() => SectorShareReport, {
    description:
      'Each sector\u2019s share of a party\u2019s mentions, next to the average share of that sector across all parties.',
  })
  sectorShare(
    @Arg('country', { description: `The party. ${PARTY}` }) country: string,
    @Arg('from', () => LocalDateScalar, { nullable: true, description: FROM })
    from: string | undefined,
    @Arg('to', () => LocalDateScalar, { nullable: true, description: TO })
    to: string | undefined,
    @Arg('channels', () => [InterestChannel], { nullable: true, description: CHANNELS })
    channels: InterestChannel[] | undefined,
    @Arg('exactSector', { defaultValue: false, description: EXACT }) exactSector: boolean,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.analytics.sectorShare(country, { from, to, channels }, exactSector);
  }
}

@Resolver(() => InterestBucket)
export class InterestBucketResolver {
  @FieldResolver(() => Sector, {
    nullable: true,
    description: 'The bucket sector; null unless grouped by SECTOR.',
  })
  sector(@Root() bucket: PlainRoot<InterestBucket>, @Ctx() ctx: Context) {
    return ctx.services.sectors.byId(bucket.sectorId);
  }

  @FieldResolver(() => Country, {
    nullable: true,
    description: 'The party that expressed the interests; null unless grouped by COUNTRY.',
  })
  country(@Root() bucket: PlainRoot<InterestBucket>, @Ctx() ctx: Context) {
    return ctx.services.countries.byId(bucket.countryId);
  }

  @FieldResolver(() => Country, {
    nullable: true,
    description: 'The party they were expressed towards; null unless grouped by PARTNER.',
  })
  partner(@Root() bucket: PlainRoot<InterestBucket>, @Ctx() ctx: Context) {
    return ctx.services.countries.byId(bucket.partnerId);
  }
}

@Resolver(() => SectorOverlap)
export class SectorOverlapResolver {
  @FieldResolver(() => Sector, { description: 'The shared sector.' })
  sector(@Root() overlap: PlainRoot<SectorOverlap>, @Ctx() ctx: Context) {
    return ctx.services.sectors.byId(overlap.sectorId);
  }
}

@Resolver(() => TopSector)
export class TopSectorResolver {
  @FieldResolver(() => Sector, { description: 'The sector.' })
  sector(@Root() top: PlainRoot<TopSector>, @Ctx() ctx: Context) {
    return ctx.services.sectors.byId(top.sectorId);
  }

  @FieldResolver(() => Float, {
    description:
      'The party\u2019s share of mentions in this sector divided by the share of all parties\u2019 mentions in it, in the same window and channels (partner not applied to the background): 2 means twice as often as the average mention.',
  })
  async lift(@Root() top: PlainRoot<TopSector>, @Ctx() ctx: Context) {
    return (await ctx.services.analytics.contrast(top)).lift;
  }

  @FieldResolver(() => Float, {
    description:
      'How strongly the party raises this sector more (positive) or less (negative) than all parties: the z-score of the log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi and Quinn 2008). Beyond about 2 it is unlikely to be chance; small counts are pulled towards 0.',
  })
  async distinctiveness(@Root() top: PlainRoot<TopSector>, @Ctx() ctx: Context) {
    return (await ctx.services.analytics.contrast(top)).distinctiveness;
  }
}

@Resolver(() => TopPartner)
export class TopPartnerResolver {
  @FieldResolver(() => Country, { description: 'The partner.' })
  partner(@Root() top: PlainRoot<TopPartner>, @Ctx() ctx: Context) {
    return ctx.services.countries.byId(top.partnerId);
  }
}

@Resolver(() => UpcomingAnniversary)
export class UpcomingAnniversaryResolver {
  @FieldResolver(() => BilateralRelation, { description: 'The relation.' })
  relation(@Root() anniversary: PlainRoot<UpcomingAnniversary>, @Ctx() ctx: Context) {
    return ctx.services.relations.byId(anniversary.relationId);
  }

  @FieldResolver(() => [Country], { description: 'The two parties.' })
  async countries(@Root() anniversary: PlainRoot<UpcomingAnniversary>, @Ctx() ctx: Context) {
    const pair = await Promise.all([
      ctx.services.countries.byId(anniversary.countryAId),
      ctx.services.countries.byId(anniversary.countryBId),
    ]);
    return pair.filter((country): country is Country => country !== null);
  }
}

@Resolver(() => SectorShareEntry)
export class SectorShareEntryResolver {
  @FieldResolver(() => Sector, { description: 'The sector.' })
  sector(@Root() entry: PlainRoot<SectorShareEntry>, @Ctx() ctx: Context) {
    return ctx.services.sectors.byId(entry.sectorId);
  }
}

@Resolver(() => SectorShareReport)
export class SectorShareReportResolver {
  @FieldResolver(() => Country, { description: 'The party the report is about.' })
  country(@Root() report: PlainRoot<SectorShareReport>, @Ctx() ctx: Context) {
    return ctx.services.countries.byId(report.countryId);
  }
}

export const analyticsResolvers = [
  AnalyticsResolver,
  InterestBucketResolver,
  SectorOverlapResolver,
  TopSectorResolver,
  TopPartnerResolver,
  UpcomingAnniversaryResolver,
  SectorShareEntryResolver,
  SectorShareReportResolver,
] as const;
