import type { DatasetOrganization, DatasetSource } from '../dataset/dataset.types';
import { OrganizationKind } from '../organization/organization.entity';
import type { HistoryRecord } from './corpus';
import { STATE_DEPARTMENT } from './people-registry';

export const HISTORIAN = 'us-office-of-the-historian';
const SITE = 'https://history.state.gov/departmenthistory';

/** The publisher of every source, and the department it belongs to. */
export const HISTORY_ORGANIZATIONS: DatasetOrganization[] = [
  {
    key: STATE_DEPARTMENT,
    name: 'United States Department of State',
    kind: OrganizationKind.MINISTRY,
    countries: ['US'],
  },
  {
    key: HISTORIAN,
    name: 'Office of the Historian, U.S. Department of State',
    kind: OrganizationKind.GOVERNMENT_AGENCY,
    countries: ['US'],
    parent: STATE_DEPARTMENT,
  },
];

/**
 * The history.state.gov page a record is published on: the traveller's page
 * (departmenthistory/travels/president/obama-barack) or the page of the visitor's country
 * (departmenthistory/visits/greece), as the site's router builds them.
 */
export function sourceUrl(record: HistoryRecord): string {
  return record.kind === 'trip'
    ? `${SITE}/travels/${record.role}/${record.who}`
    : `${SITE}/visits/${record.slug}`;
}

/** A timestamp the format accepts: the corpus writes ISO 8601, sometimes without an offset. */
function timestamp(value: string): string {
  if (/T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/.test(value)) return value;
  if (/T\d{2}:\d{2}/.test(value)) return `${value}Z`;
  return `${value.slice(0, 10)}T00:00:00Z`;
}

const mostCommon = (values: string[]) => {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
};

/**
 * One source per page, titled in neutral words; its time is the latest modification of any
 * record the page shows.
 */
export function buildSources(records: HistoryRecord[]): DatasetSource[] {
  const pages = new Map<string, HistoryRecord[]>();
  for (const record of records) {
    const url = sourceUrl(record);
    pages.set(url, [...(pages.get(url) ?? []), record]);
  }
  return [...pages.keys()].sort().map((url) => {
    const list = pages.get(url)!;
    const first = list[0];
    const title =
      first.kind === 'trip'
        ? `Travels abroad of ${first.role === 'president' ? 'President' : 'Secretary of State'} ${first.name}`
        : `Visits to the United States by leaders of ${mostCommon(list.map((r) => r.place))}`;
    const modified = list
      .filter((r) => r.modified)
      .map((r) => timestamp(r.modified))
      .sort((a, b) => Date.parse(b) - Date.parse(a) || (a < b ? 1 : -1))[0];
    // A page whose records carry no time at all is dated by its latest record.
    const latest = list.map((r) => r.end).sort()[list.length - 1];
    return { url, title, publisher: HISTORIAN, publishedAt: modified ?? `${latest}T00:00:00Z` };
  });
}
