import { ApiError, gql } from './api';
import { clear, errorBox, h, panel } from './dom';
import { link } from './state';

interface Quote {
  start: number;
  end: number;
  text: string;
}
interface Party {
  code: string;
  name: string;
}
interface Draft {
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

const EXTRACT = `
query Extract($report: ReportInput!) {
  extractMeeting(report: $report) {
    kind date datePrecision city
    parties { party { code name } evidence { start end text } }
    participants { name party { code name } title person { id name } evidence { start end text } }
    interests {
      party { code name } partner { code name } sector { code name } stance speaker
      evidence { start end text }
    }
    duplicateOf { id title date }
    warnings
    input
  }
}`;

const RECORD = `
mutation Record($input: RecordMeetingInput!) {
  recordMeeting(input: $input) {
    created
    meeting { id title }
    userErrors { field message code }
  }
}`;

const STANCES = ['INTERESTED', 'HIGHLIGHTED', 'PROPOSED', 'DISCUSSED', 'AGREED'];
const KEY_ITEM = 'atlas-review-key';

const form = document.getElementById('report-form') as HTMLFormElement;
const out = document.getElementById('draft') as HTMLElement;
const keyInput = document.getElementById('api-key') as HTMLInputElement;
keyInput.value = sessionStorage.getItem(KEY_ITEM) ?? '';
keyInput.addEventListener('change', () => sessionStorage.setItem(KEY_ITEM, keyInput.value.trim()));

/** The report with every piece of evidence marked where it stands. */
function highlighted(text: string, quotes: Quote[]): HTMLElement {
  const spans = [...quotes].sort((x, y) => x.start - y.start);
  const pre = h('div', {
    class: 'report',
    tabindex: '0',
    'aria-label': 'Report with evidence marked',
  });
  let at = 0;
  for (const quote of spans) {
    if (quote.start < at) continue;
    pre.append(text.slice(at, quote.start), h('mark', {}, text.slice(quote.start, quote.end)));
    at = quote.end;
  }
  pre.append(text.slice(at));
  return pre;
}

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

function showResult(
  target: HTMLElement,
  result: {
    created: boolean;
    meeting: { id: string; title: string } | null;
    userErrors: { field: string[]; message: string }[];
  },
) {
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

function renderDraft(text: string, draft: Draft): void {
  const input = structuredClone(draft.input) as Record<string, unknown> & {
    interests: InterestInput[];
  };
  const interests = input.interests;
  const quotes = [
    ...draft.parties.flatMap((p) => p.evidence),
    ...draft.participants.flatMap((p) => p.evidence),
    ...draft.interests.flatMap((i) => i.evidence),
  ];
  const interestRows = h('tbody', {});
  const drawInterests = () => {
    clear(interestRows);
    interests.forEach((interest, index) => {
      const remove = h('button', { type: 'button' }, 'Remove');
      remove.addEventListener('click', () => {
        interests.splice(index, 1);
        drawInterests();
      });
      interestRows.append(
        h(
          'tr',
          {},
          h('td', {}, String(interest.country)),
          h('td', {}, String(interest.partner)),
          h(
            'td',
            {},
            textInput(
              `Sector of interest ${index + 1}`,
              interest.sector.code,
              (v) => (interest.sector = { code: v }),
            ),
          ),
          h(
            'td',
            {},
            select(
              `Stance of interest ${index + 1}`,
              STANCES,
              interest.stance,
              (v) => (interest.stance = v),
            ),
          ),
          h('td', {}, remove),
        ),
      );
    });
  };
  drawInterests();
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
    drawInterests();
  });
  const people = (input.participants as { person?: Record<string, unknown> }[]) ?? [];
  const attach = h('input', { type: 'checkbox', id: 'attach' });
  const result = h('div', { id: 'result', 'aria-live': 'polite' });
  const record = h('button', { type: 'button', id: 'record' }, 'Record this meeting');
  record.addEventListener('click', async () => {
    input.attachToDuplicate = attach.checked;
    try {
      const data = await gql<{ recordMeeting: Parameters<typeof showResult>[1] }>(
        RECORD,
        { input },
        keyInput.value.trim(),
      );
      showResult(result, data.recordMeeting);
    } catch (error) {
      clear(result);
      result.append(errorBox(error instanceof ApiError ? error.message : 'Recording failed.'));
    }
  });
  clear(out);
  out.append(
    h(
      'div',
      { class: 'review-grid' },
      panel('Report', highlighted(text, quotes)),
      panel(
        'Draft',
        draft.warnings.length
          ? h(
              'ul',
              { class: 'warnings' },
              draft.warnings.map((w) => h('li', {}, w)),
            )
          : null,
        draft.duplicateOf
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
                { for: 'attach' },
                attach,
                ' Attach this report as a source to that meeting instead',
              ),
            )
          : null,
        h(
          'p',
          {},
          h('label', { for: 'draft-date' }, 'Date '),
          (() => {
            const date = h('input', {
              id: 'draft-date',
              type: 'text',
              value: String(input.start ?? ''),
            });
            date.addEventListener('change', () => (input.start = date.value.trim()));
            return date;
          })(),
          ` · ${draft.kind.toLowerCase().replace(/_/g, ' ')}${draft.city ? ` · ${draft.city}` : ''}`,
        ),
        h('p', {}, 'Parties: ', draft.parties.map((p) => p.party.name).join(', ') || 'none found'),
        h('h3', {}, 'Participants'),
        h(
          'ul',
          {},
          draft.participants.map((participant, index) =>
            h(
              'li',
              {},
              `${participant.name}${participant.title ? `, ${participant.title}` : ''} (${participant.party?.code ?? '?'}) `,
              participant.person
                ? h(
                    'label',
                    {},
                    (() => {
                      const box = h('input', { type: 'checkbox', checked: true });
                      box.addEventListener('change', () => {
                        const ref = people[index];
                        if (ref)
                          ref.person = box.checked
                            ? { id: participant.person?.id }
                            : { name: participant.name, country: participant.party?.code };
                      });
                      return box;
                    })(),
                    ` stored person: ${participant.person.name}`,
                  )
                : h('span', { class: 'meta' }, 'new person'),
            ),
          ),
        ),
        h('h3', {}, 'Interests'),
        h(
          'table',
          {},
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ['Raised by', 'With', 'Sector', 'Stance', ''].map((t) =>
                h('th', { scope: 'col' }, t),
              ),
            ),
          ),
          interestRows,
        ),
        add,
        h('p', {}, record),
        result,
      ),
    ),
  );
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const fields = new FormData(form);
  const text = String(fields.get('text') ?? '');
  const report = {
    text,
    url: String(fields.get('url') ?? '').trim() || null,
    publishedAt: String(fields.get('publishedAt') ?? '').trim() || null,
    outlet: String(fields.get('outlet') ?? '').trim() || null,
  };
  clear(out);
  out.append(h('p', { role: 'status' }, 'Reading the report…'));
  try {
    const data = await gql<{ extractMeeting: Draft }>(EXTRACT, { report }, keyInput.value.trim());
    renderDraft(text, data.extractMeeting);
  } catch (error) {
    clear(out);
    out.append(errorBox(error instanceof ApiError ? error.message : 'Extraction failed.'));
  }
});
