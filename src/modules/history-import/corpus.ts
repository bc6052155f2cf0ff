import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';

/**
 * The Office of the Historian's records as published in two repositories: HistoryAtState/travels
 * (president-travels/*.xml, secretary-travels/*.xml, presidents/presidents.xml) and
 * HistoryAtState/visits (data/*.xml). Text is kept as published, with whitespace runs collapsed
 * to one space: evidence offsets count characters of that text.
 */
export type TravellerRole = 'president' | 'secretary';

interface RecordBase {
  /** The corpus's own id of the record (unique per repository). */
  id: string;
  start: string;
  end: string;
  /** The country slug (`country/@id` of a trip, `from/@id` of a visit). */
  slug: string;
  /** The country as the record names it ("Korea, Republic of"). */
  place: string;
  /** Remarks of a trip, description of a visit. */
  text: string;
  /** last-modified-datetime of the record, or created-datetime where it has none. */
  modified: string;
  /** The file it was read from, relative to its repository. */
  file: string;
}

export interface TripRecord extends RecordBase {
  kind: 'trip';
  role: TravellerRole;
  /** The traveller's slug, as in the file name: "kerry-john-forbes". */
  who: string;
  name: string;
  /** The cities, as published: "Shanghai, Beijing". */
  locale: string;
}

export interface VisitRecord extends RecordBase {
  kind: 'visit';
  /** "Prime Minister Kyriakos Mitsotakis", or several people. */
  visitor: string;
}

export type HistoryRecord = TripRecord | VisitRecord;

export interface PresidentTerm {
  who: string;
  name: string;
  /** The number of the presidency (Trump is the 45th and the 47th). */
  n: number;
  tookOffice: string;
  leftOffice?: string;
}

export interface HistoryCorpus {
  travelsDir: string;
  visitsDir: string;
  trips: TripRecord[];
  visits: VisitRecord[];
  presidents: PresidentTerm[];
}

type Xml = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => ['trip', 'visit', 'president'].includes(name),
  // Descriptions may hold <em>: read them whole, so words keep their order.
  stopNodes: ['*.remarks', '*.description', '*.visitor'],
});

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Collapses whitespace; for raw (stop-node) text also drops tags and decodes entities. */
export function cleanText(value: unknown, raw = false): string {
  let text = value === undefined || value === null ? '' : String(value);
  if (raw) {
    text = text
      .replace(/<[^>]*>/g, '')
      .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
        if (entity[0] !== '#') return ENTITIES[entity.toLowerCase()] ?? whole;
        const code =
          entity[1].toLowerCase() === 'x'
            ? parseInt(entity.slice(2), 16)
            : parseInt(entity.slice(1), 10);
        return String.fromCodePoint(code);
      });
  }
  return text.replace(/\s+/g, ' ').trim();
}

const attr = (node: unknown, name: string) =>
  typeof node === 'object' && node !== null ? cleanText((node as Xml)[`@${name}`]) : '';
const body = (node: unknown) =>
  typeof node === 'object' && node !== null ? cleanText((node as Xml)['#text']) : cleanText(node);

function xmlFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.xml'))
    .sort()
    .map((name) => path.join(dir, name));
}

export function parseTrips(xml: string, file: string): TripRecord[] {
  const trips = ((parser.parse(xml) as Xml).trips as Xml | undefined)?.trip as Xml[] | undefined;
  return (trips ?? []).map((trip) => ({
    kind: 'trip',
    role: cleanText(trip.role) === 'president' ? 'president' : 'secretary',
    id: cleanText(trip.id),
    who: attr(trip, 'who'),
    name: cleanText(trip.name),
    start: cleanText(trip['start-date']),
    end: cleanText(trip['end-date']),
    slug: attr(trip.country, 'id'),
    place: body(trip.country),
    locale: cleanText(trip.locale),
    text: cleanText(trip.remarks, true),
    modified: cleanText(trip['last-modified-datetime']) || cleanText(trip['created-datetime']),
    file,
  }));
}

export function parseVisits(xml: string, file: string): VisitRecord[] {
  const visits = ((parser.parse(xml) as Xml).visits as Xml | undefined)?.visit as Xml[] | undefined;
  return (visits ?? []).map((visit) => ({
    kind: 'visit',
    id: cleanText(visit.id),
    visitor: cleanText(visit.visitor, true),
    start: cleanText(visit['start-date']),
    end: cleanText(visit['end-date']),
    slug: attr(visit.from, 'id'),
    place: body(visit.from),
    text: cleanText(visit.description, true),
    modified: cleanText(visit['last-modified-datetime']) || cleanText(visit['created-datetime']),
    file,
  }));
}

export function parsePresidents(xml: string): PresidentTerm[] {
  const list = ((parser.parse(xml) as Xml).presidents as Xml | undefined)?.president as
    Xml[] | undefined;
  return (list ?? []).map((p) => {
    const left = body(p['left-office-date']);
    return {
      who: cleanText(p.id),
      name: cleanText(p.name),
      n: Number(attr(p, 'n')),
      tookOffice: cleanText(p['took-office-date']),
      ...(left ? { leftOffice: left } : {}),
    };
  });
}

const isDir = (dir: string) => existsSync(dir) && statSync(dir).isDirectory();

/**
 * Finds the two checkouts in `dir`: `<dir>/travels` and `<dir>/visits` as cloned, or any
 * subfolders (such as `travels-master` from an archive) that hold `president-travels/` and a
 * visits `data/` folder; `dir` may also be one of the checkouts itself.
 */
export function locateCheckouts(dir: string): { travelsDir: string; visitsDir: string } {
  const candidates = [
    dir,
    ...readdirSync(dir)
      .sort()
      .map((name) => path.join(dir, name))
      .filter(isDir),
  ];
  const travelsDir = candidates.find((c) => isDir(path.join(c, 'president-travels')));
  const visitsDir = candidates.find(
    (c) => isDir(path.join(c, 'data')) && !isDir(path.join(c, 'president-travels')),
  );
  if (!travelsDir || !visitsDir) {
    throw new Error(
      `${dir} must hold the HistoryAtState checkouts: travels/ (with president-travels/) and visits/ (with data/)`,
    );
  }
  return { travelsDir, visitsDir };
}

/** Reads every record of both repositories, files in name order, records in file order. */
export function readCorpus(dir: string): HistoryCorpus {
  const { travelsDir, visitsDir } = locateCheckouts(dir);
  const trips: TripRecord[] = [];
  for (const folder of ['president-travels', 'secretary-travels']) {
    const full = path.join(travelsDir, folder);
    if (!isDir(full)) continue;
    for (const file of xmlFiles(full)) {
      trips.push(...parseTrips(readFileSync(file, 'utf8'), path.relative(travelsDir, file)));
    }
  }
  const visits: VisitRecord[] = [];
  for (const file of xmlFiles(path.join(visitsDir, 'data'))) {
    visits.push(...parseVisits(readFileSync(file, 'utf8'), path.relative(visitsDir, file)));
  }
  const presidentsFile = path.join(travelsDir, 'presidents', 'presidents.xml');
  const presidents = existsSync(presidentsFile)
    ? parsePresidents(readFileSync(presidentsFile, 'utf8'))
    : [];
  return { travelsDir, visitsDir, trips, visits, presidents };
}
