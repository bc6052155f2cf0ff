import { barChart, stackedChart } from './charts';
import { empty, h, loadedPanel, panel, table } from './dom';
import { kindWords, MEETING_PAGE_FIELDS, MeetingPage, pagedMeetingList } from './meeting-list';
import { periodLabel } from './party-view';
import { ViewState, windowWords } from './state';

interface Named {
  code: string;
  name: string;
}

interface PairData {
  first: Named | null;
  second: Named | null;
  sectorOverlap: { sector: Named; mentionsByA: number; mentionsByB: number; mentions: number }[];
  engagementTimeline: {
    period: string;
    meetings: number;
    byKind: { kind: string; meetings: number }[];
  }[];
  meetings: MeetingPage;
}

export const PAIR_QUERY = `
query PairView($a: String!, $b: String!, $from: LocalDate, $to: LocalDate, $sectors: [String!], $after: String,
               $period: Period!) {
  first: country(code: $a) { code name }
  second: country(code: $b) { code name }
  sectorOverlap(a: $a, b: $b, from: $from, to: $to) {
    sector { code name } mentionsByA mentionsByB mentions
  }
  engagementTimeline(a: $a, b: $b, from: $from, to: $to, period: $period) {
    period meetings byKind { kind meetings }
  }
  meetings(filter: { countryCodes: [$a, $b], from: $from, to: $to, sectorCodes: $sectors }, first: 20, after: $after) {
    ${MEETING_PAGE_FIELDS}
  }
}`;

export function pairVariables(state: ViewState) {
  return {
    a: state.a,
    b: state.b,
    from: state.from ?? null,
    to: state.to ?? null,
    sectors: state.sector ? [state.sector] : null,
    period: state.period,
    after: state.after ?? null,
  };
}

/** The view; a panel whose root field failed (`failed`) says it did not load. */
export function renderPair(
  data: PairData,
  state: ViewState,
  failed: ReadonlySet<string> = new Set(),
): HTMLElement[] {
  const a = data.first ?? { code: state.a as string, name: state.a as string };
  const b = data.second ?? { code: state.b as string, name: state.b as string };
  const loaded = (part: string, title: string, draw: () => HTMLElement) =>
    loadedPanel(failed, part, title, draw);
  const pair = `${a.name} and ${b.name}`;
  const kinds = [...new Set(data.engagementTimeline.flatMap((p) => p.byKind.map((k) => k.kind)))];
  return [
    h('h1', {}, pair),
    h(
      'div',
      { class: 'grid' },
      loaded('sectorOverlap', 'Sector overlap', () =>
        panel(
          'Sector overlap',
          data.sectorOverlap.length
            ? h(
                'div',
                {},
                barChart(
                  `Sectors both ${a.code} and ${b.code} raised with each other${windowWords(state)}`,
                  data.sectorOverlap.map((item) => ({
                    name: item.sector.name,
                    value: item.mentions,
                  })),
                  'Mentions',
                ),
                table(
                  ['Sector', `By ${a.code}`, `By ${b.code}`],
                  data.sectorOverlap.map((item) => [
                    item.sector.name,
                    item.mentionsByA,
                    item.mentionsByB,
                  ]),
                  `Mentions of shared sectors by each side`,
                ),
              )
            : empty(`No sector raised by both ${a.code} and ${b.code}${windowWords(state)}.`),
        ),
      ),
      loaded('engagementTimeline', 'Engagement timeline by kind', () =>
        panel(
          'Engagement timeline by kind',
          data.engagementTimeline.length
            ? stackedChart(
                `Meetings between ${pair} per ${state.period.toLowerCase()}, by kind`,
                data.engagementTimeline.map((point) => periodLabel(point.period, state.period)),
                kinds.map((kind) => ({
                  name: kindWords(kind),
                  values: data.engagementTimeline.map(
                    (point) => point.byKind.find((item) => item.kind === kind)?.meetings ?? 0,
                  ),
                })),
              )
            : empty(`No meetings between ${pair}${windowWords(state)}.`),
        ),
      ),
    ),
    loaded('meetings', 'Meetings between them', () =>
      panel(
        `Meetings between them (${data.meetings.totalCount} in all)`,
        pagedMeetingList(data.meetings, state, `No meetings between ${pair}${windowWords(state)}.`),
      ),
    ),
  ];
}
