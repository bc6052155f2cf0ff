/**
 * Scores what the report reader returned against hand-written labels, as the reports' README
 * (section 3) states it: parties as a set, the date where the label gives one, (party, top-level
 * sector) pairs with BOTH expanded to the parties of its own meeting, people by the last token of
 * the labelled name, and every evidence span checked against the text. Pure: no files, no engine.
 */

export interface GoldPerson {
  name: string;
  party: string;
  title?: string;
}

export interface GoldInterest {
  /** A party code, or BOTH for every party of the meeting. */
  party: string;
  sector: string;
  evidence?: string;
}

export interface GoldMeeting {
  kind: string;
  date: string | null;
  city: string | null;
  parties: string[];
  people: GoldPerson[];
  interests: GoldInterest[];
}

export interface LabelledReport {
  id: string;
  outlet?: string;
  publishedAt?: string | null;
  text: string;
  gold: GoldMeeting & { meetings?: GoldMeeting[] };
}

/** One meeting as the reader returned it, sectors already mapped to their top-level code. */
export interface ReadMeeting {
  kind: string;
  date: string | null;
  city: string | null;
  parties: string[];
  people: { name: string; party: string | null }[];
  interests: { party: string; sector: string }[];
  evidence: { start: number; end: number; text: string }[];
}

export interface ReportScore {
  id: string;
  partiesExact: boolean;
  meetings: number;
  meetingsFound: number;
  extraDrafts: number;
  datesLabelled: number;
  datesRight: number;
  kindsRight: number;
  citiesRight: number;
  /** Per meeting: pairs of matched meetings; every returned and every labelled pair counts. */
  pairs: PairCounts;
  /** The union over the report's meetings, labelled and returned. */
  unionPairs: PairCounts;
  people: number;
  peopleFound: number;
  unionPeopleFound: number;
  spans: number;
  spansExact: number;
  misses: string[];
}

export interface PairCounts {
  returned: number;
  labelled: number;
  right: number;
}

export const goldMeetings = (report: LabelledReport): GoldMeeting[] =>
  report.gold.meetings ?? [report.gold];

const sameSet = (a: string[], b: string[]) =>
  new Set(a).size === new Set(b).size && a.every((x) => b.includes(x));

export function goldPairs(meeting: GoldMeeting): Set<string> {
  return new Set(
    meeting.interests.flatMap((i) =>
      (i.party === 'BOTH' ? meeting.parties : [i.party]).map((p) => `${p} ${i.sector}`),
    ),
  );
}

/**
 * The 22 top-level codes the reports' labels may use (their README, 2.3). The taxonomy has more
 * (migration, human rights, water and sanitation …), which the labels cannot express either way.
 */
export const LABELLED_SECTORS: ReadonlySet<string> = new Set([
  'agriculture',
  'culture',
  'demining',
  'e-government',
  'education',
  'energy',
  'environment',
  'health',
  'humanitarian',
  'ict',
  'investment',
  'mining',
  'multilateral',
  'parliamentary',
  'political-dialogue',
  'reconstruction',
  'science-technology',
  'security',
  'smart-cities',
  'tourism',
  'trade-economy',
  'transport',
]);

/** The meeting with only the pairs whose sector the labels could have given. */
export const withinLabelledSectors = (meeting: ReadMeeting): ReadMeeting => ({
  ...meeting,
  interests: meeting.interests.filter((i) => LABELLED_SECTORS.has(i.sector)),
});

export const readPairs = (meeting: ReadMeeting): Set<string> =>
  new Set(meeting.interests.map((i) => `${i.party} ${i.sector}`));

/** Diacritics and punctuation removed, lowercased, split on white space. */
export const nameTokens = (name: string): string[] =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean);

export function personFound(person: GoldPerson, read: ReadMeeting['people']): boolean {
  const last = nameTokens(person.name).at(-1);
  return read.some((p) => p.party === person.party && !!last && nameTokens(p.name).includes(last));
}

