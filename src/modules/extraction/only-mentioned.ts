import { NameCandidate } from './names';
import { TitleSpan } from './titles';
import { OCCASION_OF } from './topic-countries';

const NOT_PARTICIPANT = /\b(?:spokes(?:person|man|woman)|press secretary|former|late)\b/i;
/** "conveyed greetings of Foreign Minister X": the one whose greetings are brought is absent. */
const SENT_BY =
  /\b(?:greetings|regards|wishes|message|letter)\s+(?:of|from)\s+(?:the\s+)?[^.,;]{0,60}$/i;
/** "the letter sent on 8 January by A to B": who wrote or got an earlier letter is not present. */
const PAST_LETTER =
  /\b(?:letter|message|note)\s+(?:[\w-]+\s+){0,2}(?:sent|written|dated)\b[^;!?\n]{0,120}\b(?:by|to)\s+(?:\p{Lu}[\p{L}.’']*\s+){0,4}$/iu;
/** "President Lula's vice-president was also present": the one named is only mentioned. */
const THROUGH_OTHER =
  /^['’]s\s+(?:vice-president|vice president|deputy|envoy|spokes\w+|advis[eo]r|predecessor|successor|wife|husband|government|administration)\b/i;
/** "officials from the administration of President A": A is whom they serve, not who met. */
const SERVED = /\b(?:administration|government|cabinet|team|officials)\s+of\s+(?:the\s+)?$/i;
/** "the special envoy of … President X": X sent the envoy and is only mentioned. */
const SENDER_OFFICE =
  /\b(?:envoy|emissary|messenger|message)\s+(?:of|from)\b.*\b(?:President|King|Prime Minister|Emir|Amir|Sultan|Crown Prince)[\s,]*$/i;

/** "the government of president-elect X": X is only mentioned through others. */
const THROUGH_OTHERS_BEFORE =
  /\b(?:government|administration|cabinet|representatives?|envoys?|emissary|behalf)\s+(?:of|from)\s+(?:the\s+)?$/i;

/** "after President X came to power": a time told by someone's rise, not a participant. */
const ROSE_TO_OFFICE =
  /^\s+(?:came to power|took office|assumed (?:office|power)|was (?:elected|sworn in|inaugurated))\b/i;
const TIME_BEFORE = /\b(?:after|since|before|when|until)\s+$/i;

function roseToOffice(text: string, from: TitleSpan, candidate: NameCandidate): boolean {
  return (
    ROSE_TO_OFFICE.test(text.slice(candidate.end, candidate.end + 30)) &&
    TIME_BEFORE.test(text.slice(Math.max(0, from.start - 12), from.start))
  );
}

/** A spokesperson, a former office holder, a sender or a leader served: never a participant. */
export function onlyMentioned(
  text: string,
  candidate: NameCandidate,
  title: TitleSpan | undefined,
  before: TitleSpan | undefined,
): boolean {
  const titleText = title ? text.slice(title.start, title.end) : undefined;
  const lead = text.slice(Math.max(0, candidate.start - 14), candidate.start);
  return (
    (!!titleText &&
      (NOT_PARTICIPANT.test(titleText) || (title === before && SENDER_OFFICE.test(titleText)))) ||
    (!!title && SERVED.test(text.slice(Math.max(0, title.start - 30), title.start))) ||
    NOT_PARTICIPANT.test(lead) ||
    SENT_BY.test(
      text.slice(Math.max(0, (title?.start ?? candidate.start) - 40), candidate.start),
    ) ||
    PAST_LETTER.test(text.slice(Math.max(0, candidate.start - 200), candidate.start)) ||
    throughOthers(text, before ?? candidate, candidate) ||
    roseToOffice(text, before ?? candidate, candidate)
  );
}

/** "on the sidelines of the inauguration of Namibia's President, X": the occasion, not a side. */
const OCCASION_OF_OFFICE = new RegExp(`\\b${OCCASION_OF}(?:[^\\s.;]+\\s+){0,8}$`, 'i');

/** "the government of president-elect X", "X's envoy": X is named through others. */
function throughOthers(text: string, from: TitleSpan, candidate: NameCandidate): boolean {
  return (
    THROUGH_OTHERS_BEFORE.test(text.slice(Math.max(0, from.start - 40), from.start)) ||
    OCCASION_OF_OFFICE.test(text.slice(Math.max(0, from.start - 80), from.start)) ||
    THROUGH_OTHER.test(text.slice(candidate.end, candidate.end + 30))
  );
}
