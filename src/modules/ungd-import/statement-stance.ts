import { Stance, stanceOf } from '../extraction/stance';

/**
 * The report rules of stance.ts read reported speech ("stressed", "called for"); a statement
 * speaks in the first person and the present ("we stress", "we call for"). The same stances in
 * the same order of strength, with the present forms added.
 */
const PRESENT: [Stance, RegExp][] = [
  ['AGREED', /\b(?:agrees|sign|signs)\b/i],
  [
    'PROPOSED',
    /\b(?:propose|proposes|suggest|suggests|call for|calls for|call on|calls on|call upon|calls upon|urge|urges|offers)\b/i,
  ],
  ['INTERESTED', /\b(?:seek|wish to|wishes to|intend to|intends to|look forward to)\b/i],
  [
    'HIGHLIGHTED',
    /\b(?:stress|stresses|emphasi[sz]e|emphasi[sz]es|underline|underlines|underscore|underscores|highlight|highlights|attach(?:es)? (?:great |particular |special )?importance)\b/i,
  ],
];

export function statementStance(sentence: string): Stance {
  const reported = stanceOf(sentence);
  for (const [stance, pattern] of PRESENT) {
    if (stance === reported) return reported;
    if (pattern.test(sentence)) return stance;
  }
  return reported;
}
