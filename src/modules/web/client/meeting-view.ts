import { empty, h, loadedPanel, panel, table } from './dom';
import { kindWords } from './meeting-list';
import { link } from './state';

interface Named {
  code: string;
  name: string;
}

interface Quote {
  text: string;
}

interface MeetingData {
  meeting: {
    title: string;
    date: string;
    kind: string;
    city: string | null;
    summary: string;
    parties: Named[];
    participants: {
      person: { name: string } | null;
      description: string | null;
      country: Named;
      role: string;
      capacity: string | null;
      evidence: Quote[];
    }[];
    interests: {
      sector: { name: string };
      country: Named;
      partner: Named | null;
      stance: string;
      speaker: { name: string } | null;
      note: string;
      evidence: Quote[];
    }[];
    sources: { url: string; title: string; publishedAt: string; publisher: { name: string } }[];
  } | null;
}

export const MEETING_QUERY = `
query MeetingView($id: ID!) {
  meeting(id: $id) {
    title date kind city summary
    parties { code name }
    participants {
      person { name } description country { code name } role capacity evidence { text }
    }
    interests {
      sector { name } country { code name } partner { code name } stance speaker { name } note
      evidence { text }
    }
    sources { url title publishedAt publisher { name } }
  }
}`;

const quotes = (evidence: Quote[]) =>
  evidence.length
    ? h(
        'span',
        {},
        evidence.map((quote) => h('q', {}, quote.text)),
      )
    : '—';

/** The view; a list whose part of the answer failed (`failed`) says it did not load. */
export function renderMeeting(
  data: MeetingData,
  id: string,
  failed: ReadonlySet<string> = new Set(),
): HTMLElement[] {
  const meeting = data.meeting;
  if (!meeting) return [h('h1', {}, 'Meeting not found'), empty(`No meeting has the ID ${id}.`)];
  const loaded = (part: string, title: string, draw: () => HTMLElement) =>
    loadedPanel(failed, `meeting.${part}`, title, draw);
  const [first, second] = meeting.parties;
  return [
    h('h1', {}, meeting.title),
    h(
      'p',
      { class: 'meta' },
      `${meeting.date} · ${kindWords(meeting.kind)}${meeting.city ? ` · ${meeting.city}` : ''} · `,
      ...meeting.parties.map((party, index) => [
        index ? ', ' : '',
        h('a', { href: link({ party: party.code }) }, party.name),
      ]),
      first && second
        ? [' · ', h('a', { href: link({ a: first.code, b: second.code }) }, 'pair view')]
        : '',
    ),
    h('p', {}, meeting.summary),
    loaded('participants', 'Participants', () =>
      panel(
        'Participants',
        meeting.participants.length
          ? table(
              ['Who', 'Side', 'Role', 'Capacity', 'Evidence'],
              meeting.participants.map((participant) => [
                participant.person?.name ?? participant.description ?? '',
                participant.country.name,
                kindWords(participant.role),
                participant.capacity ?? '',
                quotes(participant.evidence),
              ]),
            )
          : empty('No participants recorded for this meeting.'),
      ),
    ),
    loaded('interests', 'Interests', () =>
      panel(
        'Interests',
        meeting.interests.length
          ? table(
              ['Sector', 'Raised by', 'With', 'Stance', 'Speaker', 'Note', 'Evidence'],
              meeting.interests.map((interest) => [
                interest.sector.name,
                interest.country.name,
                interest.partner?.name ?? '',
                kindWords(interest.stance),
                interest.speaker?.name ?? '',
                interest.note,
                quotes(interest.evidence),
              ]),
            )
          : empty('No interests recorded for this meeting.'),
      ),
    ),
    loaded('sources', 'Sources', () =>
      panel(
        'Sources',
        h(
          'ul',
          { class: 'sources' },
          meeting.sources.map((source) =>
            h(
              'li',
              {},
              h('a', { href: source.url, rel: 'noopener noreferrer' }, source.title),
              ` — ${source.publisher.name}, ${source.publishedAt.slice(0, 10)}`,
            ),
          ),
        ),
      ),
    ),
  ];
}
