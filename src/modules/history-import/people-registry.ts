import { keyFromName } from '../../common/names';
import type { DatasetPerson, DatasetPosition } from '../dataset/dataset.types';
import { PositionRank } from '../person/position.entity';
import type { PresidentTerm } from './corpus';
import { rankOfTitle } from './titles';
import type { UsOfficial } from './us-officials';

export const STATE_DEPARTMENT = 'us-department-of-state';
export const PRESIDENT_CAPACITY = 'President of the United States';
export const SECRETARY_CAPACITY = 'Secretary of State';

const ordinal = (n: number) => {
  const tens = n % 100;
  const suffix =
    tens >= 11 && tens <= 13
      ? 'th'
      : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
};

interface Entry {
  person: DatasetPerson;
  positions: Map<string, DatasetPosition>;
}

/**
 * The people of the converted dataset, each under a stable key: a president or secretary by the
 * corpus's own slug ("obama-barack"), anyone else by name and party ("boris-johnson-gb"). Offices
 * are positions: a president's terms with their dates from presidents.xml, a visitor's titles
 * without dates (the records show them held at the meeting's date, no more).
 */
export class PeopleRegistry {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly terms: PresidentTerm[]) {}

  private entry(key: string, name: string, country: string): Entry {
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { person: { key, name, country }, positions: new Map() };
      this.entries.set(key, entry);
    }
    return entry;
  }

  /** A president or secretary of state, by the corpus's slug. */
  official(official: UsOfficial): string {
    const entry = this.entry(official.who, official.name, 'US');
    if (official.role === 'secretary') {
      entry.positions.set(SECRETARY_CAPACITY, {
        title: SECRETARY_CAPACITY,
        organization: STATE_DEPARTMENT,
        rank: PositionRank.MINISTER,
      });
      return official.who;
    }
    for (const term of this.terms.filter((t) => t.who === official.who)) {
      const title = `${ordinal(term.n)} ${PRESIDENT_CAPACITY}`;
      entry.positions.set(title, {
        title,
        rank: PositionRank.HEAD_OF_STATE,
        start: term.tookOffice,
        ...(term.leftOffice ? { end: term.leftOffice } : {}),
      });
    }
    return official.who;
  }

  /** Anyone else named with an office; the key joins the name and the party. */
  named(name: string, party: string, title?: string): string {
    const key = `${keyFromName(name, 'person')}-${party.toLowerCase()}`;
    const entry = this.entry(key, name, party);
    if (title && !/\b(?:former|late)\b/i.test(title) && !entry.positions.has(title)) {
      entry.positions.set(title, { title, rank: rankOfTitle(title) });
    }
    return key;
  }

  /** Every person, by key, with positions in a stable order. */
  list(): DatasetPerson[] {
    return [...this.entries.values()]
      .sort((a, b) => (a.person.key < b.person.key ? -1 : 1))
      .map(({ person, positions }) => {
        const list = [...positions.values()].sort((a, b) =>
          (a.start ?? '') !== (b.start ?? '')
            ? (a.start ?? '') < (b.start ?? '')
              ? -1
              : 1
            : a.title < b.title
              ? -1
              : 1,
        );
        return list.length ? { ...person, positions: list } : person;
      });
  }

  get size(): number {
    return this.entries.size;
  }
}
