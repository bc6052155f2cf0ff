import { iso, partialDate, weighted, zipf } from './random';
import { Party, Run } from './reference-data';

const MEETING_KINDS: [string, number][] = [
  ['BILATERAL_MEETING', 30],
  ['OFFICIAL_VISIT', 12],
  ['POLITICAL_DIALOGUE', 10],
  ['PARLIAMENTARY_VISIT', 8],
  ['COMMISSION_SESSION', 8],
  ['PHONE_CALL', 14],
  ['SUMMIT', 4],
  ['MULTILATERAL_MEETING', 4],
  ['VIDEO_CONFERENCE', 6],
  ['OTHER', 4],
];
const STANCES = ['INTERESTED', 'PROPOSED', 'HIGHLIGHTED', 'AGREED', 'DISCUSSED'];

/** [sector, speaking party, partner, speaker person or null, stance] */
type PlannedInterest = [number, number, number, number | null, string];

export interface MeetingPlan {
  /** key, title, kind, start_date, date_precision, host, place, summary */
  row: unknown[];
  parties: Party[];
  date: string;
  interests: PlannedInterest[];
}

/** What meetings are drawn from: parties, sectors, people, and the ranked pairs of states. */
export interface World {
  parties: Party[];
  sectors: { id: number }[];
  peopleByParty: Map<number, number[]>;
  mfa: (party: Party) => number;
  news: (party: Party) => number;
}

/**
 * Draws meetings until `remaining` interests are planned. Pairs of states come in a seeded
 * random order; rank k meets with weight 1 / (k + 3).
 */
export class MeetingPlanner {
  /** How often each pair rank met, for the relations. */
  readonly pairUse = new Map<number, number>();
  readonly pairs: [Party, Party][] = [];
  private readonly pickPair: () => number;
  private readonly spanDays: number;
  private index = 0;

  constructor(
    private readonly run: Run,
    private readonly world: World,
    public remaining: number,
  ) {
    const states = world.parties.filter((party) => party.state);
    for (let i = 0; i < states.length; i += 1) {
      for (let j = i + 1; j < states.length; j += 1) this.pairs.push([states[i], states[j]]);
    }
    for (let i = this.pairs.length - 1; i > 0; i -= 1) {
      const j = Math.floor(run.random() * (i + 1));
      [this.pairs[i], this.pairs[j]] = [this.pairs[j], this.pairs[i]];
    }
    this.pickPair = zipf(this.pairs.length, 1, 3, run.random);
    this.spanDays = Math.round(
      (Date.UTC(run.startYear + run.years, 0, 1) - Date.UTC(run.startYear, 0, 1)) / 864e5,
    );
  }

  nextBatch(size: number): MeetingPlan[] {
    const plans: MeetingPlan[] = [];
    for (let b = 0; b < size && this.remaining > 0; b += 1, this.index += 1) {
      const plan = this.plan();
      this.remaining -= plan.interests.length;
      plans.push(plan);
    }
    return plans;
  }

  private plan(): MeetingPlan {
    const { random, startYear, prefix } = this.run;
    const rank = this.pickPair();
    this.pairUse.set(rank, (this.pairUse.get(rank) ?? 0) + 1);
    const pair = this.pairs[rank];
    const [x, y] = random() < 0.5 ? pair : [pair[1], pair[0]];
    const parties = [x, y];
    const kind = weighted(MEETING_KINDS, random);
    if (kind === 'MULTILATERAL_MEETING' || random() < 0.03) {
      const extra = this.world.parties[Math.floor(random() * this.world.parties.length)];
      if (extra.id !== x.id && extra.id !== y.id) parties.push(extra);
    }
    const day = new Date(Date.UTC(startYear, 0, 1) + Math.floor(random() * this.spanDays) * 864e5);
    const roll = random();
    const precision = roll < 0.85 ? 'DAY' : roll < 0.95 ? 'MONTH' : 'YEAR';
    const start = partialDate(iso(day), precision);
    const codes = parties.map((p) => p.code);
    const row = [
      `${prefix}-meeting-${this.index}`,
      `${kind.toLowerCase().replace(/_/g, ' ')}: ${codes.join('-')}`,
      kind,
      start,
      precision,
      x.id,
      x.id,
      `Synthetic ${kind.toLowerCase()} between ${codes.join(', ')}.`,
    ];
    const count = Math.min(this.remaining, 1 + Math.floor(random() * 10));
    return { row, parties, date: start, interests: this.interests(parties, count) };
  }

  /** `count` distinct interests, each raised by one party towards another. */
  private interests(parties: Party[], count: number): PlannedInterest[] {
    const { random } = this.run;
    const seen = new Set<string>();
    const interests: PlannedInterest[] = [];
    while (interests.length < count) {
      const speaker = parties[Math.floor(random() * parties.length)];
      const others = parties.filter((p) => p.id !== speaker.id);
      const partner = others[Math.floor(random() * others.length)];
      const sectors = this.world.sectors;
      const sector = sectors[Math.floor(random() * sectors.length)].id;
      const stance = STANCES[Math.floor(random() * STANCES.length)];
      const key = `${sector}:${speaker.id}:${partner.id}:${stance}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const people = this.world.peopleByParty.get(speaker.id) ?? [];
      const speakerId =
        random() < 0.5 && people.length ? people[Math.floor(random() * people.length)] : null;
      interests.push([sector, speaker.id, partner.id, speakerId, stance]);
    }
    return interests;
  }
}
