import { ApiError, gql } from './api';
import { clear, errorBox, h, panel } from './dom';
import { link } from './state';

export interface Quote {
  start: number;
  end: number;
  text: string;
}
interface Party {
  code: string;
  name: string;
}
export interface Draft {
  kind: string;
  date: string | null;
  datePrecision: string | null;
  city: string | null;
  parties: { party: Party; evidence: Quote[] }[];
  participants: {
    name: string;
    party: Party | null;
    title: string | null;
    person: { id: string; name: string } | null;
    evidence: Quote[];
  }[];
  interests: {
    party: Party;
    partner: Party | null;
    sector: { code: string; name: string };
    stance: string;
    speaker: string | null;
    evidence: Quote[];
  }[];
  duplicateOf: { id: string; title: string; date: string } | null;
  warnings: string[];
  input: Record<string, unknown>;
}

type InterestInput = Record<string, unknown> & { sector: { code: string }; stance: string };
type Input = Record<string, unknown> & { interests: InterestInput[] };
type RecordResult = {
  created: boolean;
  meeting: { id: string; title: string } | null;
  userErrors: { field: string[]; message: string }[];
};

const RECORD = `
mutation Record($input: RecordMeetingInput!) {
  recordMeeting(input: $input) {
    created
    meeting { id title }
    userErrors { field message code }
  }
}`;

const STANCES = ['INTERESTED', 'HIGHLIGHTED', 'PROPOSED', 'DISCUSSED', 'AGREED'];

/** Every piece of evidence of a draft. */
export const quotesOf = (draft: Draft): Quote[] => [
  ...draft.parties.flatMap((p) => p.evidence),
  ...draft.participants.flatMap((p) => p.evidence),
  ...draft.interests.flatMap((i) => i.evidence),
];

function select(label: string, options: string[], value: string, onChange: (v: string) => void) {
  const element = h(
    'select',
    { 'aria-label': label },
    options.map((o) => h('option', { value: o, selected: o === value }, o)),
  );
  element.addEventListener('change', () => onChange(element.value));
  return element;
}

function textInput(label: string, value: string, onChange: (v: string) => void) {
  const element = h('input', { type: 'text', 'aria-label': label, value });
  element.addEventListener('change', () => onChange(element.value.trim()));
  return element;
}

function showResult(target: HTMLElement, result: RecordResult) {
  clear(target);
  if (result.userErrors.length) {
    target.append(
      h(
        'div',
        { role: 'alert', class: 'error' },
        h('p', {}, 'Nothing was recorded:'),
        h(
          'ul',
          {},
          result.userErrors.map((error) =>
            h('li', {}, h('code', {}, error.field.join('.')), `: ${error.message}`),
          ),
        ),
      ),
    );
    return;
  }
  if (result.meeting) {
    target.append(
      h(
        'p',
        { role: 'status' },
        result.created ? 'Recorded: ' : 'Sources attached to the stored meeting: ',
        h('a', { href: link({ meeting: result.meeting.id }) }, result.meeting.title),
      ),
    );
  }
}

/** The interests of a draft as editable rows, with a button to add one. */
function interestTable(input: Input, label: string): HTMLElement[] {
  const interests = input.interests;
  const rows = h('tbody', {});
  const draw = () => {
    clear(rows);
    interests.forEach((interest, index) => {
      const remove = h('button', { type: 'button' }, 'Remove');
      remove.addEventListener('click', () => {
        interests.splice(index, 1);
        draw();
      });
      const sector = textInput(
        `${label}: sector of interest ${index + 1}`,
        interest.sector.code,
        (v) => (interest.sector = { code: v }),
      );
      const stance = select(
        `${label}: stance of interest ${index + 1}`,
        STANCES,
        interest.stance,
        (v) => (interest.stance = v),
      );
      rows.append(
        h(
          'tr',
          {},
          h('td', {}, String(interest.country)),
          h('td', {}, String(interest.partner)),
          h('td', {}, sector),
          h('td', {}, stance),
          h('td', {}, remove),
        ),
      );
    });
  };
  draw();
  const add = h('button', { type: 'button' }, 'Add an interest');
  add.addEventListener('click', () => {
    const parties = (input.parties as string[]) ?? [];
    const source = ((input.sources as { url?: string }[])[0]?.url ?? '') as string;
    interests.push({
      sector: { code: 'political-dialogue' },
      country: parties[0],
      partner: parties[1] ?? parties[0],
      stance: 'DISCUSSED',
      note: 'Added by the editor in review.',
      source,
    });
    draw();
  });
  const head = ['Raised by', 'With', 'Sector', 'Stance', ''].map((t) =>
    h('th', { scope: 'col' }, t),
  );
  return [h('table', {}, h('thead', {}, h('tr', {}, head)), rows), add];
}