/** Each labelled meeting takes the first unmatched returned meeting with the same party set. */
export function matchMeetings(gold: GoldMeeting[], read: ReadMeeting[]): (number | null)[] {
  const taken = new Set<number>();
  return gold.map((meeting) => {
    const index = read.findIndex((r, i) => !taken.has(i) && sameSet(r.parties, meeting.parties));
    if (index < 0) return null;
    taken.add(index);
    return index;
  });
}

function countPairs(returned: Set<string>, labelled: Set<string>): PairCounts {
  return {
    returned: returned.size,
    labelled: labelled.size,
    right: [...returned].filter((p) => labelled.has(p)).length,
  };
}

const addPairs = (a: PairCounts, b: PairCounts): PairCounts => ({
  returned: a.returned + b.returned,
  labelled: a.labelled + b.labelled,
  right: a.right + b.right,
});

const union = <T>(sets: Set<T>[]) => new Set(sets.flatMap((s) => [...s]));

function pairMisses(tag: string, returned: Set<string>, labelled: Set<string>): string[] {
  return [
    ...[...returned].filter((p) => !labelled.has(p)).map((p) => `${tag}extra pair ${p}`),
    ...[...labelled].filter((p) => !returned.has(p)).map((p) => `${tag}missing pair ${p}`),
  ];
}

/** What one labelled meeting scores against the returned meeting matched to it (if any). */
interface MeetingCounts {
  pairs: PairCounts;
  datesLabelled: number;
  datesRight: number;
  kindsRight: number;
  citiesRight: number;
  people: number;
  peopleFound: number;
}

function scoreMeeting(
  meeting: GoldMeeting,
  got: ReadMeeting | undefined,
  tag: string,
  misses: string[],
): MeetingCounts {
  if (!got) misses.push(`${tag}not found (${meeting.parties.join(',')})`);
  const labelled = goldPairs(meeting);
  const returned = got ? readPairs(got) : new Set<string>();
  if (got) misses.push(...pairMisses(tag, returned, labelled));
  const dated = meeting.date !== null;
  const dateRight = dated && got?.date === meeting.date;
  if (dated && got && !dateRight)
    misses.push(`${tag}date ${got.date ?? '-'} (labelled ${meeting.date})`);
  let peopleFound = 0;
  for (const person of meeting.people) {
    if (got && personFound(person, got.people)) peopleFound += 1;
    else if (got) misses.push(`${tag}person ${person.name} (${person.party})`);
  }
  return {
    pairs: countPairs(returned, labelled),
    datesLabelled: Number(dated),
    datesRight: Number(dateRight),
    kindsRight: Number(!!got && got.kind === meeting.kind),
    citiesRight: Number(!!got && (got.city ?? null) === meeting.city),
    people: meeting.people.length,
    peopleFound,
  };
}

export function scoreReport(report: LabelledReport, read: ReadMeeting[]): ReportScore {
  const gold = goldMeetings(report);
  const match = matchMeetings(gold, read);
  const misses: string[] = [];
  const first = read[0]?.parties ?? [];
  const partiesExact = sameSet(first, report.gold.parties);
  if (!partiesExact)
    misses.push(`parties ${first.join(',') || '-'} (labelled ${report.gold.parties.join(',')})`);
  const counts = gold.map((meeting, m) => {
    const index = match[m];
    return scoreMeeting(
      meeting,
      index === null ? undefined : read[index],
      gold.length > 1 ? `meeting ${m + 1}: ` : '',
      misses,
    );
  });
  const sum = (f: (c: MeetingCounts) => number) => counts.reduce((n, c) => n + f(c), 0);
  const extra = read.filter((_, i) => !match.includes(i));
  let pairs = counts.reduce((total, c) => addPairs(total, c.pairs), {
    returned: 0,
    labelled: 0,
    right: 0,
  });
  for (const draft of extra) {
    pairs = addPairs(pairs, countPairs(readPairs(draft), new Set()));
    misses.push(`extra meeting (${draft.parties.join(',') || '-'})`);
  }
  const allPeople = read.flatMap((r) => r.people);
  const spans = read.flatMap((r) => r.evidence);
  const spansExact = spans.filter((s) => report.text.slice(s.start, s.end) === s.text).length;
  if (spansExact < spans.length)
    misses.push(`${spans.length - spansExact} evidence span(s) not exact`);
  return {
    id: report.id,
    partiesExact,
    meetings: gold.length,
    meetingsFound: match.filter((i) => i !== null).length,
    extraDrafts: extra.length,
    datesLabelled: sum((c) => c.datesLabelled),
    datesRight: sum((c) => c.datesRight),
    kindsRight: sum((c) => c.kindsRight),
    citiesRight: sum((c) => c.citiesRight),
    pairs,
    unionPairs: countPairs(union(read.map(readPairs)), union(gold.map(goldPairs))),
    people: sum((c) => c.people),
    peopleFound: sum((c) => c.peopleFound),
    unionPeopleFound: gold.flatMap((g) => g.people).filter((p) => personFound(p, allPeople)).length,
    spans: spans.length,
    spansExact,
    misses,
  };
}

