/** Everything a view shows is in the URL, so a link reproduces it. */
export interface ViewState {
  party?: string;
  a?: string;
  b?: string;
  meeting?: string;
  from?: string;
  to?: string;
  sector?: string;
  period: 'YEAR' | 'QUARTER';
  /** World view: the sector whose share of UN statements shades the map. */
  shade?: string;
  /** Meeting lists: the cursor of the page shown (after it). */
  after?: string;
}

const value = (params: URLSearchParams, name: string) => params.get(name)?.trim() || undefined;

export function readState(search: string = location.search): ViewState {
  const params = new URLSearchParams(search);
  return {
    party: value(params, 'party'),
    a: value(params, 'a'),
    b: value(params, 'b'),
    meeting: value(params, 'meeting'),
    from: value(params, 'from'),
    to: value(params, 'to'),
    sector: value(params, 'sector'),
    period: value(params, 'period') === 'QUARTER' ? 'QUARTER' : 'YEAR',
    shade: value(params, 'shade'),
    after: value(params, 'after'),
  };
}

export function link(state: Partial<ViewState>): string {
  const params = new URLSearchParams();
  for (const [name, item] of Object.entries(state)) {
    if (item !== undefined && item !== '' && !(name === 'period' && item === 'YEAR')) {
      params.set(name, String(item));
    }
  }
  const query = params.toString();
  return query ? `/?${query}` : '/';
}

/** The filters that carry over from one view to the next. */
export function filters(state: ViewState): Partial<ViewState> {
  return { from: state.from, to: state.to, sector: state.sector, period: state.period };
}

/** "between 2001-01-01 and 2003-12-31", "since …", "until …" or "" for the whole record. */
export function windowWords(state: ViewState): string {
  if (state.from && state.to) return ` between ${state.from} and ${state.to}`;
  if (state.from) return ` since ${state.from}`;
  if (state.to) return ` until ${state.to}`;
  return '';
}
