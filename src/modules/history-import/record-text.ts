import { ORGANIZATION_PARTY_DEFINITIONS } from '../country/organization-parties';
import { MeetingKind } from '../meeting/meeting.entity';

/** A span of a record's text. */
export interface Span {
  start: number;
  end: number;
}

export interface OrganizationMention extends Span {
  code: string;
  text: string;
}

/** Something the traveller or visitor attended, hosted or addressed, as the text names it. */
export interface RecordEvent extends Span {
  /** The kind this event makes the meeting; OTHER for a ceremony (funeral, inauguration). */
  kind: MeetingKind;
  /** Organization parties whose meeting it was. */
  organizations: string[];
  /** Significant lower-case words of its name, to tell whether two records name one event. */
  words: string[];
  /** Its name as written ("the NATO Summit Meeting"). */
  text: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Spellings of organizations found only in this corpus (misspellings, dashes). */
const CORPUS_SPELLINGS: [string, string][] = [
  ['APEP', 'APEC'],
  ['Asia-Pacific Economic and Cooperation', 'APEC'],
  ['Asia-Pacific Economic Cooperation', 'APEC'],
  ['G–7', 'G7'],
  ['G–8', 'G8'],
  ['G–20', 'G20'],
  ['Group of 7', 'G7'],
  ['Group of 8', 'G8'],
  ['Group of 20', 'G20'],
];

let organizationPattern: { pattern: RegExp; codes: Map<string, string> } | undefined;

function organizations() {
  if (organizationPattern) return organizationPattern;
  const codes = new Map<string, string>();
  for (const party of ORGANIZATION_PARTY_DEFINITIONS) {
    for (const name of [party.name, ...party.names]) codes.set(name, party.code);
  }
  for (const [name, code] of CORPUS_SPELLINGS) codes.set(name, code);
  const phrases = [...codes.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  organizationPattern = {
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${phrases.map(escape).join('|')})(?![\\p{L}\\p{N}])`,
      'gu',
    ),
    codes,
  };
  return organizationPattern;
}

/** The group that met at "the Economic Summit" in a year: G7, G8 from 1998 to 2013. */
function economicSummitGroup(date: string): string {
  const year = Number(date.slice(0, 4));
  return year >= 1998 && year <= 2013 ? 'G8' : 'G7';
}

/** Every organization party the text names, in order. */
export function findOrganizations(text: string, date: string): OrganizationMention[] {
  const { pattern, codes } = organizations();
  const found: OrganizationMention[] = [];
  for (const match of text.matchAll(pattern)) {
    const start = match.index ?? 0;
    found.push({ code: codes.get(match[0])!, start, end: start + match[0].length, text: match[0] });
  }
  for (const match of text.matchAll(/\bEconomic Summit\b/g)) {
    const start = match.index ?? 0;
    const before = text.slice(Math.max(0, start - 12), start);
    if (/G[-–]?\d+\s*$/.test(before)) continue;
    found.push({ code: economicSummitGroup(date), start, end: start + 15, text: match[0] });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Sentences and semicolon-separated parts; "U.S." and initials do not end a sentence. */
export function splitClauses(text: string): Span[] {
  const clauses: Span[] = [];
  let start = 0;
  const boundary =
    /(?<!\b(?:[A-Z]|U\.S|U\.N|St|Jr|Sr|Mt|Ft|Md|Va|Pa|Tex|Mass|Calif|Fla))[.;](?=\s|$)/g;
  for (const match of text.matchAll(boundary)) {
    const end = match.index ?? 0;
    if (end > start) clauses.push({ start, end });
    start = end + 1;
  }
  if (start < text.length) clauses.push({ start, end: text.length });
  return clauses
    .map((c) => {
      const lead = text.slice(c.start, c.end).search(/\S/);
      return { start: c.start + Math.max(0, lead), end: c.end };
    })
    .filter((c) => c.end > c.start);
}

const ATTENDANCE =
  /(?:^|\b(?:and|also|then|later|afterwards|subsequently)\s+|,\s*)(?:attended|participated in|took part in|chaired|co-chaired|addressed|hosted|co-hosted|briefed|led the [^,;]*?(?:delegation )?(?:to|at)|opened|joined [^,;]*? (?:at|for|in)|headed [^,;]*? (?:to|at))\s+/gi;

const NAMED_EVENT = /^(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}(?:Summit|Conference|Ministerial)\b/u;

const EVENT_KINDS: [RegExp, MeetingKind][] = [
  [/\bdialogue\b|\bconsultations?\b|\b2\s*\+\s*2\b/i, MeetingKind.POLITICAL_DIALOGUE],
  [/\bsummit\b/i, MeetingKind.SUMMIT],
  [
    /\b(?:joint|bilateral|binational|consultative|intergovernmental)\b[^.;]*\b(?:commission|committee)\b|\bU\.S\.-\S+ (?:\S+ )?(?:commission|committee)\b/i,
    MeetingKind.COMMISSION_SESSION,
  ],
  [
    /\bconference\b|\bministerial\b|\bforum\b|\bnegotiations\b|\bpeace talks\b|\bministers['’]? meetings?\b|\bmeetings? of (?:the )?(?:[\w-]+ ){0,4}(?:ministers|leaders|heads|council|group)\b/i,
    MeetingKind.MULTILATERAL_MEETING,
  ],
  [
    /\bfuneral\b|\binauguration\b|\bcoronation\b|\bceremon(?:y|ies)\b|\bcelebrations?\b|\bsigning\b|\bdedication\b|\bjubilee\b|\bwedding\b|\bmemorial\b|\bolympic/i,
    MeetingKind.OTHER,
  ],
];
/** Words that say where or when, not which event. */
const EVENT_STOPWORDS = new Set(
  (
    'the a an of and on for to at in with its his her their first second third fourth fifth ' +
    'sixth seventh eighth ninth tenth annual special extraordinary meeting meetings session ' +
    'sessions leaders heads state government u.s us president united states'
  ).split(' '),
);

/** The events the text says the traveller or visitor attended, with their organizations. */
export function findEvents(
  text: string,
  clauses: Span[],
  organizationsNamed: OrganizationMention[],
): RecordEvent[] {
  const events: RecordEvent[] = [];
  for (const clause of clauses) {
    const body = text.slice(clause.start, clause.end);
    // A clause that is the event's name: "Summit meeting with Latin American chiefs of state".
    const starts = [...body.matchAll(ATTENDANCE)].map((v) => (v.index ?? 0) + v[0].length);
    if (!starts.length && NAMED_EVENT.test(body)) starts.push(0);
    for (const offset of starts) {
      const from = clause.start + offset;
      const rest = text.slice(from, clause.end);
      const stop = rest.search(
        /\s(?:and (?:met|discussed|signed|visited)|while|where|after|before)\b|;/i,
      );
      const end = stop > 0 ? from + stop : clause.end;
      const phrase = text.slice(from, end);
      const orgs = organizationsNamed
        .filter((o) => o.start >= from && o.end <= end)
        .map((o) => o.code);
      const named = phrase.split(/\s(?:in|at)\s(?=[A-Z])/)[0];
      const kind = EVENT_KINDS.find(([pattern]) => pattern.test(named))?.[1];
      if (kind === undefined && orgs.length === 0) continue;
      events.push({
        start: from,
        end,
        kind: kind ?? MeetingKind.MULTILATERAL_MEETING,
        organizations: [...new Set(orgs)],
        words: [
          ...new Set(
            named
              .toLowerCase()
              .replace(/[’']s\b/g, '')
              .split(/[^\p{L}\p{N}+-]+/u)
              .filter((w) => w && !EVENT_STOPWORDS.has(w) && !/^\d+(?:st|nd|rd|th)?$/.test(w)),
          ),
        ],
        text: phrase.trim(),
      });
    }
  }
  return events;
}

const VISIT_TYPES = [
  'official working visit',
  'state visit',
  'official visit',
  'working visit',
  'private visit',
  'informal visit',
  'unofficial visit',
  'official call',
];

/** How the record calls the visit ("state visit"), if it does. */
export function visitType(text: string): string | undefined {
  const lower = text.toLowerCase();
  let best: { at: number; type: string } | undefined;
  for (const type of VISIT_TYPES) {
    const at = lower.indexOf(type);
    if (at >= 0 && (!best || at < best.at)) best = { at, type };
  }
  return best?.type;
}

const PRIORITY: MeetingKind[] = [
  MeetingKind.SUMMIT,
  MeetingKind.MULTILATERAL_MEETING,
  MeetingKind.OFFICIAL_VISIT,
  MeetingKind.POLITICAL_DIALOGUE,
  MeetingKind.COMMISSION_SESSION,
  MeetingKind.BILATERAL_MEETING,
  MeetingKind.OTHER,
];

/** Of several kinds, the one that says most: a summit over a visit over a meeting. */
export function strongestKind(kinds: MeetingKind[]): MeetingKind {
  return (
    [...kinds].sort((a, b) => PRIORITY.indexOf(a) - PRIORITY.indexOf(b))[0] ?? MeetingKind.OTHER
  );
}

/** The meeting kind the record's words support. */
export function kindOfRecord(text: string, events: RecordEvent[]): MeetingKind {
  const decided = events.filter((e) => e.kind !== MeetingKind.OTHER).map((e) => e.kind);
  if (decided.length) return strongestKind(decided);
  const type = visitType(text);
  if (type && /state|official|working/.test(type)) return MeetingKind.OFFICIAL_VISIT;
  if (/\bstrategic dialogue\b|\bconsultations\b|\bdialogue\b/i.test(text))
    return MeetingKind.POLITICAL_DIALOGUE;
  if (/\bjoint commission\b|\bbinational commission\b/i.test(text))
    return MeetingKind.COMMISSION_SESSION;
  if (
    /\b(?:met|meetings? with|conferred|talks|discussed|discussions|audience|consulted|bilateral meeting|visited president|(?:luncheon|dinner|lunch) (?:with|at the white house))\b/i.test(
      text,
    )
  )
    return MeetingKind.BILATERAL_MEETING;
  return MeetingKind.OTHER;
}
