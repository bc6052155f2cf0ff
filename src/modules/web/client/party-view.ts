import { channelFilter } from './channels';
import { barChart, columnChart, compareChart, stackedChart } from './charts';
import { empty, h, loadedPanel, panel, table } from './dom';
import { everyYear, MEETING_PAGE_FIELDS, MeetingPage, pagedMeetingList } from './meeting-list';
import { filters, link, ViewState, windowWords } from './state';

interface Named {
  code: string;
  name: string;
}

interface SectorBucket {
  sector: Named | null;
  period: string | null;
  mentions: number;
}

interface PartyData {
  country: (Named & { kind: string }) | null;
  topSectors: { sector: Named; mentions: number; share: number }[];
  distinctive: { sector: Named; mentions: number; lift: number; distinctiveness: number }[];
  topPartners: { partner: Named; mentions: number; share: number }[];
  sectorShare: {
    mentions: number;
    sectors: { sector: Named; share: number; averageShare: number }[];
  };
  sectorInterest: SectorBucket[];
  inMeetings: SectorBucket[];
  atTheUn: SectorBucket[];
  upcomingAnniversaries: { date: string; years: number; countries: Named[] }[];
  meetings: MeetingPage;
  meetingsPerYear: { year: number; meetings: number }[];
}

/** One colour each in the palette: the rest are summed as "other sectors". */
const SERIES_SHOWN = 8;

/** "2022" for a year, "2022-Q3" for a quarter (buckets carry the first day of their period). */
export function periodLabel(period: string, precision: ViewState['period']): string {
  const [year, month] = period.split('-');
  if (precision === 'YEAR' || !month) return year;
  return `${year}-Q${Math.floor((Number(month) - 1) / 3) + 1}`;
}

export const PARTY_QUERY = `
query PartyView($party: String!, $from: LocalDate, $to: LocalDate, $sector: String,
                $sectors: [String!], $period: Period!, $after: String) {
  country(code: $party) { code name kind }
  topSectors(country: $party, from: $from, to: $to, limit: 10) {
    sector { code name } mentions share
  }
  distinctive: topSectors(country: $party, from: $from, to: $to, limit: 8, orderBy: DISTINCTIVE) {
    sector { code name } mentions lift distinctiveness
  }
  topPartners(country: $party, from: $from, to: $to, sector: $sector, limit: 10) {
    partner { code name } mentions share
  }
  sectorShare(country: $party, from: $from, to: $to) {
    mentions sectors { sector { code name } share averageShare }
  }
  sectorInterest(filter: { countryCodes: [$party], from: $from, to: $to, sectorCodes: $sectors },
                 groupBy: [SECTOR, PERIOD], period: $period, limit: 400) {
    sector { code name } period mentions
  }
  inMeetings: sectorInterest(filter: { countryCodes: [$party], from: $from, to: $to, sectorCodes: $sectors,
                                       ${channelFilter('MEETINGS')} },
                             groupBy: [SECTOR, PERIOD], period: $period, limit: 400) {
    sector { code name } period mentions
  }
  atTheUn: sectorInterest(filter: { countryCodes: [$party], from: $from, to: $to, sectorCodes: $sectors,
                                    ${channelFilter('STATEMENTS')} },
                          groupBy: [SECTOR, PERIOD], period: YEAR, limit: 2500) {
    sector { code name } period mentions
  }
  upcomingAnniversaries(within: 3650, every: 5, limit: 200) {
    date years countries { code name }
  }
  meetings(filter: { countryCodes: [$party], from: $from, to: $to, sectorCodes: $sectors },
           first: 20, after: $after) {
    ${MEETING_PAGE_FIELDS}
  }
  meetingsPerYear(party: $party) { year meetings }
}`;

export function partyVariables(state: ViewState, party: string) {
  return {
    party,
    from: state.from ?? null,
    to: state.to ?? null,
    sector: state.sector ?? null,
    sectors: state.sector ? [state.sector] : null,
    period: state.period,
    after: state.after ?? null,
  };
}

/** Over more than this many years, yearly buckets become decades so the labels stay legible. */
const DECADES_AFTER_YEARS = 40;

/** Buckets of a long record summed by decade ("1950s"); others unchanged. */
function byDecadeIfLong(buckets: SectorBucket[], period: ViewState['period']) {
  const years = buckets.map((b) => Number((b.period as string).slice(0, 4)));
  const span = years.length ? Math.max(...years) - Math.min(...years) : 0;
  if (period !== 'YEAR' || span <= DECADES_AFTER_YEARS) return { buckets, decades: false };
  const decade = (text: string) => `${Math.floor(Number(text.slice(0, 4)) / 10) * 10}`;
  return {
    buckets: buckets.map((b) => ({ ...b, period: decade(b.period as string) })),
    decades: true,
  };
}

