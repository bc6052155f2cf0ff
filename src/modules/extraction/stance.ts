export type Stance = 'AGREED' | 'PROPOSED' | 'INTERESTED' | 'HIGHLIGHTED' | 'DISCUSSED';

const STANCES: [RegExp, Stance][] = [
  [
    /\b(agreed|agree|signed|sign|reached (an )?agreement|decided|concluded|inked|concurred)\b/i,
    'AGREED',
  ],
  [
    /\b(proposed|suggested|offered|offer|invited|called for|urged|new opportunities|put forward|initiative|requested)\b/i,
    'PROPOSED',
  ],
  [
    /\b(interested|interest in|interest to|keen|wants|want to|willing|willingness|ready to|eager|seeks|looking to|desire|hope|hopes)\b/i,
    'INTERESTED',
  ],
  [
    /\b(stressed|emphasi[sz]ed|highlighted|underlined|underscored|importance|important|praised|hailed|pointed out|noted)\b/i,
    'HIGHLIGHTED',
  ],
];

/**
 * How a sentence puts what it raises: agreed, proposed, interested, highlighted, or discussed.
 * `joint` is for what both sides said together, which is never one side's emphasis.
 */
export function stanceOf(sentence: string, joint = false): Stance {
  for (const [pattern, stance] of STANCES) {
    if (pattern.test(sentence) && !(joint && stance === 'HIGHLIGHTED')) return stance;
  }
  return 'DISCUSSED';
}
