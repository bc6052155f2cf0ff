import { PartyMention } from './gazetteer';
import { Token } from './nlp';
import { nameCandidates, NameCandidate, normalizeName, oneEditApart } from './names';
import { onlyMentioned } from './only-mentioned';
import { placedBy, sideOfPerson } from './person-sides';
import { TITLE, titleAfter, titleBefore, TitleSpan, WEAK_TITLE } from './titles';

export { normalizeName } from './names';

export interface StoredPerson {
  id: number;
  name: string;
  aliases: string[];
  country: string | null;
}

export interface PersonFound {
  name: string;
  party?: string;
  title?: string;
  /** Where the title stands; sector words inside it are not interests. */
  titleSpan?: TitleSpan;
  stored?: StoredPerson;
  /** Where the full name stands. */
  first: { start: number; end: number; text: string };
  /** Other names the report gives ("commonly known as Jokowi"). */
  aliases: string[];
  /** "his counterpart Park Jin": the side is the other one of the person named with them. */
  counterpart: boolean;
  /** A spokesperson or a former office holder: never a participant. */
  onlyMentioned: boolean;
}

export interface PersonMention {
  person: PersonFound;
  start: number;
  end: number;
  text: string;
}

const MET_BEFORE =
  /\b(?:met|meets|meeting|talks|conversation|call|received|hosted|welcomed)\s+(?:with\s+)?$/i;

