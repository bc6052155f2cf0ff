import { barChart, columnChart } from './charts';
import { empty, h, loadedPanel, panel, table } from './dom';
import { link, ViewState } from './state';
import { MapEntry, MapScale, worldMap } from './world-map';

interface Party {
  code: string;
  name: string;
  numeric: string | null;
}

export interface WorldData {
  meetings: { totalCount: number };
  meetingsPerParty: { party: Party; meetings: number }[];
  meetingsPerYear: { year: number; meetings: number }[];
  sectorInterest: { sector: { code: string; name: string } | null; mentions: number }[];
  sectors: { nodes: { code: string; name: string }[] };
}

export interface ShadeData {
  all: { country: Party | null; mentions: number }[];
  one: { country: Party | null; mentions: number }[];
}

export const WORLD_QUERY = `
query World {
  meetings(first: 1) { totalCount }
  meetingsPerParty { party { code name numeric } meetings }
  meetingsPerYear { year meetings }
  sectorInterest(groupBy: [SECTOR], limit: 100) { sector { code name } mentions }
  sectors(first: 100) { nodes { code name } }
}`;

/** Each state's UN General Debate statements: all their sector mentions, and one sector's. */
export const SHADE_QUERY = `
query Shade($sectors: [String!]) {
  all: sectorInterest(filter: { channels: [STATEMENTS] }, groupBy: [COUNTRY], limit: 1000) {
    country { code name numeric } mentions
  }
  one: sectorInterest(filter: { channels: [STATEMENTS], sectorCodes: $sectors },
                      groupBy: [COUNTRY], limit: 1000) {
    country { code name numeric } mentions
  }
}`;

const COUNT_SCALE: MapScale = {
  bounds: [1, 10, 50, 200, 1000],
  format: (value) => value.toLocaleString('en'),
};
const SHARE_SCALE: MapScale = {
  bounds: [0, 0.05, 0.1, 0.2, 0.4],
  format: (value) => `${Math.round(value * 1000) / 10} %`,
};

const openParty = (code: string) => location.assign(link({ party: code }));

/** The sector selector: a plain GET form, so the shading is in the URL like every view. */
function shadeForm(data: WorldData, state: ViewState): HTMLElement {
  const options = [
    h('option', { value: '' }, 'Meetings per party'),
    ...data.sectors.nodes.map((s) =>
      h(
        'option',
        { value: s.code, ...(state.shade === s.code ? { selected: 'selected' } : {}) },
        `Share of UN statements on ${s.name}`,
      ),
    ),
  ];
  return h(
    'form',
    { class: 'controls inline', method: 'get', action: '/' },
    h('label', { for: 'shade' }, 'Shade the map by'),
    h('select', { id: 'shade', name: 'shade' }, options),
    h('button', { type: 'submit' }, 'Shade'),
  );
}

function countEntries(data: WorldData): MapEntry[] {
  return data.meetingsPerParty.map(({ party, meetings }) => ({ ...party, value: meetings }));
}

/** One sector's share of each state's sector mentions in its General Debate statements. */
export function shareEntries(shade: ShadeData): MapEntry[] {
  const one = new Map(shade.one.map((b) => [b.country?.code, b.mentions]));
  return shade.all
    .filter((b) => b.country && b.mentions > 0)
    .map((b) => ({ ...(b.country as Party), value: (one.get(b.country!.code) ?? 0) / b.mentions }));
}

function mapPanel(data: WorldData, state: ViewState, shade: ShadeData | null): HTMLElement {
  const sector = data.sectors.nodes.find((s) => s.code === state.shade);
  if (sector && shade) {
    const entries = shareEntries(shade);
    const title = `Share of UN statements on ${sector.name}`;
    return panel(
      'World map',
      shadeForm(data, state),
      entries.length
        ? worldMap(
            `${title}, by state: each state's mentions of ${sector.name} among all the sectors its General Debate statements raise.`,
            entries,
            SHARE_SCALE,
            title,
            openParty,
          )
        : empty('No UN General Debate statements with sectors are recorded yet.'),
    );
  }
  return panel(
    'World map',
    shadeForm(data, state),
    worldMap(
      'Meetings per party: states shaded by how many recorded meetings they took part in. Select a state to open its view.',
      countEntries(data),
      COUNT_SCALE,
      'Meetings',
      openParty,
    ),
  );
}

/** The whole atlas: the map, meetings per year, top sectors, and the parties that met most. */
export function renderWorld(
  data: WorldData,
  state: ViewState,
  failed: ReadonlySet<string>,
  shade: ShadeData | null,
): HTMLElement[] {
  const years = data.meetingsPerYear;
  const span = years.length ? ` from ${years[0].year} to ${years[years.length - 1].year}` : '';
  const heading = h('h1', {}, 'The atlas');
  const intro = h(
    'p',
    { class: 'lead' },
    `${data.meetings.totalCount.toLocaleString('en')} meetings of ${data.meetingsPerParty.length} parties${span}. Select a state on the map or in the list to open its view.`,
  );
  const sectors = data.sectorInterest
    .filter((b) => b.sector)
    .sort((a, b) => b.mentions - a.mentions)
    .slice(0, 10);
  return [
    heading,
    intro,
    loadedPanel(failed, 'meetingsPerParty', 'World map', () => mapPanel(data, state, shade)),
    loadedPanel(failed, 'meetingsPerYear', 'Meetings per year', () =>
      panel(
        'Meetings per year',
        years.length
          ? columnChart(
              `Meetings per year${span}.`,
              years.map((y) => String(y.year)),
              years.map((y) => y.meetings),
              'Meetings',
            )
          : empty('No meetings yet.'),
      ),
    ),
    loadedPanel(failed, 'sectorInterest', 'Top sectors worldwide', () =>
      panel(
        'Top sectors worldwide',
        sectors.length
          ? barChart(
              'Top sectors worldwide, by mentions in all recorded meetings.',
              sectors.map((b) => ({ name: b.sector!.name, value: b.mentions })),
              'Mentions',
            )
          : empty('No sector interests recorded yet.'),
      ),
    ),
    loadedPanel(failed, 'meetingsPerParty', 'Parties that met most', () =>
      panel(
        'Parties that met most',
        table(
          ['Party', 'Meetings'],
          data.meetingsPerParty
            .slice(0, 25)
            .map(({ party, meetings }) => [
              h('a', { href: link({ party: party.code }) }, `${party.name} (${party.code})`),
              meetings.toLocaleString('en'),
            ]),
          'The 25 parties with the most meetings',
        ),
      ),
    ),
  ];
}
