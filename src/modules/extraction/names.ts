import { isFormOfAddress } from './forms-of-address';
import { TITLE_WORDS } from './titles';

/** A run of capitalised words that may be a person's name once titles and places are cut off. */
export interface NameCandidate {
  start: number;
  end: number;
  text: string;
  /** Words of the name itself (initials count). */
  words: number;
}

export const normalizeName = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/**
 * Capitalised words that start sentences or name things (offices, bodies, legislatures), never a
 * person's name.
 */
const NOT_NAMES = new Set(
  (
    'The A An He She His Her They Their It Its This That These Those On In At During According Then ' +
    'Moreover Meanwhile However Also And But Both Earlier Later Today Yesterday Monday Tuesday ' +
    'Wednesday Thursday Friday Saturday Sunday January February March April May June July August ' +
    'Feb Apr Aug Sept Oct Nov Dec ' +
    'September October November December Foreign Affairs Ministry Minister Ministers President ' +
    'Prime Deputy Vice Ambassador Secretary General Special Representative Republic Kingdom State ' +
    'States United National Assembly Parliament Commission Joint Committee Council Union Office ' +
    'Government Cabinet Agency Center Centre University Bank Fund Organization Organisation Group ' +
    'Friendship Chairman Head Speaker Chancellor Premier By Follow Twitter Reports Report News Press ' +
    'Service Economic Cooperation Co-operation Development Trade Energy Education Forum Summit ' +
    'Conference Day Week High Commissioner Director Governor Mayor Embassy Consulate Armed Forces ' +
    'Defence Defense Security Health Culture Tourism Transport Investment Innovation Information ' +
    'Technology Digital Affairs Interior Justice Finance Industry Agriculture International ' +
    'Relations External Science Photo Caption Credit Published Leaders Meeting Talks Statement ' +
    'Mechanism Dialogue Strategic Strategy Programme Program Initiative Declaration Institute ' +
    'Council Secretariat Presidency Alliance Partnership Department Authority Mission Delegation ' +
    'Federation Federal Islamic Royal Majesty Highness Global South North East West Central MP ' +
    'Non-Resident Designate Official Visit Vision Economy Region Regional Zone Project Projects ' +
    'Plan Framework Agreement Treaty Convention Chamber Commerce Business Media Times Daily Post ' +
    'Herald Tribune Gazette Observer Standard Monitor Inquirer Diary Agency Online Live Breaking ' +
    'Communications Housing Construction Infrastructure Livestock Fisheries Blue Rural Labour ' +
    'Labor Environment Climate Social Welfare Youth Sports Women Family Planning Works Water ' +
    'Peace Peacekeeping Headquarters Africa Asia Europe Americas Middle Oceania Presidential ' +
    'Petroleum Mining Mines Oil Gas Power Electricity Railways Aviation Maritime Ports Shipping ' +
    'Heavy Light ' +
    'African Asian European Arab Abroad Caribbean Pacific Gulf Persian Latin Nordic Baltic Balkan ' +
    'Prize Award Games Olympic Olympics Paralympic Cup Expo Week Animal Husbandry Food Forestry ' +
    'Irrigation Natural Resources Lands Extraordinary Plenipotentiary Acting Assistant Non-Aligned Movement ' +
    'Majlis Majilis Mazhilis Duma Knesset Sejm Senat Senate ' +
    'Congress Bundestag Bundesrat Riksdag Storting Folketing Eduskunta Seimas Saeima Riigikogu ' +
    'Rada Oireachtas Althing Sangsad Khural Kenesh Sabha Legislature Legislative ' +
    'Political Politics Diplomacy Diplomatic Policy Integration Diaspora Expatriates Nationals ' +
    'Permanent Resident Observer Bureau Politburo Communist Party ' +
    // portfolios: "Minister of Mining and Geology, A", "Minister of Emergency Situations A"
    'Geology Geological Ecology Emergency Emergencies Situations Employment Statistics Customs ' +
    'Revenue Telecommunications Roads Highways Heritage Minerals Hydrocarbons Textiles Logistics ' +
    // offices in the plural: "met the Consul Generals", "the Ambassadors of …"
    'Generals Ambassadors Consuls Envoys Secretaries Directors Officials Delegates Governors ' +
    // offices abbreviated in headlines: "Peru FA Min meets with dignitaries", "FM"
    'FA FM Min Dep ' +
    // a headline's verbs: "Secretary of State A Meets Ministers"
    'Meets Holds Receives Visits Hosts Welcomes Discusses Calls Signs Says Urges Talks'
  ).split(' '),
);