function meetingsPerYearPanel({ data, who }: PartyPanel): HTMLElement {
  const { years, counts } = everyYear(data.meetingsPerYear);
  return panel(
    'Meetings per year',
    years.length
      ? columnChart(
          `Meetings of ${who} per year, ${years[0]} to ${years[years.length - 1]}`,
          years,
          counts,
          'Meetings',
        )
      : empty(`No meetings recorded for ${who}.`),
  );
}

/**
 * Sectors per period, the largest few as series of their own and the rest summed; a long record
 * is summed by decade unless `yearByYear` asks for each year.
 */
function sectorSeries(all: SectorBucket[], period: ViewState['period'], yearByYear = false) {
  const recorded = all.filter((bucket) => bucket.sector && bucket.period);
  const { buckets, decades } = yearByYear
    ? { buckets: recorded, decades: false }
    : byDecadeIfLong(recorded, period);
  const periods = [...new Set(buckets.map((bucket) => bucket.period as string))].sort();
  const labels = periods.map((p) => (decades ? `${p}s` : periodLabel(p, period)));
  const unit = decades ? 'decade' : period.toLowerCase();
  const totals = new Map<string, { name: string; total: number }>();
  for (const bucket of buckets) {
    const sector = bucket.sector as Named;
    const entry = totals.get(sector.code) ?? { name: sector.name, total: 0 };
    entry.total += bucket.mentions;
    totals.set(sector.code, entry);
  }
  const ranked = [...totals.entries()].sort((x, y) => y[1].total - x[1].total);
  const shown = ranked.slice(0, SERIES_SHOWN - 1);
  const rest = new Set(ranked.slice(SERIES_SHOWN - 1).map(([code]) => code));
  const mentionsOf = (codes: (code: string) => boolean, period: string) =>
    buckets
      .filter((bucket) => bucket.period === period && codes((bucket.sector as Named).code))
      .reduce((sum, bucket) => sum + bucket.mentions, 0);
  const series = shown.map(([code, entry]) => ({
    name: entry.name,
    values: periods.map((period) => mentionsOf((other) => other === code, period)),
  }));
  if (rest.size) {
    series.push({
      name: `${rest.size} other sectors`,
      values: periods.map((period) => mentionsOf((code) => rest.has(code), period)),
    });
  }
  return { labels, series, unit, empty: !buckets.length };
}

function interestOverTime(data: PartyData, state: ViewState, who: string): HTMLElement {
  const { labels, series, unit, empty: none } = sectorSeries(data.sectorInterest, state.period);
  if (none) return empty(`No interests recorded for ${who}${windowWords(state)}.`);
  return stackedChart(`Mentions by ${who} per ${unit}, by top-level sector`, labels, series);
}

/** "What it raises in meetings": sectors over time, General Debate statements left out. */
function inMeetingsPanel({ data, state, who }: PartyPanel): HTMLElement {
  const { labels, series, unit, empty: none } = sectorSeries(data.inMeetings, state.period);
  return panel(
    'What it raises in meetings',
    none
      ? empty(`No sectors raised by ${who} in meetings${windowWords(state)}.`)
      : stackedChart(
          `Sectors ${who} raised in meetings per ${unit}, by top-level sector`,
          labels,
          series,
        ),
  );
}

/** "What it says at the UN": the sectors its General Debate statements name, year by year. */
function atTheUnPanel({ data, state, who }: PartyPanel): HTMLElement {
  const { labels, series, empty: none } = sectorSeries(data.atTheUn, 'YEAR', true);
  return panel(
    'What it says at the UN',
    none
      ? empty(`No General Debate statement of ${who} recorded${windowWords(state)}.`)
      : stackedChart(
          `Sector priorities ${who} stated in the UN General Debate, by year and top-level sector`,
          labels,
          series,
        ),
  );
}

interface PartyPanel {
  data: PartyData;
  state: ViewState;
  country: Named;
  who: string;
}

function topSectorsPanel({ data, state, who }: PartyPanel): HTMLElement {
  return panel(
    'Top sectors',
    data.topSectors.length
      ? barChart(
          `Sectors ${who} raised most${windowWords(state)}`,
          data.topSectors.map((item) => ({ name: item.sector.name, value: item.mentions })),
          'Mentions',
        )
      : empty(`No interests recorded for ${who}${windowWords(state)}.`),
  );
}

