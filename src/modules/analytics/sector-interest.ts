import { InterestDimension, InterestFilter, Period } from './analytics.inputs';
import {
  DateWindow,
  decodeFirst,
  decodeLast,
  FIRST_KEY,
  LAST_KEY,
  Params,
  PERIOD_ORDER,
  periodSql,
  whereSql,
  windowSql,
  yearWindowSql,
} from './analytics-sql';
import { InterestBucket } from './analytics.types';

/** Resolved ids of an interest filter's codes. */
export interface InterestIds {
  countryIds: number[];
  partnerIds: number[];
  sectorIds: number[];
}

/**
 * A statement of bucket rows in answer order: sector_id, country_id, partner_id, period,
 * period_precision, mentions, meetings, first_key, last_key. The resolvers map them
 * (`bucketsOf`); selection-built SQL writes their JSON (analytics.selection-sql.ts).
 */
export interface BucketStatement {
  sql: string;
  params: unknown[];
}

interface BucketRow {
  sector_id: number | null;
  country_id: number | null;
  partner_id: number | null;
  period: string | null;
  period_precision: Period | null;
  mentions: number;
  meetings: number;
  first_key: number;
  last_key: number;
}

export function bucketsOf(rows: BucketRow[]): InterestBucket[] {
  return rows.map((row) => ({
    sectorId: row.sector_id,
    countryId: row.country_id,
    partnerId: row.partner_id,
    period: row.period,
    periodPrecision: row.period_precision,
    mentions: row.mentions,
    meetings: row.meetings,
    firstMentionedOn: decodeFirst(row.first_key),
    lastMentionedOn: decodeLast(row.last_key),
  }));
}

/** Buckets counted from analytics_interest, one row per interest: answers any filter. */
export function sectorInterestFromFacts(
  { countryIds, partnerIds, sectorIds }: InterestIds,
  filter: InterestFilter,
  dims: Set<InterestDimension>,
  period: Period,
  exactSector: boolean,
  limit: number,
): BucketStatement {
  const params = new Params();
  const where: string[] = [];
  const joins: string[] = [];
  if (countryIds.length) where.push(`f.country_id = ANY(${params.add(countryIds)}::int[])`);
  if (partnerIds.length) where.push(`f.partner_id = ANY(${params.add(partnerIds)}::int[])`);
  // grouped by partner, an interest without one (a UN statement) has no bucket of its own
  else if (dims.has(InterestDimension.PARTNER)) where.push('f.partner_id IS NOT NULL');
  if (filter.stances?.length) {
    where.push(`f.stance = ANY(${params.add(filter.stances)}::interest_stance[])`);
  }
  if (filter.meetingKinds?.length) {
    where.push(`f.kind = ANY(${params.add(filter.meetingKinds)}::meeting_kind[])`);
  }
  where.push(...windowSql('f', filter, params));

  let sectorKey = 'NULL::int';
  if (dims.has(InterestDimension.SECTOR) && !exactSector) {
    // Each interest counts once in every grouped sector it falls under.
    const condition = sectorIds.length
      ? `t.ancestor_id = ANY(${params.add(sectorIds)}::int[])`
      : 't.ancestor_is_root';
    joins.push(`JOIN analytics_sector_tree t ON t.sector_id = f.sector_id AND ${condition}`);
    sectorKey = 't.ancestor_id';
  } else {
    if (dims.has(InterestDimension.SECTOR)) sectorKey = 'f.sector_id';
    if (sectorIds.length && exactSector) {
      where.push(`f.sector_id = ANY(${params.add(sectorIds)}::int[])`);
    } else if (sectorIds.length) {
      where.push(
        `f.sector_id IN (SELECT sector_id FROM analytics_sector_tree WHERE ancestor_id = ANY(${params.add(sectorIds)}::int[]))`,
      );
    }
  }
  const bucket = dims.has(InterestDimension.PERIOD)
    ? periodSql('f', period)
    : { start: 'NULL::date', precision: 'NULL::text' };
  const countryKey = dims.has(InterestDimension.COUNTRY) ? 'f.country_id' : 'NULL::int';
  const partnerKey = dims.has(InterestDimension.PARTNER) ? 'f.partner_id' : 'NULL::int';
  return {
    sql: `SELECT sector_id, country_id, partner_id, period, period_precision, mentions, meetings, first_key, last_key
       FROM (SELECT ${sectorKey} AS sector_id, ${countryKey} AS country_id, ${partnerKey} AS partner_id,
                    ${bucket.start} AS period, ${bucket.precision} AS period_precision,
                    count(*)::int AS mentions, count(DISTINCT f.meeting_id)::int AS meetings,
                    min(${FIRST_KEY})::int AS first_key, max(${LAST_KEY})::int AS last_key
               FROM analytics_interest f ${joins.join(' ')}
               ${whereSql(where)}
              GROUP BY 1, 2, 3, 4, 5) b
      ORDER BY period NULLS FIRST, ${PERIOD_ORDER}, mentions DESC, sector_id, country_id, partner_id
      LIMIT ${params.add(limit)}`,
    params: params.values,
  };
}

/**
 * The same buckets from analytics_country_root_year. Exact because every bucket keeps the
 * party and the top-level sector apart, and a meeting lies in one year: distinct meetings per
 * (party, sector, year) add up over years.
 */
export function sectorInterestFromRollup(
  countryIds: number[],
  dims: Set<InterestDimension>,
  window: DateWindow,
  limit: number,
): BucketStatement {
  const params = new Params();
  const where = yearWindowSql('r', window, params);
  if (countryIds.length) where.push(`r.country_id = ANY(${params.add(countryIds)}::int[])`);
  const byCountry = dims.has(InterestDimension.COUNTRY);
  const byPeriod = dims.has(InterestDimension.PERIOD);
  return {
    sql: `SELECT sector_id, country_id, NULL::int AS partner_id,
                 ${byPeriod ? "lpad(year::text, 4, '0') || '-01-01'" : 'NULL::text'} AS period,
                 ${byPeriod ? `'${Period.YEAR}'` : 'NULL::text'} AS period_precision,
                 mentions, meetings, first_key, last_key
       FROM (SELECT r.root_id AS sector_id, ${byCountry ? 'r.country_id' : 'NULL::int'} AS country_id,
                    ${byPeriod ? 'r.year' : 'NULL::smallint'} AS year,
                    sum(r.mentions)::int AS mentions, sum(r.meetings)::int AS meetings,
                    min(r.first_key) AS first_key, max(r.last_key) AS last_key
               FROM analytics_country_root_year r ${whereSql(where)}
              GROUP BY 1, 2, 3) b
      ORDER BY year NULLS FIRST, mentions DESC, sector_id, country_id
      LIMIT ${params.add(limit)}`,
    params: params.values,
  };
}
