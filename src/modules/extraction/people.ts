import { Gazetteer, PartyMention } from './gazetteer';

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
  stored?: StoredPerson;
  /** Where the full name stands. */
  first: { start: number; end: number; text: string };
}

export interface PersonMention {
  person: PersonFound;
  start: number;
  end: number;
  text: string;
}

const TITLE_WORDS = [
  'prime minister',
  'foreign minister',
  'deputy foreign minister',
  'deputy prime minister',
  'minister',
  'president',
  'vice president',
  'vice-president',
  'premier',
  'ambassador',
  'envoy',
  'representative',
  'secretary-general',
  'secretary general',
  'secretary',
  'chairman',
  'chairwoman',
  'chair',
  'speaker',
  'commissioner',
  'chancellor',
  'king',
  'queen',
  'emir',
  'sheikh',
  'prince',
  'director-general',
  'director general',
  'director',
  'head',
  'governor',
  'mayor',
  'spokesperson',
  'spokesman',
  'adviser',
  'advisor',
  'chief',
  'high representative',
  'counterpart',
  'leader',
  'president-elect',
  'deputy',
  'undersecretary',
  'under-secretary',
  'ombudsman',
  'sultan',
];
const TITLE = new RegExp(
  `\\b(?:${TITLE_WORDS.map((w) => w.replace(/[-]/g, '[- ]')).join('|')})s?\\b`,
  'i',
);
const TITLE_AT_END = new RegExp(`\\b(?:${TITLE_WORDS.join('|')})\\s*$`, 'i');

/** Capitalised words that start sentences or name things, never a person's name. */
const NOT_NAMES = new Set(
  (
    'The A An He She His Her They Their It Its This That These Those On In At During According Then ' +
    'Moreover Meanwhile However Also And But Both Earlier Later Today Yesterday Monday Tuesday ' +
    'Wednesday Thursday Friday Saturday Sunday January February March April May June July August ' +
    'September October November December Foreign Affairs Ministry Minister President Prime Deputy ' +
    'Vice Ambassador Secretary General Special Representative Republic Kingdom State States United ' +
    'National Assembly Parliament Commission Joint Committee Council Union Office Government Cabinet ' +
    'Agency Center Centre University Bank Fund Organization Organisation Group Friendship Chairman ' +
    'Head Speaker Chancellor Premier Mr Mrs Ms Dr By Follow Twitter Reports Report News Press Service ' +
    'Economic Cooperation Development Trade Energy Education Forum Summit Conference Day Week ' +
    'High Commissioner Director Governor Mayor Sheikh Emir King Queen Prince Crown Embassy Consulate ' +
    'Armed Forces Defence Defense Security Health Culture Tourism Transport Investment Innovation ' +
    'Information Technology Digital Development Affairs Interior Justice Finance Industry Agriculture'
  ).split(' '),
);

const NAME_TOKEN =
  "(?:(?:al|el)-)?[A-Z\\u00C0-\\u024F][\\p{Ll}\\u00C0-\\u024F'’]+(?:-[\\p{L}]+)*(?:[ \\t]+[IVX]{1,4}\\b)?";
const CAPITAL_RUN = new RegExp(
  `${NAME_TOKEN}(?:[ \\t]+(?:(?:de|van|von|der|bin|al|el|da|di|le|la)[ \\t]+)?${NAME_TOKEN})*`,
  'gu',
);

export const normalizeName = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

interface Candidate {
  start: number;
  end: number;
  text: string;
  leading: string;
}

/** Capitalised runs with leading title and country words split off: "Foreign Minister Jeyhun Bayramov". */
function candidates(text: string, gazetteer: Gazetteer): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(CAPITAL_RUN)) {
    const tokens = [...match[0].matchAll(/\S+/g)];
    const places = gazetteer.find(match[0]);
    let first = 0;
    while (first < tokens.length) {
      const token = tokens[first][0];
      const at = tokens[first].index ?? 0;
      const isPlace = places.some((m) => m.start <= at && at + token.length <= m.end);
      if (NOT_NAMES.has(token) || isPlace || /^[a-z]/.test(token) || TITLE.test(token)) first += 1;
      else break;
    }
    // An unknown adjective before a title ("Timorese President Jose Ramos-Horta"): the name
    // starts after the last title word.
    for (let i = tokens.length - 2; i >= first; i -= 1) {
      if (TITLE.test(tokens[i][0])) {
        first = i + 1;
        break;
      }
    }
    // Trailing words that name an institution end the name ("Bayramov Ministry").
    let last = tokens.length;
    while (last > first && NOT_NAMES.has(tokens[last - 1][0])) last -= 1;
    const count = last - first;
    if (count < 1 || count > 6) continue;
    const base = match.index ?? 0;
    const start = base + (tokens[first].index ?? 0);
    const lastToken = tokens[last - 1];
    let end = base + (lastToken.index ?? 0) + lastToken[0].length;
    if (/['’]s$/.test(lastToken[0])) end -= 2;
    found.push({ start, end, text: text.slice(start, end), leading: text.slice(base, start) });
  }
  return found;
}

/** The party a person speaks for: a country word in their title, before or after the name. */
function partyNear(
  text: string,
  candidate: Candidate,
  parties: PartyMention[],
): string | undefined {
  const before = parties.filter(
    (mention) =>
      mention.end <= candidate.start &&
      mention.start >= candidate.start - candidate.leading.length - 60 &&
      /^[\s\p{L}'’-]*$/u.test(text.slice(mention.end, candidate.start).replace(/['’]s\b/g, '')) &&
      mention.kind !== 'capital',
  );
  if (before.length) return before[before.length - 1].code;
  const tail = text.slice(candidate.end, candidate.end + 90);
  const apposition = /^,\s+(?:the\s+)?[^,.;]*?(?=[,.;]|$)/.exec(tail);
  if (apposition && TITLE.test(apposition[0])) {
    const inside = parties.find(
      (mention) =>
        mention.start >= candidate.end &&
        mention.end <= candidate.end + apposition[0].length &&
        mention.kind !== 'capital',
    );
    if (inside) return inside.code;
  }
  return undefined;
}

