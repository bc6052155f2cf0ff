/** The rank of a speaker's post, as the speakers sheet writes it ("Minister for Foreign Affairs"). */
const RANKS: [RegExp, string][] = [
  [/\b(?:vice|deputy)[- ]?(?:prime minister|premier|chancellor)\b/i, 'MINISTER'],
  [
    /\b(?:prime minister|premier|chancellor|president of the (?:council of ministers|government)|head of government)\b/i,
    'HEAD_OF_GOVERNMENT',
  ],
  [/\b(?:vice|deputy)[- ]?president\b/i, 'OTHER'],
  [/\b(?:president|king|queen|emir|amir|sultan|grand duke|head of state)\b/i, 'HEAD_OF_STATE'],
  [/\b(?:deputy|vice|assistant)[- ]minister\b|\bminister of state\b/i, 'DEPUTY_MINISTER'],
  [/\bminister\b|\bsecretary of state\b|\bsecretary for (?:foreign|external)\b/i, 'MINISTER'],
  [
    /\b(?:ambassador|permanent representative|charg[ée] d'affaires|representative)\b/i,
    'AMBASSADOR',
  ],
];

export function rankOf(post: string): string {
  return RANKS.find(([pattern]) => pattern.test(post))?.[1] ?? 'OTHER';
}
