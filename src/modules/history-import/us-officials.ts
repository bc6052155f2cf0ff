import { normalizeName } from '../extraction/people';
import type { PresidentTerm, TripRecord } from './corpus';

export interface UsOfficial {
  /** The corpus's slug, used as the person's key: "obama-barack". */
  who: string;
  name: string;
  role: 'president' | 'secretary';
}

interface Span {
  official: UsOfficial;
  from: string;
  to: string;
}

const surname = (name: string) =>
  normalizeName(name)
    .replace(/,?\s+(?:jr\.?|sr\.?|ii|iii|iv)$/, '')
    .split(' ')
    .pop() ?? '';

const shiftYears = (date: string, years: number) =>
  `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;

/**
 * Presidents (with their terms, from presidents.xml) and Secretaries of State (the corpus has no
 * terms for them: the span of their recorded trips, widened by a year, only tells two namesakes
 * apart). A record that names "President Clinton" on a date means the president of that date.
 */
export class UsOfficials {
  private readonly presidents: Span[] = [];
  private readonly secretaries: Span[] = [];

  constructor(terms: PresidentTerm[], trips: TripRecord[]) {
    for (const term of terms) {
      this.presidents.push({
        official: { who: term.who, name: term.name, role: 'president' },
        from: term.tookOffice,
        to: term.leftOffice ?? '9999-12-31',
      });
    }
    const spans = new Map<string, Span>();
    for (const trip of trips) {
      if (trip.role !== 'secretary') continue;
      const span = spans.get(trip.who);
      if (!span) {
        spans.set(trip.who, {
          official: { who: trip.who, name: trip.name, role: 'secretary' },
          from: trip.start,
          to: trip.end,
        });
      } else {
        if (trip.start < span.from) span.from = trip.start;
        if (trip.end > span.to) span.to = trip.end;
      }
    }
    for (const span of spans.values()) {
      this.secretaries.push({
        ...span,
        from: shiftYears(span.from, -1),
        to: shiftYears(span.to, 1),
      });
    }
  }

  /** The US president or secretary a title and name denote on `date`, if any. */
  find(title: string, name: string, date: string): UsOfficial | undefined {
    const lower = title.toLowerCase();
    const former = /\bformer\b/.test(lower);
    let spans: Span[];
    if (/^(?:former )?president$/.test(lower)) spans = this.presidents;
    else if (/^(?:former )?secretary(?: of state)?$/.test(lower)) spans = this.secretaries;
    else return undefined;
    const wanted = normalizeName(name);
    const matches = spans.filter((span) => {
      const full = normalizeName(span.official.name);
      const named =
        full === wanted ||
        (!wanted.includes(' ') && surname(span.official.name) === wanted) ||
        (wanted.split(' ')[0] === full.split(' ')[0] &&
          surname(span.official.name) === surname(name));
      if (!named) return false;
      return former ? span.to <= date : span.from <= date && date <= span.to;
    });
    if (former) matches.sort((a, b) => (a.to < b.to ? 1 : -1));
    return matches[0]?.official;
  }
}
