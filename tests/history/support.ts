import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Small XML in the published shape of HistoryAtState/travels and /visits, written by the tests. */
export interface TripSpec {
  id: number;
  who: string;
  name: string;
  start: string;
  end?: string;
  slug: string;
  place: string;
  locale?: string;
  remarks: string;
}

export interface VisitSpec {
  id: number;
  start: string;
  end?: string;
  visitor: string;
  slug: string;
  place: string;
  description: string;
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const stamp = (id: number) =>
  `2020-01-${String((id % 28) + 1).padStart(2, '0')}T10:00:00.000-04:00`;

function tripsXml(role: 'president' | 'secretary', trips: TripSpec[]): string {
  const items = trips.map(
    (t) => `    <trip role="${role}" who="${t.who}">
        <id>${t.id}</id>
        <role>${role}</role>
        <name>${escape(t.name)}</name>
        <start-date>${t.start}</start-date>
        <end-date>${t.end ?? t.start}</end-date>
        <country id="${t.slug}">${escape(t.place)}</country>
        <locale>${escape(t.locale ?? '')}</locale>
        <remarks>${escape(t.remarks)}</remarks>
        <created-by>test</created-by>
        <created-datetime>${stamp(t.id)}</created-datetime>
        <last-modified-by>test</last-modified-by>
        <last-modified-datetime>${stamp(t.id)}</last-modified-datetime>
    </trip>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<trips>\n${items.join('\n')}\n</trips>\n`;
}

function visitsXml(visits: VisitSpec[]): string {
  const items = visits.map(
    (v) => `    <visit>
        <id>${v.id}</id>
        <start-date>${v.start}</start-date>
        <end-date>${v.end ?? v.start}</end-date>
        <visitor>${escape(v.visitor)}</visitor>
        <from id="${v.slug}">${escape(v.place)}</from>
        <description>${escape(v.description)}</description>
        <created-by>test</created-by>
        <created-datetime>${stamp(v.id)}</created-datetime>
        <last-modified-by>test</last-modified-by>
        <last-modified-datetime/>
    </visit>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<visits>\n${items.join('\n')}\n</visits>\n`;
}

const term = (n: number, who: string, name: string, from: string, to?: string) =>
  `    <president n="${n}">
        <id>${who}</id>
        <name>${name}</name>
        <took-office-date>${from}</took-office-date>
        ${to ? `<left-office-date>${to}</left-office-date>` : '<left-office-date still-in-office="true"/>'}
    </president>`;

const PRESIDENTS = `<?xml version="1.0" encoding="UTF-8"?>
<presidents>
${[
  term(41, 'bush-george-h-w', 'George H. W. Bush', '1989-01-20', '1993-01-20'),
  term(42, 'clinton-william-j', 'William J. Clinton', '1993-01-20', '2001-01-20'),
  term(44, 'obama-barack', 'Barack Obama', '2009-01-20', '2017-01-20'),
  term(45, 'trump-donald-j', 'Donald J. Trump', '2017-01-20', '2021-01-20'),
  term(47, 'trump-donald-j', 'Donald J. Trump', '2025-01-20'),
].join('\n')}
</presidents>
`;

/** Writes the two checkouts under a new temporary folder and returns it. */
export function writeCorpus(spec: {
  president?: TripSpec[];
  secretary?: TripSpec[];
  visits?: VisitSpec[];
}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'history-corpus-'));
  const travels = path.join(dir, 'travels');
  for (const role of ['president', 'secretary'] as const) {
    const folder = path.join(travels, `${role}-travels`);
    mkdirSync(folder, { recursive: true });
    const byWho = new Map<string, TripSpec[]>();
    for (const trip of spec[role] ?? [])
      byWho.set(trip.who, [...(byWho.get(trip.who) ?? []), trip]);
    for (const [who, trips] of byWho) {
      writeFileSync(path.join(folder, `${who}.xml`), tripsXml(role, trips));
    }
  }
  mkdirSync(path.join(travels, 'presidents'), { recursive: true });
  writeFileSync(path.join(travels, 'presidents', 'presidents.xml'), PRESIDENTS);
  const data = path.join(dir, 'visits', 'data');
  mkdirSync(data, { recursive: true });
  const byDecade = new Map<string, VisitSpec[]>();
  for (const visit of spec.visits ?? []) {
    const decade = `${visit.start.slice(0, 3)}0`;
    byDecade.set(decade, [...(byDecade.get(decade) ?? []), visit]);
  }
  for (const [decade, visits] of byDecade) {
    writeFileSync(path.join(data, `${decade}.xml`), visitsXml(visits));
  }
  return dir;
}

export const OBAMA = { who: 'obama-barack', name: 'Barack Obama' };
export const KERRY = { who: 'kerry-john-forbes', name: 'John Forbes Kerry' };
export const BAKER = { who: 'baker-james-addison', name: 'James Addison Baker' };
