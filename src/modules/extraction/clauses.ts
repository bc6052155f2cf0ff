import { isVerb, Token, tokensIn } from './nlp';
import { Span } from './report-text';

/** A clause: its subject (before the main verb) and what follows it. */
export interface Clause {
  start: number;
  end: number;
  /** Where the subject stands: from the clause start to the main verb. */
  subject: Span;
  /** The main verb (and what the clause says after it starts here). */
  verb?: Token;
}

/** Openers of a sentence before its subject: "During the meeting,", "Welcoming the guests,". */
const OPENER =
  /^(?:During|According|Welcoming|On|In|After|Before|At|Upon|As|While|When|Referring|Recalling|Confident|Meeting|Following|Thus|Likewise|Finally|Moreover|Also|Furthermore|Additionally|However|Meanwhile|Separately|Besides|Later|Earlier|Then|For|Amid|Amidst|Despite|With|Within|Under|Speaking|Addressing|Noting|Highlighting|Stressing|Expressing|Regarding|Concerning|Today|Yesterday|Recently|Previously|Last|This|Similarly|Accordingly|Consequently|Overall|Notably|Further|Subsequently|Earlier|Here|There|By|Through|Given|To|Ahead|Prior|Since|Once|Apart|Besides|Along)\b/;
const LATER_OPENER =
  /^(?:within|in|on|at|during|after|amid|under|with|for|as|while|despite|following)\b/;

const depthOf = (text: string) =>
  (text.match(/[([]/g)?.length ?? 0) - (text.match(/[)\]]/g)?.length ?? 0);

/**
 * "In a reception of the Minister of Land, Infrastructure and Transport, A, …": the commas of a
 * portfolio's list (and the name after it) are inside the opening phrase.
 */
const PORTFOLIO_SO_FAR = /\b(?:Minister|Ministry|Department)\s+(?:of|for)\s+\p{Lu}[\p{L}\s,-]*$/u;
const LIST_GOES_ON = /^\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*(?:,|\s+and\s+\p{Lu})/u;

const insidePortfolio = (before: string, after: string) =>
  PORTFOLIO_SO_FAR.test(before) && LIST_GOES_ON.test(after);

/** Where the opening phrases of a sentence end (its start when it has none). */
export function leadEnd(text: string, start: number, end: number): number {
  let at = start;
  for (let round = 0; round < 3; round += 1) {
    const rest = text.slice(at, Math.min(end, at + 260));
    const opener = round === 0 ? OPENER : LATER_OPENER;
    if (!opener.test(rest) && !/^[A-Z][a-z]+ly,/.test(rest)) break;
    let comma = -1;
    for (let i = rest.indexOf(','); i >= 0; i = rest.indexOf(',', i + 1)) {
      // "On March 4, 2024, …": the comma inside a date ends no phrase; "On March 4, X met" does
      const inDate = /\d$/.test(rest.slice(0, i)) && /^,\s*(?:19|20)\d\d\b/.test(rest.slice(i));
      if (
        depthOf(rest.slice(0, i)) === 0 &&
        !inDate &&
        !insidePortfolio(rest.slice(0, i), rest.slice(i + 1))
      ) {
        comma = i;
        break;
      }
    }
    if (comma < 0) break;
    at += comma + 1;
    while (at < end && /\s/.test(text[at])) at += 1;
    // "During the meeting with A, the Foreign Minister of Tuvalu, both …": A's office goes too
    const office = APPOSITION.exec(text.slice(at, Math.min(end, at + 140)));
    if (office) at += office[0].length;
    // "In his meeting with the Ambassador of Sudan, Mr. A, the Minister …": A's name goes too
    const named =
      OFFICE_MET.test(rest.slice(0, comma)) && NAME_APPOSITION.exec(text.slice(at, end));
    if (!office && named) at += named[0].length;
  }
  return at;
}

