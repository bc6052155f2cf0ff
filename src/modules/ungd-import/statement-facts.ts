import type { Gazetteer } from '../extraction/gazetteer';
import type { SectorMatcher, SectorMention } from '../extraction/sector-matcher';
import type { Stance } from '../extraction/stance';
import { isNotInterest, isSectorUse } from './sector-uses';
import { Sentence, splitSentences } from './sentences';
import { statementStance } from './statement-stance';

/** A sector a statement raises: one per (sector, stance, partner), with its sentences. */
export interface StatementFact {
  sector: string;
  stance: Stance;
  partner?: string;
  /** The sentences (or, for very long ones, the words around the sector) that name it. */
  evidence: Sentence[];
  /** How many sentences named it, of which `evidence` keeps the first few. */
  sentences: number;
}

export interface FactTools {
  matcher: SectorMatcher;
  gazetteer: Gazetteer;
  /** Taxonomy phrases written with a capital (BRICS, Commonwealth): a capital is no name there. */
  proper: Set<string>;
  /** Names of states a partner may be named by (see convert.ts). */
  englishNames: Set<string>;
}

/** Evidence sentences kept per fact: the file ships facts, not speeches. */
export const EVIDENCE_KEPT = 2;
/** Longer sentences are quoted by the words around the sector only. */
const LONGEST_QUOTE = 300;

/**
 * Names the gazetteer gives another state that a speaker uses for itself: "the Congo" in the
 * DR Congo's statements (the Republic of the Congo's common name), "Korea" in the DPRK's.
 */
const OWN_NAMES: Readonly<Record<string, readonly string[]>> = { CD: ['Congo'], KP: ['Korea'] };

/**
 * Parties a sentence names as the one the speaker raises a sector with: a state or
 * organization by name (not a capital or an adjective), other than the speaker and the UN (the
 * forum itself). Two or more named: no single partner, none recorded.
 */
function partnerOf(text: string, sentence: Sentence, party: string, tools: FactTools) {
  const named = new Set(
    tools.gazetteer
      .find(text.slice(sentence.start, sentence.end))
      .filter(
        (m) =>
          !m.compound &&
          !OWN_NAMES[party]?.includes(m.text) &&
          (m.kind === 'organization' || (m.kind === 'name' && tools.englishNames.has(m.text))),
      )
      .map((m) => m.code)
      .filter((code) => code !== party && code !== 'UN'),
  );
  return named.size === 1 ? [...named][0] : undefined;
}

/** The words of a long sentence around one mention, cut at word boundaries. */
function quoteSpan(text: string, sentence: Sentence, mention: SectorMention): Sentence {
  if (sentence.end - sentence.start <= LONGEST_QUOTE) return sentence;
  const half = (LONGEST_QUOTE - (mention.end - mention.start)) / 2;
  let start = Math.max(sentence.start, Math.floor(mention.start - half));
  let end = Math.min(sentence.end, start + LONGEST_QUOTE);
  while (start > sentence.start && start < mention.start && /\S/.test(text[start - 1])) start++;
  while (end < sentence.end && end > mention.end && /\S/.test(text[end])) end--;
  return { start, end };
}

/**
 * The sector facts of one statement by `party`: each sentence that names a sector in a use
 * that is an interest (see sector-uses.ts), with the stance the report rules give the
 * sentence (present forms added: statement-stance.ts) and a partner only where the sentence names one.
 */
export function statementFacts(text: string, party: string, tools: FactTools): StatementFact[] {
  const mentions = tools.matcher.find(text);
  if (!mentions.length) return [];
  const facts = new Map<string, StatementFact>();
  let next = 0;
  for (const sentence of splitSentences(text)) {
    while (next < mentions.length && mentions[next].start < sentence.start) next++;
    const inside: SectorMention[] = [];
    for (let i = next; i < mentions.length && mentions[i].end <= sentence.end; i++) {
      inside.push(mentions[i]);
    }
    if (!inside.length) continue;
    const words = text.slice(sentence.start, sentence.end);
    if (isNotInterest(words)) continue;
    const kept = inside.filter((m) => isSectorUse(text, sentence, m, tools.proper));
    if (!kept.length) continue;
    const stance = statementStance(words);
    const partner = partnerOf(text, sentence, party, tools);
    const seen = new Set<string>();
    for (const mention of kept) {
      const key = `${mention.code}|${stance}|${partner ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const fact = facts.get(key) ?? {
        sector: mention.code,
        stance,
        ...(partner ? { partner } : {}),
        evidence: [],
        sentences: 0,
      };
      fact.sentences++;
      if (fact.evidence.length < EVIDENCE_KEPT) {
        fact.evidence.push(quoteSpan(text, sentence, mention));
      }
      facts.set(key, fact);
    }
  }
  return [...facts.values()];
}
