import { ApiError, gql } from './api';
import { clear, errorBox, h, panel } from './dom';
import { Draft, draftPanel, Quote, quotesOf } from './review-draft';

const EXTRACT = `
query Extract($report: ReportInput!) {
  extractMeetings(report: $report) {
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

const KEY_ITEM = 'atlas-review-key';

const form = document.getElementById('report-form') as HTMLFormElement;
const out = document.getElementById('draft') as HTMLElement;
const keyInput = document.getElementById('api-key') as HTMLInputElement;
keyInput.value = sessionStorage.getItem(KEY_ITEM) ?? '';
keyInput.addEventListener('change', () => sessionStorage.setItem(KEY_ITEM, keyInput.value.trim()));
const apiKey = () => keyInput.value.trim();

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

/** The report beside one panel per meeting it describes, each recorded on its own. */
function renderDrafts(text: string, drafts: Draft[]): void {
  clear(out);
  out.append(
    h(
      'div',
      { class: 'review-grid' },
      panel('Report', highlighted(text, drafts.flatMap(quotesOf))),
      h(
        'div',
        { class: 'drafts' },
        drafts.length > 1
          ? h('p', { role: 'status' }, `The report describes ${drafts.length} meetings.`)
          : null,
        drafts.map((draft, i) => draftPanel(draft, i + 1, drafts.length, apiKey)),
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
    const data = await gql<{ extractMeetings: Draft[] }>(EXTRACT, { report }, apiKey());
    renderDrafts(text, data.extractMeetings);
  } catch (error) {
    clear(out);
    out.append(errorBox(error instanceof ApiError ? error.message : 'Extraction failed.'));
  }
});
