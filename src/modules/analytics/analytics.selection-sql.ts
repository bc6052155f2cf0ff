import { SelectionSqlPart, validated } from '../../common/graphql/selection-sql/root-fields';
import { NotPlannable } from '../../common/graphql/selection-sql/selection-plan';
import type { Context } from '../../context';
import { Country } from '../country/country.entity';
import { BilateralRelation } from '../relation/relation.entity';
import { Sector } from '../sector/sector.entity';
import { InterestDimension, InterestFilter, Period } from './analytics.inputs';
import type { DateWindow } from './analytics-sql';

/**
 * decodeFirst and decodeLast (analytics-sql.ts) in SQL: `>>` and `&` floor as they do. A date as
 * text is ISO, as the app's DATE parser already assumes; cut, it is a third cheaper than to_char.
 */
function keySql(key: string, yearRank: number): string {
  const day = `(DATE '1900-01-01' + (${key} >> 2)::int)::text`;
  return `(CASE ${key} & 3 WHEN ${yearRank} THEN left(${day}, 4) WHEN 1 THEN left(${day}, 7) ELSE ${day} END)`;
}

/** The date window and channels of a pair question's arguments. */
const windowOf = (args: Record<string, unknown>) =>
  ({ from: args.from, to: args.to, channels: args.channels }) as DateWindow;

/**
 * sectorInterest, sectorOverlap, engagementTimeline and upcomingAnniversaries as selection-built
 * SQL: the service writes the statement of rows (sector-interest.ts, relation-analytics.ts), and
 * their JSON is written in PostgreSQL, with the sectors, parties and relations the resolvers load.
 */
export const analyticsSelectionSql: SelectionSqlPart<Context> = {
  roots: {
    sectorInterest: {
      kind: 'list',
      item: 'InterestBucket',
      async load(context, args, run) {
        if (args.filter === null) throw new NotPlannable('null filter');
        const filter =
          args.filter === undefined ? undefined : await validated(InterestFilter, args.filter);
        return context.services.analytics.writtenSectorInterest(
          run,
          filter,
          args.groupBy as InterestDimension[],
          args.period as Period,
          args.exactSector as boolean,
          args.limit as number,
        );
      },
    },
    sectorOverlap: {
      kind: 'list',
      item: 'SectorOverlap',
      load: (context, args, run) =>
        context.services.analytics.writtenSectorOverlap(
          run,
          args.a as string,
          args.b as string,
          windowOf(args),
        ),
    },
    engagementTimeline: {
      kind: 'list',
      item: 'TimelinePoint',
      load: (context, args, run) =>
        context.services.analytics.writtenEngagementTimeline(
          run,
          args.a as string,
          args.b as string,
          args.period as Period,
          windowOf(args),
        ),
    },
    upcomingAnniversaries: {
      kind: 'list',
      item: 'UpcomingAnniversary',
      load: (context, args, run) =>
        context.services.analytics.writtenUpcomingAnniversaries(
          run,
          args.within as number,
          args.every as number,
          args.asOf as string | undefined,
          args.limit as number,
        ),
    },
  },
  rows: [
    {
      type: 'InterestBucket',
      fields: {
        period: (a) => `${a}.period`,
        periodPrecision: (a) => `${a}.period_precision`,
        mentions: (a) => `${a}.mentions`,
        meetings: (a) => `${a}.meetings`,
        firstMentionedOn: (a) => keySql(`${a}.first_key`, 0),
        lastMentionedOn: (a) => keySql(`${a}.last_key`, 2),
      },
      plainText: ['period', 'firstMentionedOn', 'lastMentionedOn'],
      relations: {
        sector: { target: Sector, column: 'sector_id' },
        country: { target: Country, column: 'country_id' },
        partner: { target: Country, column: 'partner_id' },
      },
    },
    {
      type: 'SectorOverlap',
      fields: {
        mentionsByA: (a) => `${a}.by_a`,
        mentionsByB: (a) => `${a}.by_b`,
        mentions: (a) => `(${a}.by_a + ${a}.by_b)`,
      },
      relations: { sector: { target: Sector, column: 'sector_id' } },
    },
    {
      type: 'TimelinePoint',
      fields: {
        period: (a) => `${a}.period`,
        periodPrecision: (a) => `${a}.period_precision`,
        meetings: (a) => `${a}.meetings`,
      },
      plainText: ['period'],
      lists: {
        byKind: {
          item: 'KindCount',
          perRow: true,
          from: (owner, alias) =>
            `unnest(${owner}.kinds, ${owner}.counts) WITH ORDINALITY AS ${alias}(kind, meetings, ord)`,
        },
      },
    },
    {
      type: 'UpcomingAnniversary',
      fields: {
        years: (a) => `${a}.years`,
        date: (a) => `${a}.date`,
        precision: (a) => `${a}.precision`,
        daysUntil: (a) => `${a}.days_until`,
      },
      plainText: ['date'],
      // 23,000 relations: joined, the planner scans them all for a hash join.
      relations: { relation: { target: BilateralRelation, column: 'id', perRow: true } },
      lists: {
        // The resolver's [countryA, countryB], a missing one left out.
        countries: {
          item: 'Country',
          from: (owner, alias) =>
            `(SELECT c.*, x.ord FROM unnest(ARRAY[${owner}.country_a_id, ${owner}.country_b_id])
                WITH ORDINALITY AS x(id, ord) JOIN country c ON c.id = x.id) ${alias}`,
        },
      },
    },
    { type: 'KindCount', fields: { kind: (a) => `${a}.kind`, meetings: (a) => `${a}.meetings` } },
  ],
};