function titleNear(text: string, candidate: Candidate): string | undefined {
  const before = text.slice(Math.max(0, candidate.start - 60), candidate.start);
  const lead = /((?:[\p{L}-]+\s+){0,3}?)((?:[A-Za-z-]+\s+)?(?:of\s+)?[\p{L}'’ -]*)$/u.exec(before);
  const words = (lead?.[0] ?? '').trim();
  const title = TITLE.exec(words);
  if (title)
    return (
      words
        .slice(title.index)
        .replace(/^[a-z]/, (c) => c.toUpperCase())
        .trim() || undefined
    );
  const after = /^,\s+(?:the\s+)?([^,.;]{3,80})/.exec(
    text.slice(candidate.end, candidate.end + 100),
  );
  if (after && TITLE.test(after[1])) return after[1].trim();
  return undefined;
}

/**
 * People named in the report: a name with a title ("Foreign Minister Jeyhun Bayramov"), a name
 * in apposition with one ("Kaja Kallas, the EU's foreign policy chief"), or a stored person's
 * name or alias. Later mentions by surname or by any part of the name resolve to the same person.
 */
export function findPeople(
  text: string,
  gazetteer: Gazetteer,
  parties: PartyMention[],
  stored: StoredPerson[],
): { people: PersonFound[]; mentions: PersonMention[] } {
  const byStoredName = new Map<string, StoredPerson>();
  for (const person of stored) {
    for (const name of [person.name, ...person.aliases])
      byStoredName.set(normalizeName(name), person);
  }
  const people: PersonFound[] = [];
  const mentions: PersonMention[] = [];
  const byName = new Map<string, PersonFound>();
  const parts = new Map<string, PersonFound | null>();
  const all = candidates(text, gazetteer);
  for (const candidate of all) {
    const multiWord = /\s/.test(candidate.text);
    const storedMatch = byStoredName.get(normalizeName(candidate.text));
    const titled =
      TITLE.test(candidate.leading) ||
      TITLE_AT_END.test(text.slice(Math.max(0, candidate.start - 40), candidate.start)) ||
      (/^,\s+(?:the\s+)?[^,.;]{0,60}/.test(text.slice(candidate.end)) &&
        TITLE.test(/^,\s+(?:the\s+)?([^,.;]{0,60})/.exec(text.slice(candidate.end))?.[1] ?? ''));
    if (!storedMatch && !(multiWord && titled)) continue;
    const key = normalizeName(storedMatch?.name ?? candidate.text);
    let person = byName.get(key);
    if (!person) {
      person = {
        name: storedMatch?.name ?? candidate.text,
        party: partyNear(text, candidate, parties) ?? storedMatch?.country ?? undefined,
        title: titleNear(text, candidate),
        stored: storedMatch,
        first: { start: candidate.start, end: candidate.end, text: candidate.text },
      };
      byName.set(key, person);
      people.push(person);
      for (const part of person.name.split(/\s+/).map((t) => t.replace(/^(?:al|el)-/, ''))) {
        if (part.length < 2 || NOT_NAMES.has(part)) continue;
        const seen = parts.get(part);
        parts.set(part, seen === undefined || seen === person ? person : null);
      }
    } else {
      person.party ??= partyNear(text, candidate, parties);
      person.title ??= titleNear(text, candidate);
    }
    mentions.push({ person, start: candidate.start, end: candidate.end, text: candidate.text });
  }
  // Later mentions by one part of the name: "Bayramov", "Byung-soo".
  for (const candidate of all) {
    if (
      mentions.some((mention) => mention.start <= candidate.start && candidate.start < mention.end)
    )
      continue;
    const tokens = candidate.text.split(/\s+/);
    const person =
      byName.get(normalizeName(candidate.text)) ??
      parts.get(candidate.text) ??
      (tokens.length > 1 ? parts.get(tokens[tokens.length - 1]) : undefined);
    if (person)
      mentions.push({ person, start: candidate.start, end: candidate.end, text: candidate.text });
  }
  mentions.sort((a, b) => a.start - b.start);
  return { people, mentions };
}
