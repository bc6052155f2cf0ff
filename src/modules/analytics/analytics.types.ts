import { Field, Float, Int, ObjectType } from 'type-graphql';

import { DatePrecision } from '../../common/partial-date';
import { MeetingKind } from '../meeting/meeting.entity';
import { Period } from './analytics.inputs';
import { ContrastBasis, SectorContrast } from './sector-contrast';

// simpleResolvers: these plain result fields skip the global field middlewares, which cost
// more than the SQL for a dashboard with hundreds of buckets (see docs/benchmarks.md).

@ObjectType({
  simpleResolvers: true,
  description:
    'One group of recorded interests. Dimensions not grouped by are null; counts cover every interest in the group.',
})
export class InterestBucket {
  sectorId!: number | null;
  countryId!: number | null;
  partnerId!: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'First day of the bucket period (YYYY-MM-DD) when grouped by PERIOD; null otherwise. See periodPrecision.',
  })
  period!: string | null;

  @Field(() => Period, {
    nullable: true,
    description:
      'Length of the bucket period. Usually the requested period; YEAR for meetings dated only to the year when grouping by MONTH or QUARTER (an "unknown within the year" bucket). Null when not grouped by PERIOD.',
  })
  periodPrecision!: Period | null;

  @Field(() => Int, { description: 'Number of recorded interests (mentions) in the bucket.' })
  mentions!: number;

  @Field(() => Int, { description: 'Number of distinct meetings those mentions were made at.' })
  meetings!: number;

  @Field({
    description:
      'Earliest meeting date in the bucket, as ISO 8601 of its precision ("2022-08-25", "2022-07" or "2009"). On a tie the coarser date wins.',
  })
  firstMentionedOn!: string;

  @Field({
    description:
      'Latest meeting date in the bucket (the one whose period ends last), as ISO 8601 of its precision. On a tie the coarser date wins.',
  })
  lastMentionedOn!: string;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A sector both parties of a pair raised with each other.',
})
export class SectorOverlap {
  sectorId!: number;

  @Field(() => Int, {
    description: 'Mentions of the sector (and its sub-sectors) by party a towards party b.',
  })
  mentionsByA!: number;

  @Field(() => Int, {
    description: 'Mentions of the sector (and its sub-sectors) by party b towards party a.',
  })
  mentionsByB!: number;

  @Field(() => Int, { description: 'mentionsByA + mentionsByB.' })
  mentions!: number;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A sector ranked by how often a party raised it.',
})
export class TopSector {
  sectorId!: number;
  /** The party's mentions under the same arguments, all sectors. */
  partyTotal!: number;
  /** What lift and distinctiveness compare the party with. */
  basis!: ContrastBasis;
  /** Set when the answer was ranked by it; else computed when asked for. */
  contrast?: SectorContrast;

  @Field(() => Int, { description: 'Mentions of the sector (rolled up unless exactSector).' })
  mentions!: number;

  @Field(() => Float, {
    description: 'Share of all the party\u2019s mentions matching the same arguments, 0 to 1.',
  })
  share!: number;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A partner ranked by how often a party raised sectors with it.',
})
export class TopPartner {
  partnerId!: number;

  @Field(() => Int, { description: 'Mentions the party made towards this partner.' })
  mentions!: number;

  @Field(() => Float, {
    description: 'Share of all the party\u2019s mentions matching the same arguments, 0 to 1.',
  })
  share!: number;
}

@ObjectType({
  simpleResolvers: true,
  description: 'Meetings of one kind within a timeline period.',
})
export class KindCount {
  @Field(() => MeetingKind, { description: 'The kind of meeting.' })
  kind!: MeetingKind;

  @Field(() => Int, { description: 'Number of meetings of this kind in the period.' })
  meetings!: number;
}

@ObjectType({
  simpleResolvers: true,
  description: 'Meetings between a pair in one period, split by kind.',
})
export class TimelinePoint {
  @Field({ description: 'First day of the period (YYYY-MM-DD).' })
  period!: string;

  @Field(() => Period, {
    description:
      'Length of the period: the requested one, or YEAR for meetings dated only to the year.',
  })
  periodPrecision!: Period;

  @Field(() => Int, { description: 'Meetings between the pair in the period, all kinds.' })
  meetings!: number;

  @Field(() => [KindCount], { description: 'The same meetings split by kind, most first.' })
  byKind!: KindCount[];
}

@ObjectType({
  simpleResolvers: true,
  description: 'A bilateral relation that reaches a round anniversary soon.',
})
export class UpcomingAnniversary {
  relationId!: number;
  countryAId!: number;
  countryBId!: number;

  @Field(() => Int, { description: 'Years of relations reached, a multiple of `every`.' })
  years!: number;

  @Field({
    description:
      'Date of the anniversary (YYYY-MM-DD). For an establishment known only to the month or year, the first day of that period (see precision).',
  })
  date!: string;

  @Field(() => DatePrecision, { description: 'How precisely the establishment date is known.' })
  precision!: DatePrecision;

  @Field(() => Int, { description: 'Days from asOf to the anniversary (0 = on asOf).' })
  daysUntil!: number;
}

@ObjectType({
  simpleResolvers: true,
  description: 'One sector in a party\u2019s sector share report.',
})
export class SectorShareEntry {
  sectorId!: number;

  @Field(() => Int, { description: 'The party\u2019s mentions of the sector.' })
  mentions!: number;

  @Field(() => Float, {
    description: 'The party\u2019s mentions of the sector / all its mentions.',
  })
  share!: number;

  @Field(() => Float, {
    description:
      'Average of the same share over every party with at least one mention in the window (parties that never raised the sector count as 0).',
  })
  averageShare!: number;
}

@ObjectType({
  simpleResolvers: true,
  description: 'Each sector\u2019s share of a party\u2019s mentions, next to the average share.',
})
export class SectorShareReport {
  countryId!: number;

  @Field(() => Int, { description: 'All the party\u2019s mentions in the window.' })
  mentions!: number;

  @Field(() => Int, {
    description:
      'Number of parties with at least one mention in the window (the average is over these).',
  })
  countriesCompared!: number;

  @Field(() => [SectorShareEntry], {
    description:
      'Every sector the party or any other party raised, by the party\u2019s share, then the average share.',
  })
  sectors!: SectorShareEntry[];
}
