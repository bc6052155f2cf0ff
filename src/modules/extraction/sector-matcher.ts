export interface SectorTerm {
  code: string;
  name: string;
  /** Code of its top-level sector (itself when top-level). */
  top: string;
  synonyms: string[];
}

/** Phrases that contain a sector word without being about the sector. */
const NOT_SECTORS = [
  'palm oil',
  'olive oil',
  'cooking oil',
  'oil painting',
  'security council',
  'mutual trust',
  'blue economy',
  'creative economy',
  'political commitment',
  'political will',
  // water to drink or irrigate, not oil or gas
  'water pipeline',
  'water pipelines',
  // a body named in lower case: "the head of the research institute"
  'research institute',
  'research center',
  'research centre',
];

/**
 * Words that name a sector only in a list of fields or before "cooperation": "political,
 * economic and cultural ties", but not "political forces" or "political situation".
 */
const LIST_ONLY: Record<string, RegExp> = {
  // "political and technical support" is a kind of backing, not a field
  political:
    /^(?!\s*(?:,|and|or)\s+(?:[\w-]+\s+){0,2}(?:support|backing|assistance|help)\b)\s*(?:,|and\b|or\b|&|cooperation\b|sphere\b|fields?\b|areas?\b|spheres\b)/i,
  // "across politics, diplomacy, economy, trade": a field of a list, not "domestic politics"
  politics: /^\s*,\s*(?:diplomacy|economy|economics|defen[cs]e|security|trade|culture)\b/i,
};

export interface SectorMention {
  code: string;
  start: number;
  end: number;
  text: string;
  /** For an organization named as multilateral cooperation: its party code. */
  body?: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Finds sector phrases, longest first so "alternative energy" wins over "energy". Acronyms
 * written in capitals (ICT, IT, LNG) match only in capitals, so "it" is never a sector.
 */
export class SectorMatcher {
  private readonly exact: RegExp | null;
  private readonly folded: RegExp | null;
  private readonly byPhrase = new Map<string, string>();

  constructor(sectors: SectorTerm[]) {
    const exact: string[] = [];
    const folded: string[] = [...NOT_SECTORS];
    for (const phrase of NOT_SECTORS) this.byPhrase.set(phrase, '');
    for (const sector of sectors) {
      for (const phrase of new Set([
        sector.code.replace(/-/g, ' '),
        sector.name,
        ...sector.synonyms,
      ])) {
        const clean = phrase.trim();
        if (clean.length < 2) continue;
        const acronym = clean === clean.toUpperCase() && /[A-Z]/.test(clean);
        const key = acronym ? clean : clean.toLowerCase();
        if (this.byPhrase.has(key)) continue;
        this.byPhrase.set(key, sector.code);
        (acronym ? exact : folded).push(clean);
      }
    }
    const build = (phrases: string[], flags: string) =>
      phrases.length
        ? new RegExp(
            `(?<![\\p{L}\\p{N}-])(?:${phrases
              .sort((a, b) => b.length - a.length)
              .map(escape)
              .join('|')})(?![\\p{L}\\p{N}-])`,
            flags,
          )
        : null;
    this.exact = build(exact, 'gu');
    this.folded = build(folded, 'giu');
  }

  find(text: string, offset = 0): SectorMention[] {
    const found: SectorMention[] = [];
    for (const [pattern, fold] of [
      [this.folded, true],
      [this.exact, false],
    ] as const) {
      if (!pattern) continue;
      for (const match of text.matchAll(pattern)) {
        const code = this.byPhrase.get(fold ? match[0].toLowerCase() : match[0]);
        if (code === undefined) continue;
        const start = offset + (match.index ?? 0);
        const end = start + match[0].length;
        const guard = LIST_ONLY[match[0].toLowerCase()];
        if (guard && !guard.test(text.slice(end - offset, end - offset + 40))) continue;
        if (found.some((other) => start < other.end && other.start < end)) continue;
        found.push({ code, start, end, text: match[0] });
      }
    }
    found.push(...this.joined(text, offset, found));
    return found.filter((mention) => mention.code !== '').sort((a, b) => a.start - b.start);
  }

  /** "science-technology": a hyphenated pair of sector words is a list of both. */
  private joined(text: string, offset: number, found: SectorMention[]): SectorMention[] {
    const more: SectorMention[] = [];
    for (const match of text.matchAll(/(?<![\p{L}-])\p{L}+(?:-\p{L}+)+(?![\p{L}-])/gu)) {
      const start = offset + (match.index ?? 0);
      if (found.some((o) => start < o.end && o.start < start + match[0].length)) continue;
      const parts = match[0].split('-');
      const codes = parts.map((part) => this.byPhrase.get(part.toLowerCase()));
      if (codes.some((code) => !code)) continue;
      let at = start;
      parts.forEach((part, i) => {
        more.push({ code: codes[i]!, start: at, end: at + part.length, text: part });
        at += part.length + 1;
      });
    }
    return more;
  }
}