// "Tupoutoʻa ʻUlukalala": Polynesian names carry the ʻokina, a modifier letter
// "SingOei", "McDonald": a second capital inside the word
const WORD =
  "ʻ?\\p{Lu}[\\p{Ll}\\p{M}\\p{Lm}'’]+(?:\\p{Lu}[\\p{Ll}\\p{M}\\p{Lm}'’]+)?(?:-\\p{L}[\\p{L}\\p{M}\\p{Lm}'’]*)*\\.?";
const CAPS = "\\p{Lu}{2,}(?:['’]\\p{Lu}+)*";
const INITIAL = '\\p{Lu}\\.?';
// "D.Tsogtbaatar", "Ts.Munkh-Orgil": an initial written onto the name (Mongolian usage, where
// one letter may be two: Ts, Ch, Kh, Sh); "H.E.": His Excellency
const GLUED =
  '(?:\\p{Lu}|Ts|Ch|Kh|Sh|Zh)\\.\\p{Lu}[\\p{Ll}\\p{M}]+(?:-\\p{Lu}[\\p{Ll}\\p{M}]+)?|H\\.E\\.';
const PREFIXED = "(?:al|el)-\\p{Lu}[\\p{Ll}\\p{M}'’]+";
const TOKEN = `(?:${PREFIXED}|${GLUED}|${WORD}|${CAPS}|${INITIAL})(?![\\p{L}\\p{M}])`;
const PARTICLE =
  '(?:bin|bint|ibn|al|el|de|da|do|dos|das|del|della|di|du|van|von|der|den|ter|le|la|y)';
const RUN = new RegExp(
  `${TOKEN}(?:[ \\t]+(?:${PARTICLE}[ \\t]+){0,2}${TOKEN})*(?:,?[ \\t]+(?:Jr|Sr)\\.(?!\\p{L}))?`,
  'gu',
);

