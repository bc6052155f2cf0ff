import { InterestDimension, Period } from '../../modules/analytics/analytics.inputs';
import type { BenchQuery } from './measure';
import { NESTED_PAGE } from './peer';

/** The dashboard questions and the nested page, for the busiest party and its top partner. */
export function mix(country: string, partner: string): BenchQuery[] {
  return [
    {
      name: 'sectorInterest (country, by SECTOR+PERIOD YEAR)',
      query: `query ($c: [String!]) { sectorInterest(filter: { countryCodes: $c }, groupBy: [SECTOR, PERIOD], period: YEAR) {
        sector { code name } period periodPrecision mentions meetings firstMentionedOn lastMentionedOn } }`,
      variables: { c: [country] },
      service: (a) =>
        a.sectorInterest(
          { countryCodes: [country] },
          [InterestDimension.SECTOR, InterestDimension.PERIOD],
          Period.YEAR,
        ),
    },
    {
      name: 'sectorOverlap (pair)',
      query: `query ($a: String!, $b: String!) { sectorOverlap(a: $a, b: $b) {
        sector { code name } mentionsByA mentionsByB mentions } }`,
      variables: { a: country, b: partner },
      service: (a) => a.sectorOverlap(country, partner, {}),
    },
    {
      name: 'topSectors (country)',
      query: `query ($c: String!) { topSectors(country: $c, limit: 10) { sector { code name } mentions share } }`,
      variables: { c: country },
      service: (a) => a.topSectors(country, undefined, {}, 10, false),
    },
    {
      name: 'topSectors (country+partner, 2000-03-15..2019-12-30)',
      query: `query ($c: String!, $p: String!) { topSectors(country: $c, partner: $p, from: "2000-03-15", to: "2019-12-30", limit: 10) {
        sector { code name } mentions share } }`,
      variables: { c: country, p: partner },
      service: (a) =>
        a.topSectors(country, partner, { from: '2000-03-15', to: '2019-12-30' }, 10, false),
    },
    {
      name: 'topPartners (country)',
      query: `query ($c: String!) { topPartners(country: $c, limit: 10) { partner { code name } mentions share } }`,
      variables: { c: country },
      service: (a) => a.topPartners(country, undefined, {}, 10),
    },
    {
      name: 'topPartners (country+sector energy)',
      query: `query ($c: String!) { topPartners(country: $c, sector: "energy", limit: 10) { partner { code name } mentions share } }`,
      variables: { c: country },
      service: (a) => a.topPartners(country, 'energy', {}, 10),
    },
    {
      name: 'engagementTimeline (pair, QUARTER)',
      query: `query ($a: String!, $b: String!) { engagementTimeline(a: $a, b: $b, period: QUARTER) {
        period periodPrecision meetings byKind { kind meetings } } }`,
      variables: { a: country, b: partner },
      service: (a) => a.engagementTimeline(country, partner, Period.QUARTER),
    },
    {
      name: 'upcomingAnniversaries (365 days, every 5)',
      query: `{ upcomingAnniversaries(within: 365, every: 5, asOf: "2025-01-01") {
        years date precision daysUntil countries { code } relation { established } } }`,
      service: (a) => a.upcomingAnniversaries(365, 5, '2025-01-01'),
    },
    {
      name: 'sectorShare (country, all time)',
      query: `query ($c: String!) { sectorShare(country: $c) { mentions countriesCompared
        sectors { sector { code name } mentions share averageShare } } }`,
      variables: { c: country },
      service: (a) => a.sectorShare(country, {}, false),
    },
    {
      name: 'sectorShare (country, 2015-2019)',
      query: `query ($c: String!) { sectorShare(country: $c, from: "2015-01-01", to: "2019-12-31") { mentions countriesCompared
        sectors { sector { code name } mentions share averageShare } } }`,
      variables: { c: country },
      service: (a) => a.sectorShare(country, { from: '2015-01-01', to: '2019-12-31' }, false),
    },
    {
      name: 'meetings(first: 50) with participants and interests',
      query: NESTED_PAGE,
    },
  ];
}