const SHARED_OFFICE =
  /\b(?:(?:Secretaries|Ministers|Ambassadors|Presidents|Governors|Envoys|Commissioners)|(?:[Ss]ecretaries|[Mm]inisters|[Aa]mbassadors|[Pp]residents|[Ee]nvoys|counterparts)\b[^,;.]{0,40},)\s+(?:\p{Lu}[\p{L}\p{M}'’-]*\.?\s+){1,5}and\s+(?:(?:Hon|Dr|Mr|Mrs|Ms|H\.E)\.?\s+)?$/u;

/** "Prime Minister Sheikh Hasina": a form of address between the office and one name. */
const addressedAfter = (text: string, office: TitleSpan, candidate: NameCandidate) =>
  /^\s*(?:Sheikh|Sheikha|Prince|Princess|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+$/.test(
    text.slice(office.end, candidate.start),
  );

/**
 * "Cabinet Secretaries A and B", "Prime Ministers Hon. A MP and Hon. B", "the French and German
 * ambassadors to Russia, A and B": B shares the office.
 */
const sharesOffice = (text: string, candidate: NameCandidate) =>
  SHARED_OFFICE.test(text.slice(Math.max(0, candidate.start - 90), candidate.start));

/** "A (Trade and Industry)": a minister named with the portfolio in brackets. */
const PORTFOLIO_AFTER =
  /^\s*\((?:\p{Lu}[\p{L}’'-]*,?\s+(?:and\s+|&\s+)?)*(?:Affairs|Economy|Trade|Industry|Finance|Fisheries|Health|Education|Defen[cs]e|Cooperation|Integration|Planning|Agriculture|Energy|Interior|Justice|Transport|Tourism|Environment)\)/u;
const portfolioAfter = (text: string, candidate: NameCandidate) =>
  PORTFOLIO_AFTER.test(text.slice(candidate.end, candidate.end + 90));

/** "King Abdullah", "President Mnangagwa": a ruler or a head of government named by one word. */
const HEAD_OFFICE =
  /(?:^|\s)(?:King|Queen|Emir|Amir|Sultan|Crown Prince|President|Prime Minister)$/;
const ruledBy = (text: string, office: TitleSpan, candidate: NameCandidate) =>
  HEAD_OFFICE.test(text.slice(office.start, office.end)) &&
  /^\s+$/.test(text.slice(office.end, candidate.start)) &&
  /^\p{Lu}\p{Ll}{2,}$/u.test(candidate.text);

/** "Ardakanian also met with …": one word that meets someone is a person. */
const MEETS_AFTER =
  /^\s+(?:also\s+|then\s+|has\s+|had\s+|later\s+)?(?:met|meets|received|hosted|held\s+(?:a\s+)?(?:meeting|talks|discussions?)\s+with|(?:was|were)\s+(?:received|welcomed|hosted)\b[^.;]{0,40}\bby)\b/;
const meetsSomeone = (text: string, candidate: NameCandidate) =>
  !TITLE.test(candidate.text) &&
  (candidate.words > 1 || /^(?:Al-)?\p{Lu}\p{Ll}{3,}$/u.test(candidate.text)) &&
  MEETS_AFTER.test(text.slice(candidate.end, candidate.end + 50));

const COUNTERPART_BEFORE = /\b(?:his|her|their)\s+((?:\p{Lu}[\p{L}'’-]*\s+)?counterpart),\s*$/u;

/**
 * "his Djiboutian counterpart, Minister A": the one-word office repeats what the counterpart
 * phrase says, and only the phrase tells A's side.
 */
function counterpartOffice(text: string, title: TitleSpan | undefined): TitleSpan | undefined {
  if (!title || !/^\p{Lu}[\p{L}-]*$/u.test(text.slice(title.start, title.end))) return title;
  const from = Math.max(0, title.start - 60);
  const lead = COUNTERPART_BEFORE.exec(text.slice(from, title.start));
  if (!lead) return title;
  const start = from + lead.index + lead[0].indexOf(lead[1]);
  return { start, end: start + lead[1].length };
}

/** A candidate is a person when an office stands before or after it, it is met, or stored. */
function recognise(
  text: string,
  candidate: NameCandidate,
  context: {
    tokens: Token[];
    parties: PartyMention[];
    names: TitleSpan[];
    stored: Map<string, StoredPerson>;
    floor: (offset: number) => number;
  },
): PersonFound | undefined {
  const stored = context.stored.get(normalizeName(candidate.text));
  const stops = context.names.filter((n) => n.start !== candidate.start);
  const before = titleBefore(
    text,
    candidate.start,
    context.tokens,
    stops,
    context.floor(candidate.start),
  );
  const after = titleAfter(text, candidate.end, context.tokens, stops);
  const title = counterpartOffice(
    text,
    officeOf(text, before, after, context.names, (name) =>
      titleBefore(text, name.start, context.tokens, stops, context.floor(name.start)),
    ),
  );
  const met = MET_BEFORE.test(text.slice(Math.max(0, candidate.start - 24), candidate.start));
  const titleText = title ? text.slice(title.start, title.end) : undefined;
  const placed =
    !title && candidate.words >= 2 ? placedBy(text, candidate, context.parties) : undefined;
  const party = sideOfPerson(text, candidate, title, stored?.country ?? placed, context.parties);
  // "Minister of Agriculture of Japan Sakamoto": a surname alone after an office and its country
  const surname =
    candidate.words === 1 &&
    !!before &&
    title === before &&
    /^[A-Z]{2}$/.test(party ?? '') &&
    /^\p{Lu}\p{Ll}/u.test(candidate.text);
  const addressed = candidate.words === 1 && !!before && addressedAfter(text, before, candidate);
  const listed =
    candidate.words >= 2 && (sharesOffice(text, candidate) || portfolioAfter(text, candidate));
  const ruler =
    candidate.words === 1 && !!before && title === before && ruledBy(text, before, candidate);
  const meets = meetsSomeone(text, candidate);
  if (
    !stored &&
    !(
      (candidate.words >= 2 || surname || addressed || ruler || meets) &&
      (title || met || placed || listed || meets)
    )
  )
    return undefined;
  return {
    name: stored?.name ?? candidate.text,
    party,
    title: titleText,
    titleSpan: title,
    stored,
    first: { start: candidate.start, end: candidate.end, text: candidate.text },
    aliases: [],
    counterpart: !!titleText && /\bcounterpart$/i.test(titleText.trim()),
    onlyMentioned: onlyMentioned(text, candidate, title, before),
  };
}

/** An office written right before the name, not one after an earlier name and a comma. */
const ownOffice = (text: string, name: TitleSpan, office: TitleSpan | undefined) =>
  !!office && !text.slice(office.end, name.start).includes(',');

/**
 * The office of a name: the one before it, unless that is only a rank ("King") or the office of
 * the name before it ("met A, Minister of … of Senegal, B, the Minister of … of Zimbabwe"), whose
 * own office is not before it.
 */
function officeOf(
  text: string,
  before: TitleSpan | undefined,
  after: TitleSpan | undefined,
  names: TitleSpan[],
  officeBefore: (name: TitleSpan) => TitleSpan | undefined,
): TitleSpan | undefined {
  if (!before) return after;
  const weak = WEAK_TITLE.test(text.slice(before.start, before.end).trim());
  const previous = names.filter((n) => n.end <= before.start).pop();
  // "Minister A A, Minister B B": each office stands before its own name
  const appositive =
    !!previous &&
    /^\s*,\s*(?:the\s+)?$/.test(text.slice(previous.end, before.start)) &&
    !ownOffice(text, previous, officeBefore(previous));
  return weak || appositive ? (after ?? before) : before;
}

/**
 * Every way a later sentence may name the person: each word of the name, particles aside. A
 * hyphenated surname is one word ("Díaz-Canel" is not "Rogelio Sierra Díaz"), an "al-" prefix
 * is not ("Al-Malki" is "Malki").
 */
export function nameParts(name: string): string[] {
  return normalizeName(name)
    .replace(/[’']/g, '')
    .split(/\s+/)
    .map((part) => part.replace(/\.$/, '').replace(/^(?:al|el)-/, ''))
    .filter(
      (part) =>
        part.length >= 2 &&
        !/^(?:bin|bint|ibn|al|el|de|da|van|von|der|jr|sr|abdul|abdel|mohammed|muhammad)$/.test(
          part,
        ),
    );
}

/** "YoshimHayashi": two words run together by a lost space; "Hayashi" later is that person. */
const personParts = (name: string) => [
  ...nameParts(name),
  ...[
    ...name.matchAll(/(?<![\p{L}])(?!Mac|Mc)\p{Lu}\p{Ll}{2,}(\p{Lu}\p{Ll}{3,})(?![\p{L}])/gu),
  ].map((m) => normalizeName(m[1])),
];

/** "Joko Widodo, commonly known as Jokowi": the alias names the same person later. */
function addAlias(text: string, person: PersonFound): void {
  const alias =
    /^,?\s+(?:commonly |also |popularly |better )?known as\s+([\p{Lu}][\p{L}'’-]+)/u.exec(
      text.slice(person.first.end, person.first.end + 60),
    );
  if (alias) person.aliases.push(alias[1]);
}

/** A name spelt again with one letter off ("Aybek Moldogaziev" after "Aibek …") is that person. */
function speltAgain(people: PersonFound[], name: string): PersonFound | undefined {
  const parts = nameParts(name);
  const near = people.filter((p) => {
    const known = nameParts(p.name);
    if (known.length !== parts.length) return false;
    const differ = known.filter((w, i) => w !== parts[i]);
    return differ.length === 1 && oneEditApart(differ[0], parts[known.indexOf(differ[0])]);
  });
  return near.length === 1 ? near[0] : undefined;
}

function recognised(
  text: string,
  all: NameCandidate[],
  context: Parameters<typeof recognise>[2],
): { people: PersonFound[]; mentions: PersonMention[] } {
  const people: PersonFound[] = [];
  const mentions: PersonMention[] = [];
  const byName = new Map<string, PersonFound>();
  for (const candidate of all) {
    // "PM Hoa" after "Prime Minister Tran Van Hoa": one word of a name already found is that person
    const part = candidate.words === 1 ? nameParts(candidate.text)[0] : undefined;
    let owner = part ? people.filter((p) => personParts(p.name).includes(part)) : [];
    // "Meshklov also met …" after "Alexei Meshkov": the surname with a letter off
    if (part && !owner.length)
      owner = people.filter((p) => personParts(p.name).some((w) => oneEditApart(w, part)));
    if (owner.length === 1) {
      const { start, end } = candidate;
      mentions.push({ person: owner[0], start, end, text: candidate.text });
      continue;
    }
    const person = recognise(text, candidate, context);
    if (!person) continue;
    const key = normalizeName(person.name);
    const known = byName.get(key) ?? speltAgain(people, person.name);
    if (known) {
      known.party ??= person.party;
      known.title ??= person.title;
      known.titleSpan ??= person.titleSpan;
    } else {
      byName.set(key, person);
      people.push(person);
      addAlias(text, person);
    }
    const { start, end } = candidate;
    mentions.push({ person: known ?? person, start, end, text: candidate.text });
  }
  return { people, mentions };
}

/**
 * People named in the report: a name with an office before it ("Foreign Minister Jeyhun
 * Bayramov", "Minister of Foreign Affairs of the Philippines, Teodoro Locsin Jr."), an office
 * after it ("Shinzo Abe, Prime Minister of Japan"), the person met ("met with Antonia
 * Urrejola"), or a stored person's name or alias. Later mentions by one part of the name
 * ("Bayramov", "Minister Jin", "Dr Momen", "SUGA" as "Suga") are the same person.
 */
export function findPeople(
  text: string,
  parties: PartyMention[],
  stored: StoredPerson[],
  tokens: Token[],
  floor: (offset: number) => number = () => 0,
): { people: PersonFound[]; mentions: PersonMention[] } {
  const byStoredName = new Map<string, StoredPerson>();
  for (const person of stored) {
    for (const name of [person.name, ...person.aliases])
      byStoredName.set(normalizeName(name), person);
  }
  const all = nameCandidates(text, parties);
  // another name ends an office: a full name, or one word coordinated with the next person
  const names = all.filter(
    (c) => c.words >= 2 || /^(?:,|\s+and\b)/.test(text.slice(c.end, c.end + 5)),
  );
  const { people, mentions } = recognised(text, all, {
    tokens,
    parties,
    names,
    stored: byStoredName,
    floor,
  });
  const parts = new Map<string, PersonFound | null>();
  const pieces = new Map<string, PersonFound | null>();
  for (const person of people) {
    for (const part of [...personParts(person.name), ...person.aliases.flatMap(nameParts)]) {
      const seen = parts.get(part);
      parts.set(part, seen === undefined || seen === person ? person : null);
      // "Amir Abdollahian" for "Amir-Abdollahian", unless a whole word of someone else
      for (const piece of part.includes('-') ? part.split('-') : []) {
        const had = pieces.get(piece);
        pieces.set(piece, had === undefined || had === person ? person : null);
      }
    }
  }
  for (const [piece, person] of pieces) if (!parts.has(piece)) parts.set(piece, person);
  for (const candidate of all) {
    if (mentions.some((m) => m.start <= candidate.start && candidate.start < m.end)) continue;
    const words = nameParts(candidate.text);
    const owners = new Set(words.map((w) => parts.get(w)).filter((p) => p !== undefined));
    // "Khalid bin Saeed Al Nuaimi" is not "Ahmed bin Saeed Al Maktoum": a full name shares its
    // first or last word with the person it names again ("Sewa Lamsa" for "Sewa Lamsal")
    const ends = [words[0], words[words.length - 1]];
    const person =
      owners.size === 1 && (words.length < 2 || ends.some((w) => parts.get(w) !== undefined))
        ? [...owners][0]
        : undefined;
    if (person)
      mentions.push({ person, start: candidate.start, end: candidate.end, text: candidate.text });
  }
  mentions.sort((a, b) => a.start - b.start);
  return { people, mentions };
}