const isParticle = (word: string) => new RegExp(`^${PARTICLE}$`).test(word);
const bare = (word: string) => word.replace(/['’]s$/, '').replace(/\.$/, '');

/** Role acronyms that stand before a name ("PM Modi", "FM Bourita"). */
const ROLE_ACRONYMS = new Set(['PM', 'FM', 'MP', 'HE', 'HRH', 'DPM', 'EAM', 'UNSG', 'CEO', 'MEP']);

const TITLE_WORD = new RegExp(`^(?:${TITLE_WORDS.join('|')})$`, 'i');

/** A word that cannot begin a name: a title, an honorific, a place, a common capitalised word. */
function leadingNoise(word: string, isPlace: boolean): boolean {
  const plain = bare(word);
  const common = (part: string) =>
    NOT_NAMES.has(part) || TITLE_WORD.test(part) || ROLE_ACRONYMS.has(part);
  return (
    isPlace ||
    isFormOfAddress(word) ||
    isFormOfAddress(plain) ||
    common(plain) ||
    plain.split('-').every(common) ||
    isParticle(word) ||
    runTogether(plain, common)
  );
}

/** "Secretary of StateWilliam Burns": an office word run into the name by a lost space. */
function runTogether(word: string, common: (part: string) => boolean): boolean {
  const halves = /^(\p{Lu}\p{Ll}+)(\p{Lu}\p{Ll}+)$/u.exec(word);
  return !!halves && common(halves[1]);
}

/** A word whose full stop is part of it: "Dr.", "Jr.", an initial, "Md." (Muhammad). */
const keepsStop = (word: string) =>
  isFormOfAddress(word) || /^(?:Jr|Sr|Md|Mohd)\.$/.test(word) || /^\p{Lu}\.$/u.test(word);

type Word = { text: string; at: number };

/** The runs inside one match, split after a word that ends a sentence ("Loong. Abe"). */
function subRuns(match: string): Word[][] {
  const runs: Word[][] = [[]];
  for (const word of match.matchAll(/\S+/g)) {
    runs[runs.length - 1].push({ text: word[0], at: word.index ?? 0 });
    if (/\.$/.test(word[0]) && !keepsStop(word[0])) runs.push([]);
  }
  return runs.filter((run) => run.length);
}

/**
 * A place word between an office or a form of address and a surname is a given name: "Foreign
 * Minister Santiago Cafiero", "President Victoria Mensah", "Dr Douglas Slater".
 */
function givenName(words: Word[], at: number, prior?: string): boolean {
  const before = (at ? words[at - 1]?.text : prior)?.replace(/,$/, '');
  const after = words[at + 1]?.text;
  return (
    !!before &&
    !!after &&
    (TITLE_WORD.test(bare(before)) || isFormOfAddress(before)) &&
    /^\p{Lu}\p{Ll}/u.test(words[at].text) &&
    !/['’]s$|,$/.test(words[at].text) &&
    /^\p{Lu}\p{Ll}+[,.]?$/u.test(after) &&
    !NOT_NAMES.has(bare(after)) &&
    !TITLE_WORD.test(bare(after))
  );
}

/** "Vice Premier He Lifeng": after an office, "He" before a name is a surname, not the pronoun. */
const surnameHe = (words: Word[], at: number) =>
  words[at].text === 'He' &&
  at > 0 &&
  TITLE_WORD.test(bare(words[at - 1].text)) &&
  /^\p{Lu}\p{Ll}+$/u.test(words[at + 1]?.text ?? '');

/** "Sultan bin Saad Al Muraikhi": a title word before "bin" is the given name. */
const beforeBin = (words: Word[], at: number) =>
  /^(?:bin|bint|ibn)$/.test(words[at + 1]?.text ?? '') && !isParticle(words[at].text);

const BODY =
  /^(?:Group|Authority|Agency|Bank|Fund|Company|Corporation|Council|Foundation|Institute|University|Centre|Center|Organi[sz]ation|Association|Airlines?|Airways)$/;

// "Minister of Industry and Mineral Resources A", "Envoy for the Middle East and Africa A": the
// portfolio goes on past "and"
const OFFICE_OF =
  /\b(?:Minister|Ministry|Secretary|Department|Envoy)\s+(?:of|for)\s+(?:the\s+)?(?:((?:\p{Lu}[\p{L}'’-]*,?\s+){0,4}\p{Lu}[\p{L}'’-]*)\s+(?:and|&)\s+)?$/u;

const runEnd = (words: Word[]) => words[words.length - 1].at + words[words.length - 1].text.length;

/**
 * "Minister for Urban Development Prakash Man Singh", "Minister of Heritage and Tourism": the
 * words after an office's "of" or "for" name its portfolio up to its last common word; a single
 * unknown word there is the portfolio alone. Gives the first word of the name, or -1.
 */

function afterPortfolio(text: string, base: number, words: Word[], first: number): number {
  const office = OFFICE_OF.exec(text.slice(Math.max(0, base - 40), base));
  if (words[0].at !== 0 || !office) return first;
  let last = -1;
  for (let i = 0; i < words.length; i += 1)
    if (NOT_NAMES.has(bare(words[i].text.replace(/,$/, '')))) last = i;
  // "Minister of Foreign Affairs and A, DPM": after a whole known portfolio, "and" names someone
  const known = (office[1] ?? '').split(/,?\s+/).every((w) => NOT_NAMES.has(w));
  if (office[1] && known && last < 0) return first;
  const after = text.slice(base + runEnd(words));
  // "Minister of Energy Transition and Sustainable Development, A": the portfolio goes on
  if (last === words.length - 2 && /^\s+(?:and|&)\s+\p{Lu}/u.test(after)) return -1;
  if (last >= 0) return Math.max(first, last + 1);
  // "Minister of Ecological Transition and Demographic Challenge, A"
  if (first === 0 && /^(?:,|\s+(?:and|&|of)\s)/.test(after)) return -1;
  return first === 0 && words.length === 1 ? -1 : first;
}

function candidateIn(
  text: string,
  base: number,
  words: Word[],
  places: { start: number; end: number }[],
): NameCandidate | undefined {
  let first = 0;
  // "The Argentine Foreign Minister, Santiago Cafiero": the office ends the run before
  const prior = /(\p{L}+),?[ \t]+$/u.exec(text.slice(Math.max(0, base - 30), base))?.[1];
  while (first < words.length) {
    const word = words[first].text.replace(/,$/, '');
    const at = words[first].at;
    const isPlace =
      places.some((m) => m.start <= at && at < m.end) && !givenName(words, first, prior);
    if (word === 'H' && words[first + 1]?.text === 'E') first += 2;
    else if (surnameHe(words, first)) break;
    else if (beforeBin(words, first)) break;
    else if (leadingNoise(word, isPlace)) first += 1;
    else break;
  }
  first = afterPortfolio(text, base, words, first);
  if (first < 0) return undefined;
  // An unknown adjective before a title ("Timorese President Jose Ramos-Horta").
  for (let i = words.length - 2; i >= first; i -= 1) {
    const excellency = words[i].text === 'E' && words[i - 1]?.text === 'H';
    if (
      ((TITLE_WORD.test(bare(words[i].text)) || isFormOfAddress(words[i].text)) &&
        !beforeBin(words, i)) ||
      excellency
    ) {
      first = i + 1;
      break;
    }
  }
  let last = words.length;
  // "Vice Premier Liu He": after a name word, "He" is a given name, not the pronoun
  const givenHe = (at: number) => at > first && bare(words[at].text) === 'He';
  while (
    last > first &&
    !givenHe(last - 1) &&
    (NOT_NAMES.has(bare(words[last - 1].text)) ||
      bare(words[last - 1].text)
        .split('-')
        .every((part) => NOT_NAMES.has(part)) ||
      places.some((m) => m.start <= words[last - 1].at && words[last - 1].at < m.end) ||
      ROLE_ACRONYMS.has(bare(words[last - 1].text)) ||
      // "Her Excellency, Dr A": a form of address never ends a name
      /^(?:Excellency|Highness|Majesty)$/.test(bare(words[last - 1].text)) ||
      isParticle(words[last - 1].text))
  )
    last -= 1;
  // "the Emirates Airline Group", "the Al Noor Foundation": a body's name, no one's
  if (words.slice(last).some((w) => BODY.test(bare(w.text)))) return undefined;
  const kept = words.slice(first, last).filter((w) => !isParticle(w.text));
  if (kept.length < 1 || kept.length > 7) return undefined;
  const start = base + words[first].at;
  const lastWord = words[last - 1];
  let end = base + lastWord.at + lastWord.text.length;
  if (/['’]s,?$/.test(lastWord.text)) end -= lastWord.text.endsWith(',') ? 3 : 2;
  else if (/,$/.test(lastWord.text)) end -= 1;
  else if (
    /\.$/.test(lastWord.text) &&
    !/^(?:Jr|Sr)\.$/.test(lastWord.text) &&
    !/^\p{Lu}\.$/u.test(lastWord.text)
  )
    end -= 1;
  // "D.Tsogtbaatar": the initial written onto the name is a word of its own
  const count = kept.reduce((n, w) => n + (/^\p{Lu}\.\p{Lu}/u.test(w.text) ? 2 : 1), 0);
  return { start, end, text: text.slice(start, end), words: count };
}

/**
 * Capitalised runs with the title, honorific and country words in front cut off, and
 * institution words behind: "Foreign Minister Dr AK Abdul Momen MP" gives "AK Abdul Momen".
 */
export function nameCandidates(
  text: string,
  places: { start: number; end: number }[],
): NameCandidate[] {
  const found: NameCandidate[] = [];
  const sorted = [...places].sort((a, b) => a.start - b.start);
  let next = 0;
  for (const match of text.matchAll(RUN)) {
    const base = match.index ?? 0;
    const end = base + match[0].length;
    while (next < sorted.length && sorted[next].end <= base) next += 1;
    const local: { start: number; end: number }[] = [];
    // a place may start before the run: "Republic of Uzbekistan Bakhtiyor Saidov"
    for (let i = next; i < sorted.length && sorted[i].start < end; i += 1) {
      // "Côte" of "Côte d’Ivoire": a run word inside a longer place is a place word too
      if (sorted[i].end > base)
        local.push({
          start: Math.max(0, sorted[i].start - base),
          end: Math.min(end, sorted[i].end) - base,
        });
    }
    for (const words of subRuns(match[0])) {
      const candidate = candidateIn(text, base, words, local);
      if (candidate) found.push(candidate);
    }
  }
  return found;
}

/** "Meshkov" and "Meshklov", "Aibek" and "Aybek": one letter added, dropped or changed. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1 || Math.min(a.length, b.length) < 5)
    return false;
  let i = 0;
  while (a[i] === b[i]) i += 1;
  const [x, y] = [a.slice(i + 1), b.slice(i + 1)];
  return x === y || a.slice(i) === y || x === b.slice(i);
}