/** Sectors the party raises more than the average mention does (distinctiveness above 0). */
function distinctivePanel({ data, state, who }: PartyPanel): HTMLElement {
  const ahead = data.distinctive.filter((item) => item.distinctiveness > 0);
  return panel(
    'What sets it apart',
    ahead.length
      ? barChart(
          `Sectors ${who} raises more than all parties do${windowWords(state)}, most distinctive first: times the average share`,
          ahead.map((item) => ({ name: item.sector.name, value: Number(item.lift.toFixed(2)) })),
          'Times the average',
        )
      : empty(`Nothing ${who} raised${windowWords(state)} stands out from all parties.`),
  );
}

function topPartnersPanel({ data, state, country, who }: PartyPanel): HTMLElement {
  const partners = data.topPartners;
  if (!partners.length) {
    const sector = state.sector ? ` in ${state.sector}` : '';
    return panel(
      'Top partners',
      empty(`No partners recorded for ${who}${windowWords(state)}${sector}.`),
    );
  }
  const pairLink = (partner: Named) =>
    h(
      'a',
      { href: link({ a: country.code, b: partner.code, ...filters(state) }) },
      `${country.code} and ${partner.name}`,
    );
  return panel(
    'Top partners',
    barChart(
      `Parties ${who} raised sectors with${windowWords(state)}`,
      partners.map((item) => ({ name: item.partner.name, value: item.mentions })),
      'Mentions',
    ),
    h(
      'ul',
      { class: 'links' },
      partners.map((item) => h('li', {}, pairLink(item.partner))),
    ),
  );
}

function sharePanel({ data, state, country, who }: PartyPanel): HTMLElement {
  return panel(
    'Sector share against the all-party average',
    data.sectorShare.sectors.length
      ? compareChart(
          `Share of each sector in ${who}'s mentions, next to the average party`,
          data.sectorShare.sectors.slice(0, 12).map((item) => ({
            name: item.sector.name,
            share: item.share,
            average: item.averageShare,
          })),
          country.name,
        )
      : empty(
          `No interests recorded for ${who}${windowWords(state)}, so there is no share to compare.`,
        ),
  );
}

function anniversariesPanel({ data, country, who }: PartyPanel): HTMLElement {
  const anniversaries = data.upcomingAnniversaries.filter((item) =>
    item.countries.some((party) => party.code === country.code),
  );
  return panel(
    'Upcoming anniversaries',
    anniversaries.length
      ? table(
          ['Date', 'Years', 'Parties'],
          anniversaries.map((item) => [
            item.date,
            item.years,
            item.countries.map((party) => party.name).join(' and '),
          ]),
        )
      : empty(`No round anniversary of ${who}'s recorded relations in the next ten years.`),
  );
}

/** The view; a panel whose root field failed (`failed`) says it did not load. */
export function renderParty(
  data: PartyData,
  state: ViewState,
  code: string,
  failed: ReadonlySet<string> = new Set(),
): HTMLElement[] {
  const country = data.country ?? { code, name: code };
  const parts: PartyPanel = { data, state, country, who: `${country.name} (${country.code})` };
  const loaded = (part: string, title: string, draw: () => HTMLElement) =>
    loadedPanel(failed, part, title, draw);
  return [
    h('h1', {}, parts.who),
    h(
      'div',
      { class: 'grid' },
      loaded('topSectors', 'Top sectors', () => topSectorsPanel(parts)),
      loaded('distinctive', 'What sets it apart', () => distinctivePanel(parts)),
      loaded('topPartners', 'Top partners', () => topPartnersPanel(parts)),
      loaded('sectorShare', 'Sector share against the all-party average', () => sharePanel(parts)),
      loaded('sectorInterest', 'Interest over time by sector', () =>
        panel('Interest over time by sector', interestOverTime(data, state, parts.who)),
      ),
      loaded('inMeetings', 'What it raises in meetings', () => inMeetingsPanel(parts)),
      loaded('atTheUn', 'What it says at the UN', () => atTheUnPanel(parts)),
      loaded('upcomingAnniversaries', 'Upcoming anniversaries', () => anniversariesPanel(parts)),
    ),
    loaded('meetingsPerYear', 'Meetings per year', () => meetingsPerYearPanel(parts)),
    loaded('meetings', 'Latest meetings', () =>
      panel(
        `Latest meetings (${data.meetings.totalCount.toLocaleString('en')} in all)`,
        pagedMeetingList(
          data.meetings,
          state,
          `No meetings recorded for ${parts.who}${windowWords(state)}.`,
        ),
      ),
    ),
  ];
}
