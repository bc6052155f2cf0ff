/** Words that report a meeting, and the words around them that make it no meeting here. */

/** Nouns that name the meeting itself: "The talks, which …", "During the meeting, which …". */
export const MEETING_NOUN = 'meeting|talks|call|conversation|discussions?|consultations|session';

/** Words that report a meeting, a call or talks. */
export const MEET =
  /\b(?:met|meets|meet(?= with)|meeting|meetings|talks|negotiations|talked|talking(?= with)|audience(?= with)|conversations?|phone calls?|telephone calls?|call(?= with)|called on|(?<=(?:farewell|courtesy|introductory) )call on|phoned|spoke(?= (?:with|to|by|over))|conferred|engaged(?= with\b)|discussions?(?= (?:held |today |yesterday |(?:on|this) \w+day |(?:earlier|later|on) \w+ )?with| (?!(?:he|she|they|we)\b)[^;,]{1,40}? (?:had|held) (?:was )?with)|discussions?(?=[^.;]{0,80}? between )|discussed,? with|(?<=discussed [\w ,-]{1,50}? )with(?= [A-Z])|visited(?= [A-Z])|consultations|working sessions?(?= with)|received|receiving|hosted|(?<=\b(?:a|the) (?:recent |special |official |separate )?)reception(?= (?:for|of|with)\b)|co-chaired|(?<=\b(?:held|had|hosted|gave|offered|joined) (?:a |an )?(?:working |official |state |private |informal |bilateral )?)(?:lunch|luncheon|dinner|breakfast)(?= (?:with|for)\b)|summit(?= between)|exchanged views|(?<=(?:held|had) (?:an |another |a )?(?:brief |fraternal |cordial |fruitful |useful |warm |frank )?)exchange(?= with)|video ?conference|videoconference|teleconference meeting|teleconference(?= with)|dialled|dialed|courtesy call|told(?= (?:his |her |their |the )?visiting\b(?! (?:\S+ ){0,2}(?:reporters|journalists?|media|press|students|businesspeople|executives)\b))|(?<=courtesy )visit(?= to\b)|(?<=\ba )visit(?= to (?:the )?(?:President|Prime Minister|King|Queen|Emir|Chancellor|Speaker)\b))\b/gi;

