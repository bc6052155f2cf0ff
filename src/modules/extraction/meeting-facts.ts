import { Gazetteer, PartyMention } from './gazetteer';
import { Sentence } from './report-text';

export type DraftKind =
  | 'PHONE_CALL'
  | 'VIDEO_CONFERENCE'
  | 'OFFICIAL_VISIT'
  | 'SUMMIT'
  | 'COMMISSION_SESSION'
  | 'POLITICAL_DIALOGUE'
  | 'PARLIAMENTARY_VISIT'
  | 'MULTILATERAL_MEETING'
  | 'BILATERAL_MEETING';

const KIND_RULES: [RegExp, DraftKind][] = [
  [
    /\b(phone call|telephone (call|conversation|talks)|phone (conversation|talks)|(spoke|talked|held talks) (by|over the) (tele)?phone|phoned|called (his|her) counterpart)\b/i,
    'PHONE_CALL',
  ],
  [
    /\b(video ?conference|video call|videoconference|video link|virtual (meeting|talks|format)|online (meeting|format))\b/i,
    'VIDEO_CONFERENCE',
  ],
  [
    /\b(session of the (joint|intergovernmental) commission|(joint|intergovernmental) commission (met|session|held))\b/i,
    'COMMISSION_SESSION',
  ],
  [
    /\b(political consultations|political dialogue (meeting|round|session))\b/i,
    'POLITICAL_DIALOGUE',
  ],
  [/\bsummit\b/i, 'SUMMIT'],
  [/\b(official|state|working) visit\b/i, 'OFFICIAL_VISIT'],
];

/** The kind of engagement, from the words of the first paragraphs. */
export function meetingKind(lead: string, parties: number): DraftKind {
  for (const [pattern, kind] of KIND_RULES) if (pattern.test(lead)) return kind;
  return parties > 2 ? 'MULTILATERAL_MEETING' : 'BILATERAL_MEETING';
}

/** "BAKU, Azerbaijan, May 23" at the top, else "in <capital>" in the first paragraphs. */
export function meetingCity(
  sentences: Sentence[],
  mentions: PartyMention[],
  gazetteer: Gazetteer,
  kind: DraftKind,
): { city: string; start: number; end: number } | undefined {
  if (kind === 'PHONE_CALL' || kind === 'VIDEO_CONFERENCE') return undefined;
  for (const sentence of sentences.slice(0, 4)) {
    const dateline = /^([A-Z][A-Z .'-]{2,30}),\s/.exec(sentence.text);
    if (dateline) {
      const city = dateline[1]
        .toLowerCase()
        .replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase())
        .trim();
      return { city, start: sentence.start, end: sentence.start + dateline[1].length };
    }
  }
  const lead = sentences.slice(0, 5);
  for (const mention of mentions) {
    if (mention.kind !== 'capital') continue;
    const sentence = lead.find((s) => s.start <= mention.start && mention.end <= s.end);
    if (!sentence) continue;
    const before = sentence.text.slice(0, mention.start - sentence.start);
    if (/\b(in|at|to|visiting|visit to)\s+$/.test(before) && gazetteer.cityCountry(mention.text)) {
      return { city: mention.text, start: mention.start, end: mention.end };
    }
  }
  return undefined;
}

/** Countries named as the setting of something else: "the 44-day war with Armenia". */
const BACKGROUND_BEFORE =
  /\b(war|wars|conflict|clashes|tensions|aggression|occupation|occupied|border|dispute|hostilities|fighting|invasion|attack|attacks|sanctions|tensions)\s+(with|against|by|of|between|on|from)\s+(the\s+)?$|\b(against|from)\s+(the\s+)?$/i;

export function isBackground(text: string, mention: PartyMention): boolean {
  const before = text.slice(Math.max(0, mention.start - 60), mention.start);
  return BACKGROUND_BEFORE.test(before);
}
