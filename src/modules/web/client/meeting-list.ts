import { h } from './dom';
import { filters, link, ViewState } from './state';

export interface MeetingSummary {
  id: string;
  title: string;
  date: string;
  kind: string;
  city: string | null;
  parties: { code: string; name: string }[];
  sources: { url: string; title: string }[];
}

export const kindWords = (kind: string) => kind.toLowerCase().replace(/_/g, ' ');

/** Meetings, newest first, each linking to its view and to its sources. */
export function meetingList(meetings: MeetingSummary[], state: ViewState): HTMLElement {
  return h(
    'ol',
    { class: 'meetings' },
    meetings.map((meeting) =>
      h(
        'li',
        {},
        h('a', { href: link({ meeting: meeting.id, ...filters(state) }) }, meeting.title),
        h(
          'span',
          { class: 'meta' },
          ` ${meeting.date} · ${kindWords(meeting.kind)}${meeting.city ? ` · ${meeting.city}` : ''} · ${meeting.parties.map((party) => party.code).join(', ')}`,
        ),
        meeting.sources.length
          ? h(
              'ul',
              { class: 'sources' },
              meeting.sources.map((source) =>
                h('li', {}, h('a', { href: source.url, rel: 'noopener noreferrer' }, source.title)),
              ),
            )
          : null,
      ),
    ),
  );
}

export interface MeetingPage {
  totalCount: number;
  nodes: MeetingSummary[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** The GraphQL selection of a page of meetings, for the view queries. */
export const MEETING_PAGE_FIELDS = `totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id title date kind city parties { code name } sources { url title } }`;

/** One page of a long list, with links to the newest page and to the next, older one. */
export function pagedMeetingList(page: MeetingPage, state: ViewState, none: string): HTMLElement {
  if (!page.nodes.length) return h('p', { class: 'empty' }, none);
  const links = [
    state.after ? h('a', { href: link({ ...state, after: undefined }) }, 'Newest meetings') : null,
    page.pageInfo.hasNextPage && page.pageInfo.endCursor
      ? h(
          'a',
          { href: link({ ...state, after: page.pageInfo.endCursor }), rel: 'next' },
          'Older meetings',
        )
      : null,
  ].filter((a): a is HTMLAnchorElement => a !== null);
  return h(
    'div',
    {},
    meetingList(page.nodes, state),
    links.length ? h('nav', { class: 'pager', 'aria-label': 'Pages of meetings' }, links) : null,
  );
}

/** Every year from the first to the last, with 0 for the years without meetings. */
export function everyYear(points: { year: number; meetings: number }[]): {
  years: string[];
  counts: number[];
} {
  if (!points.length) return { years: [], counts: [] };
  const byYear = new Map(points.map((p) => [p.year, p.meetings]));
  const years: string[] = [];
  const counts: number[] = [];
  for (let year = points[0].year; year <= points[points.length - 1].year; year++) {
    years.push(String(year));
    counts.push(byYear.get(year) ?? 0);
  }
  return { years, counts };
}