const FUTURE =
  /\b(?:will|would|shall|to(?!\s+(?:a|an|the)\s)|plans? to|planning to|scheduled to|due to|expected to|set to|upcoming|next|future|invit\w+ \w+ to|ahead of|(?:lined up|slated|scheduled) for)\s+(?:[“"‘']?\w+[”"’']?\s+){0,2}$/i;
/** "a meeting will be held between …": planned, said after the word for the meeting. */
const FUTURE_AFTER =
  /^\s+(?:will|would|shall|is to|are to|is expected to|is scheduled to|is due to)\s+(?:be\s+held|take\s+place|convene)\b/i;
const RECALLED =
  /\b(?:recall\w*|referring to|previous|earlier(?! (?:in the day|today|that day|on the same day))|last (?:week|month|year)|(?:came|comes)\b[^.]{0,40}\bafter|since|follow(?:s|ed|ing)?[ -]up on)\b[^.]*$/i;

const EARLIER_MEETINGS =
  /\bthe\s+(?:recent|previous|past|numerous|many|several|frequent)\s+(?:[\w-]+\s+)?$/i;

/** "Earlier, X also met Y": a meeting of the same visit, told after the main one. */
const sameVisit = (sentence: string) =>
  /^\s*Earlier,\s+[^,.;]{0,60}?\b(?:met|held (?:\w+ )?(?:talks|meetings?)|called on|received)\b/.test(
    sentence,
  ) && !/\b(?:had|(?:19|20)\d\d)\b/.test(sentence);

/** A meeting word opening its sentence as the subject of what the talks covered. */
const SPOKEN_OF = /^[\s•·*“"‘'-]*(?:the|our|their|his|her)\s+(?:[\p{Ll}-]+\s+){0,2}$/iu;
const TALKS_DID =
  /^\s+(?:centred|centered|focused|focussed|covered|touched|dwelt|revolved|included|lasted|took place)\b(?![^.;]*\b(?:between|with)\b)/i;

/** "The meeting between the two trade officials came amid …": the meeting already told. */
const BETWEEN_THE_TWO =
  /^\s+between\s+the\s+two\s+(?:[\w-]+\s+)?(?:officials|ministers|sides|leaders|diplomats|delegations|envoys)\b/i;

const HELD_CAPITAL = /\b(?:held|had|hold|holds)\s+(?:\p{Lu}\p{Ll}+\s+)?$/u;

/** "X (right) is seen with Y", "pictured with": a photo's caption, not a meeting. */
const CAPTION =
  /\((?:right|left|centre|center|middle|[LRC])\)|\b(?:is|are|was|were) (?:seen|pictured|shown)\b|\bpictured\b|\b(?:photo\w*|image|picture)\b[^.]{0,120}\bshowing\b/i;

/** "announced the launch of free trade negotiations with A and B": a process, not a meeting. */
const PROCESS =
  /\b(?:launch(?:ed|es|ing)?|announc\w+|start(?:ed|s)?|resum\w+|conclu\w+)\s+(?:(?:the|of|a|new|its|free|trade|formal|bilateral)\s+){0,5}$/i;

/**
 * "to co-chair with B an online meeting with their counterparts from three other nations":
 * a gathering the two sides took part in together, not a meeting with each of the others.
 */
const WITH_OTHERS =
  /^\s+with\s+their\s+(?:[\w-]+\s+)?counterparts\s+(?:from|of)\s+(?:the\s+)?(?:[\w-]+\s+)?other\b/i;

/**
 * The meeting word `word` at `at` reports no meeting of this sentence: planned, recalled, a name
 * ("Leaders' Meeting"), a caption, a process, or the talks spoken of.
 */
export function reportsNoMeeting(
  text: string,
  sentence: { content: number; end: number },
  word: string,
  at: number,
): boolean {
  const content = text.slice(sentence.content, sentence.end);
  const before = text.slice(sentence.content, at);
  const after = text.slice(at + word.length, at + word.length + 40);
  // "Leaders' Meeting", "COP 28 Summit"; not "held Bilateral Talks with"
  if (/^\p{Lu}/u.test(word) && before.trim() && !HELD_CAPITAL.test(before)) return true;
  return (
    FUTURE.test(before.slice(-40)) ||
    (RECALLED.test(before) && !sameVisit(content)) ||
    // "reflected by the recent five meetings held between A and B": earlier meetings, counted
    (/^meetings$/i.test(word) && EARLIER_MEETINGS.test(before)) ||
    CAPTION.test(before.slice(-160)) ||
    (/^negotiations$/i.test(word) && PROCESS.test(before.slice(-60))) ||
    // "The talks centred on …", "Our talks took place at …": the meeting spoken of, not a new one
    (SPOKEN_OF.test(before) &&
      (TALKS_DID.test(after.slice(0, 30)) || BETWEEN_THE_TWO.test(after))) ||
    (/^(?:meeting|conference|videoconference|video conference)$/i.test(word) &&
      WITH_OTHERS.test(text.slice(at + word.length, at + word.length + 80))) ||
    FUTURE_AFTER.test(after)
  );
}

/**
 * "A's four-day visit to Fiji began in Nadi on Monday", "Fiji is the second leg of his tour":
 * the visit as a whole, not one of its meetings.
 */
const VISIT_TOLD =
  /\b(?:visit|trip|tour)\b[^.;]{0,40}?\b(?:started|began|begins|starts|opened|kicked off)\b|\b(?:leg|stop|stage)\s+of\s+[^.;]{0,40}?\b(?:visit|trip|tour)\b/i;

export const tellsTheVisit = (sentence: string) => VISIT_TOLD.test(sentence);
