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