export interface Totals {
  reports: number;
  partiesExact: number;
  meetings: number;
  meetingsFound: number;
  extraDrafts: number;
  date: number;
  kind: number;
  city: number;
  precision: number;
  recall: number;
  unionPrecision: number;
  unionRecall: number;
  people: number;
  unionPeople: number;
  spansExact: number;
  spans: number;
}

const share = (part: number, whole: number) => (whole ? part / whole : 1);

export function totals(scores: ReportScore[]): Totals {
  const sum = (f: (s: ReportScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const meetings = sum((s) => s.meetings);
  const found = sum((s) => s.meetingsFound);
  return {
    reports: scores.length,
    partiesExact: share(
      sum((s) => Number(s.partiesExact)),
      scores.length,
    ),
    meetings,
    meetingsFound: share(found, meetings),
    extraDrafts: sum((s) => s.extraDrafts),
    date: share(
      sum((s) => s.datesRight),
      sum((s) => s.datesLabelled),
    ),
    kind: share(
      sum((s) => s.kindsRight),
      meetings,
    ),
    city: share(
      sum((s) => s.citiesRight),
      meetings,
    ),
    precision: share(
      sum((s) => s.pairs.right),
      sum((s) => s.pairs.returned),
    ),
    recall: share(
      sum((s) => s.pairs.right),
      sum((s) => s.pairs.labelled),
    ),
    unionPrecision: share(
      sum((s) => s.unionPairs.right),
      sum((s) => s.unionPairs.returned),
    ),
    unionRecall: share(
      sum((s) => s.unionPairs.right),
      sum((s) => s.unionPairs.labelled),
    ),
    people: share(
      sum((s) => s.peopleFound),
      sum((s) => s.people),
    ),
    unionPeople: share(
      sum((s) => s.unionPeopleFound),
      sum((s) => s.people),
    ),
    spansExact: share(
      sum((s) => s.spansExact),
      sum((s) => s.spans),
    ),
    spans: sum((s) => s.spans),
  };
}

const fixed = (n: number) => n.toFixed(2);

/** The figures as printed by `npm run eval:extraction`. */
export function formatTotals(t: Totals): string {
  return [
    `reports                      ${t.reports} (${t.meetings} labelled meetings)`,
    `parties exact (first draft)  ${fixed(t.partiesExact)}`,
    `meetings found               ${fixed(t.meetingsFound)} (${t.extraDrafts} extra drafts)`,
    `date (labelled non-null)     ${fixed(t.date)}`,
    `(party, sector) per meeting  precision ${fixed(t.precision)}  recall ${fixed(t.recall)}`,
    `(party, sector) union        precision ${fixed(t.unionPrecision)}  recall ${fixed(t.unionRecall)}`,
    `named participants           ${fixed(t.people)} per meeting, ${fixed(t.unionPeople)} union`,
    `evidence spans exact         ${fixed(t.spansExact)} of ${t.spans}`,
    `kind / city (per meeting)    ${fixed(t.kind)} / ${fixed(t.city)}`,
  ].join('\n');
}