/** An office in apposition after a name: "the Foreign Minister of Tuvalu, ". */
const APPOSITION =
  /^(?:the|his|her)\s+(?:[\p{L}’'-]+\s+){0,6}?(?:Minister|President|Ambassador|Secretary|Commissioner|Chairperson|counterpart)\b[^,.;:]{0,60},\s+/u;

/** An opening phrase that ends with the office of the one met: "In his meeting with the Ambassador of Sudan". */
const OFFICE_MET =
  /\b(?:Ambassador|Minister|President|counterpart|Commissioner|Secretary|envoy)(?:-designate)?(?:\s+(?:of|to|for)\s+[^,]{1,60})?$/i;

/** The name of that office's holder, before the clause's own subject: "H.E. Mr. A B, the …". */
const NAME_APPOSITION =
  /^(?:H\.\s?E\.\s+|His Excellency\s+|Her Excellency\s+)?(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]+,\s+(?=(?:the|he|she|Mr|Mrs|Ms|Dr|Minister|President)\b)/u;

/** "medium-sized", "Saudi-led": the second word of a compound adjective is no verb. */
const COMPOUND_ADJECTIVE =
  /^(?:sized|based|owned|led|related|oriented|funded|backed|driven|run|made)$/i;

/** Verbs that a noun phrase carries after a comma: "The meeting, co-chaired by …, reviewed". */
const REDUCED_RELATIVE = /^(?:[a-z-]+ed|held|led|made|known|published|issued|sent|given|seen)$/;

const inside = (spans: Span[], token: Token) =>
  spans.some((s) => s.start <= token.start && token.end <= s.end);

/**
 * "medium-sized", "Saudi-led": compound adjectives; "the firms linked to the energy chain was
 * emphasised": a participle after its noun, when the clause's own auxiliary comes later.
 */
function adjectival(window: Token[], i: number): boolean {
  const token = window[i];
  const before = window[i - 1];
  if (before?.text === '-' && COMPOUND_ADJECTIVE.test(token.text)) return true;
  return (
    /ed$/.test(token.text) &&
    (/^(?:NOUN|PROPN)$/.test(before?.pos ?? '') || before?.text === ')') &&
    /^(?:to|with|by|from)$/i.test(window[i + 1]?.text ?? '') &&
    window.slice(i + 2).some((t) => /^(?:was|were|is|are)$/i.test(t.text))
  );
}

/**
 * The main verb of a clause: the first verb outside parentheses, names and offices, and
 * outside a participle phrase set off by commas.
 */
export function mainVerb(
  tokens: Token[],
  start: number,
  end: number,
  skip: Span[],
): Token | undefined {
  const window = tokensIn(tokens, start, end);
  let depth = 0;
  // "A, Minister of Tourism, received on Sunday B": a participle after a comma with no other
  // verb in its clause is the main verb after all
  let participle: Token | undefined;
  for (let i = 0; i < window.length; i += 1) {
    const token = window[i];
    if (token.text === '(' || token.text === '[') depth += 1;
    if (token.text === ')' || token.text === ']') depth = Math.max(0, depth - 1);
    // "The Prime Minister, who recalled the old ties, noted …": the aside has its own verb
    if (!depth && /^(?:who|which)$/i.test(token.text) && window[i - 1]?.text === ',') {
      const close = window.findIndex((t, j) => j > i && t.text === ',');
      if (close > 0) {
        i = close;
        continue;
      }
    }
    if (depth || !isVerb(token) || inside(skip, token)) continue;
    const after = window[i + 1]?.text ?? '';
    if (
      window[i - 1]?.text === ',' &&
      REDUCED_RELATIVE.test(token.text) &&
      /^(?:by|in|on|at|with|via|from|for)$/i.test(after)
    ) {
      participle ??= token;
      // skip to the comma that closes the phrase
      while (i + 1 < window.length && window[i + 1].text !== ',') i += 1;
      continue;
    }
    if (/^(?:to)$/i.test(window[i - 1]?.text ?? '') || adjectival(window, i)) continue;
    if (
      token.pos === 'VERB' &&
      /ing$/.test(token.text) &&
      !/^(?:is|are|was|were|be)$/i.test(window[i - 1]?.text ?? '')
    )
      continue;
    return token;
  }
  // "The government of Peru plans to expand …", with "plans" read as a noun
  for (let i = 0; i + 2 < window.length; i += 1) {
    const [token, to, verb] = window.slice(i, i + 3);
    if (to.text === 'to' && isVerb(verb) && /s$/.test(token.text) && !inside(skip, token))
      return token;
  }
  return participle;
}

/** Where a new clause may start: ", and the sides agreed", "; they", ", saying his country …". */
const COMMA_BREAK = /(?:,\s*and|;|,\s*while|,\s*whereas|,\s*but|,\s*saying)\s+(?=\S)/g;
/** " and " starts a clause only before a subject: "and discussions focused on …". */
const AND_BREAK =
  /\band\s+(?=(?:both|they|he|she|discussions|talks|the (?:two|sides|parties|talks|discussions|meeting|ministers|leaders)|(?:also )?(?:agreed|decided|pledged))\b)/g;

/** The clauses of a sentence after its opening phrases, each with its subject and verb. */
export function clausesOf(
  text: string,
  tokens: Token[],
  range: Span,
  skip: Span[],
  forced: number[] = [],
): Clause[] {
  const { start, end } = range;
  const words = text.slice(start, end);
  const at = (m: RegExpMatchArray) => start + (m.index ?? 0) + m[0].length;
  const breaks = [...words.matchAll(COMMA_BREAK), ...words.matchAll(AND_BREAK)].map(at);
  const candidates = [...new Set([...breaks, ...forced.filter((f) => f > start && f < end)])].sort(
    (a, b) => a - b,
  );
  const clauses: Clause[] = [];
  let from = start;
  for (const next of [...candidates, end]) {
    if (next <= from) continue;
    const verb = mainVerb(tokens, from, next, skip);
    if (next !== end && !forced.includes(next)) {
      // a break that does not start a subject and a verb of its own stays in this clause
      const following = mainVerb(tokens, next, Math.min(end, next + 80), skip);
      if (!verb || !following || following.start - next > 60) continue;
      // "trade, economic, and scientific cooperation and utilize …" is a list, not a clause
      const lead = tokensIn(tokens, next, following.start);
      if (/^(?:and|or)$/i.test(lead[lead.length - 1]?.text ?? '')) continue;
    }
    // "The Minister, who recalled the ties of A and B, noted …": the aside names no subject
    const aside = verb ? /,\s*(?:who|which)\b/i.exec(text.slice(from, verb.start)) : null;
    clauses.push({
      start: from,
      end: next,
      subject: { start: from, end: aside ? from + (aside.index ?? 0) : (verb?.start ?? from) },
      verb,
    });
    from = next;
  }
  return clauses;
}
