import 'reflect-metadata';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { buildDraft, EngineContext } from '../../../src/modules/extraction/draft-builder';
import { Gazetteer } from '../../../src/modules/extraction/gazetteer';
import { normalizeName } from '../../../src/modules/extraction/people';
import { SectorMatcher } from '../../../src/modules/extraction/sector-matcher';
import { readTaxonomy } from '../../../src/modules/sector/sector-taxonomy';

export interface Expected {
  parties: string[];
  date: string | null;
  kind: string;
  city: string | null;
  participants: [string, string][];
  /** "<party> <top-level sector>" */
  interests: string[];
}

export interface Case {
  id: string;
  publishedAt?: string;
  text: string;
  expected: Expected;
}

export function loadCases(file: string): Case[] {
  return JSON.parse(readFileSync(path.join(__dirname, file), 'utf8')) as Case[];
}

export const DEV_FILES = readdirSync(__dirname).filter((f) => /^reports-.*\.json$/.test(f));

export function engineContext(): EngineContext {
  const sectors = readTaxonomy().map((s) => ({ ...s, top: s.parent ?? s.code }));
  return { gazetteer: new Gazetteer(), sectors, matcher: new SectorMatcher(sectors), people: [] };
}

export interface Score {
  reports: number;
  partiesExact: number;
  dateExact: number;
  kindExact: number;
  cityExact: number;
  sectorPrecision: number;
  sectorRecall: number;
  participantRecall: number;
  misses: string[];
}

/** Scores drafts the way the targets are stated: per report, and over (party, top-level sector) pairs. */
export function score(cases: Case[], context = engineContext()): Score {
  const top = new Map(context.sectors.map((s) => [s.code, s.top]));
  let parties = 0;
  let dates = 0;
  let kinds = 0;
  let cities = 0;
  let truePairs = 0;
  let foundPairs = 0;
  let expectedPairs = 0;
  let peopleHit = 0;
  let peopleExpected = 0;
  const misses: string[] = [];
  for (const item of cases) {
    const draft = buildDraft(item.text, item.publishedAt, context);
    const got = draft.parties.map((p) => p.code).sort();
    if (JSON.stringify(got) === JSON.stringify([...item.expected.parties].sort())) parties += 1;
    else misses.push(`${item.id}: parties ${got.join(',')}`);
    if ((draft.date?.date ?? null) === item.expected.date) dates += 1;
    else misses.push(`${item.id}: date ${draft.date?.date}`);
    if (draft.kind === item.expected.kind) kinds += 1;
    if ((draft.city ?? null) === item.expected.city) cities += 1;
    const pairs = new Set(
      draft.interests.map((i) => `${i.party} ${top.get(i.sector) ?? i.sector}`),
    );
    const expected = new Set(item.expected.interests);
    foundPairs += pairs.size;
    expectedPairs += expected.size;
    for (const pair of pairs) {
      if (expected.has(pair)) truePairs += 1;
      else misses.push(`${item.id}: extra ${pair}`);
    }
    for (const pair of expected) if (!pairs.has(pair)) misses.push(`${item.id}: missing ${pair}`);
    for (const [name, party] of item.expected.participants) {
      peopleExpected += 1;
      const hit = draft.participants.some(
        (p) => normalizeName(p.name) === normalizeName(name) && p.party === party,
      );
      if (hit) peopleHit += 1;
      else misses.push(`${item.id}: participant ${name} (${party})`);
    }
  }
  const n = cases.length;
  return {
    reports: n,
    partiesExact: parties / n,
    dateExact: dates / n,
    kindExact: kinds / n,
    cityExact: cities / n,
    sectorPrecision: foundPairs ? truePairs / foundPairs : 0,
    sectorRecall: expectedPairs ? truePairs / expectedPairs : 0,
    participantRecall: peopleExpected ? peopleHit / peopleExpected : 0,
    misses,
  };
}
