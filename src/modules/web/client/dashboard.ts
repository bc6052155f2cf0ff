import { Answer, ApiError, gql, query } from './api';
import { disposeCharts } from './charts';
import { clear, errorBox, h } from './dom';
import { MEETING_QUERY, renderMeeting } from './meeting-view';
import { PAIR_QUERY, pairVariables, renderPair } from './pair-view';
import { PARTY_QUERY, partyVariables, renderParty } from './party-view';
import { link, readState, ViewState } from './state';
import { renderWorld, SHADE_QUERY, ShadeData, WORLD_QUERY, WorldData } from './world-view';

const POLL_MS = 30_000;

const main = document.getElementById('view') as HTMLElement;
const status = document.getElementById('status') as HTMLElement;

function show(...nodes: HTMLElement[]): void {
  disposeCharts();
  clear(main);
  main.append(...nodes);
  main.setAttribute('aria-busy', 'false');
}

/** A view drawn from a partial answer: what failed is said once, under the heading. */
function showAnswer(answer: Answer<unknown>, [heading, ...rest]: HTMLElement[]): void {
  show(heading, ...(answer.problem ? [errorBox(answer.problem.message)] : []), ...rest);
}

/** A party typed by name ("Korea") rather than code: the best match, or null. */
async function resolveParty(typed: string): Promise<string | null> {
  const data = await gql<{ countries: { nodes: { code: string }[] } }>(
    `query FindParty($search: String!) { countries(filter: { search: $search }, first: 1) { nodes { code } } }`,
    { search: typed },
  );
  return data.countries.nodes[0]?.code ?? null;
}

async function partyView(state: ViewState, party: string): Promise<void> {
  type PartyData = Parameters<typeof renderParty>[0];
  let code = party;
  let answer = await query<PartyData>(PARTY_QUERY, partyVariables(state, party)).catch(
    (error: unknown) => {
      // A name ("Korea") is not a code: the analytics refuse it, so look it up by name.
      if (error instanceof ApiError && error.code === 'BAD_USER_INPUT') return null;
      throw error;
    },
  );
  if (!answer?.data.country && !answer?.failed.has('country')) {
    const found = await resolveParty(party);
    if (!found) {
      show(
        h('h1', {}, 'Party not found'),
        errorBox(`No country or organization matches “${party}”.`),
      );
      return;
    }
    code = found;
    history.replaceState(null, '', link({ ...state, party: code }));
    answer = await query<PartyData>(PARTY_QUERY, partyVariables(state, code));
  }
  showAnswer(answer, renderParty(answer.data, state, code, answer.failed));
}

/** With no party chosen: the whole atlas, the map shaded by meetings or by one sector. */
async function worldView(state: ViewState): Promise<void> {
  const answer = await query<WorldData>(WORLD_QUERY, {});
  if (!answer.data.meetings?.totalCount && !answer.problem) {
    show(
      h('h1', {}, 'No data yet'),
      h('p', { class: 'empty' }, 'No meetings are recorded yet: record one on the review page.'),
    );
    return;
  }
  const shade = state.shade
    ? (await query<ShadeData>(SHADE_QUERY, { sectors: [state.shade] })).data
    : null;
  showAnswer(answer, renderWorld(answer.data, state, answer.failed, shade));
}

async function render(state: ViewState): Promise<void> {
  main.setAttribute('aria-busy', 'true');
  if (state.meeting) {
    const answer = await query<Parameters<typeof renderMeeting>[0]>(MEETING_QUERY, {
      id: state.meeting,
    });
    if (!answer.data.meeting && answer.problem) throw answer.problem;
    showAnswer(answer, renderMeeting(answer.data, state.meeting, answer.failed));
  } else if (state.a && state.b) {
    const answer = await query<Parameters<typeof renderPair>[0]>(PAIR_QUERY, pairVariables(state));
    const { data, failed } = answer;
    if ((!data.first && !failed.has('first')) || (!data.second && !failed.has('second'))) {
      const unknown = !data.first ? state.a : state.b;
      show(
        h('h1', {}, 'Party not found'),
        errorBox(`No country or organization has the code “${unknown}”.`),
      );
      return;
    }
    showAnswer(answer, renderPair(data, state, failed));
  } else if (state.party) {
    await partyView(state, state.party);
  } else {
    await worldView(state);
  }
}

function fillForms(state: ViewState): void {
  for (const name of ['party', 'a', 'b', 'from', 'to', 'sector', 'period'] as const) {
    for (const input of document.querySelectorAll<HTMLInputElement | HTMLSelectElement>(
      `[name="${name}"]`,
    )) {
      if (input.type !== 'hidden') input.value = state[name] ?? (name === 'period' ? 'YEAR' : '');
    }
  }
  const carry = document.getElementById('carry') as HTMLElement;
  clear(carry);
  for (const name of ['party', 'a', 'b', 'meeting'] as const) {
    const value = state[name];
    if (value) carry.append(h('input', { type: 'hidden', name, value }));
  }
}

/** New meetings for the shown party: checked every 30 s, the view redrawn when the count moves. */
function watch(state: ViewState): void {
  const codes = state.a && state.b ? [state.a, state.b] : state.party ? [state.party] : null;
  if (!codes) return;
  let last: number | undefined;
  setInterval(async () => {
    try {
      const data = await gql<{ meetings: { totalCount: number } }>(
        `query Watch($codes: [String!]) { meetings(filter: { countryCodes: $codes }, first: 1) { totalCount } }`,
        { codes },
      );
      if (last !== undefined && data.meetings.totalCount !== last) {
        status.textContent = 'A new meeting was recorded; the view is up to date.';
        await render(state);
      }
      last = data.meetings.totalCount;
    } catch {
      // the next poll tries again; the view keeps what it shows
    }
  }, POLL_MS);
}

async function start(): Promise<void> {
  const state = readState();
  fillForms(state);
  try {
    await render(state);
  } catch (error) {
    const message =
      error instanceof ApiError ? error.message : 'Something went wrong drawing this view.';
    show(h('h1', {}, 'Could not load this view'), errorBox(message));
  }
  watch(state);
}

void start();