/** The people of a draft; a stored person may be unticked to record a new one instead. */
function participantList(draft: Draft, input: Input): HTMLElement {
  const people = (input.participants as { person?: Record<string, unknown> }[]) ?? [];
  return h(
    'ul',
    {},
    draft.participants.map((participant, index) => {
      const words = `${participant.name}${participant.title ? `, ${participant.title}` : ''} (${participant.party?.code ?? '?'}) `;
      if (!participant.person)
        return h('li', {}, words, h('span', { class: 'meta' }, 'new person'));
      const box = h('input', { type: 'checkbox', checked: true });
      box.addEventListener('change', () => {
        const ref = people[index];
        if (ref)
          ref.person = box.checked
            ? { id: participant.person?.id }
            : { name: participant.name, country: participant.party?.code };
      });
      return h('li', {}, words, h('label', {}, box, ` stored person: ${participant.person.name}`));
    }),
  );
}

/** The date field, the notice of a stored duplicate, and the button that records the draft. */
function recordControls(draft: Draft, input: Input, n: number, apiKey: () => string) {
  const attach = h('input', { type: 'checkbox', id: `attach-${n}` });
  const result = h('div', { id: `result-${n}`, class: 'result', 'aria-live': 'polite' });
  const record = h('button', { type: 'button', id: `record-${n}` }, 'Record this meeting');
  record.addEventListener('click', async () => {
    input.attachToDuplicate = attach.checked;
    try {
      const data = await gql<{ recordMeeting: RecordResult }>(RECORD, { input }, apiKey());
      showResult(result, data.recordMeeting);
    } catch (error) {
      clear(result);
      result.append(errorBox(error instanceof ApiError ? error.message : 'Recording failed.'));
    }
  });
  const date = h('input', {
    id: `draft-date-${n}`,
    type: 'text',
    value: String(input.start ?? ''),
  });
  date.addEventListener('change', () => (input.start = date.value.trim()));
  const duplicate = draft.duplicateOf
    ? h(
        'div',
        { class: 'notice', role: 'status' },
        h(
          'p',
          {},
          'This report most likely describes a stored meeting: ',
          h(
            'a',
            { href: link({ meeting: draft.duplicateOf.id }) },
            `${draft.duplicateOf.title} (${draft.duplicateOf.date})`,
          ),
          '.',
        ),
        h(
          'label',
          { for: `attach-${n}` },
          attach,
          ' Attach this report as a source to that meeting instead',
        ),
      )
    : null;
  return { date, duplicate, record, result };
}

/** One draft meeting with everything an editor checks, and its own "Record" button. */
export function draftPanel(draft: Draft, n: number, count: number, apiKey: () => string) {
  const input = structuredClone(draft.input) as Input;
  const names = draft.parties.map((p) => p.party.name).join(', ') || 'no parties found';
  const title = count > 1 ? `Meeting ${n} of ${count}: ${names}` : `Draft: ${names}`;
  const { date, duplicate, record, result } = recordControls(draft, input, n, apiKey);
  const where = `${draft.kind.toLowerCase().replace(/_/g, ' ')}${draft.city ? ` · ${draft.city}` : ''}`;
  return panel(
    title,
    draft.warnings.length
      ? h(
          'ul',
          { class: 'warnings' },
          draft.warnings.map((w) => h('li', {}, w)),
        )
      : null,
    duplicate,
    h('p', {}, h('label', { for: `draft-date-${n}` }, 'Date '), date, ` · ${where}`),
    h('p', {}, 'Parties: ', names),
    h('h3', {}, 'Participants'),
    participantList(draft, input),
    h('h3', {}, 'Interests'),
    ...interestTable(input, `Meeting ${n}`),
    h('p', {}, record),
    result,
  );
}
