import 'reflect-metadata';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import countries from 'world-countries';
import { resolve } from 'node:path';
import { projectRoot } from '../common/project-root';
import { buildDraft } from '../modules/extraction/draft-builder';
import { Gazetteer } from '../modules/extraction/gazetteer';
import { SectorMatcher } from '../modules/extraction/sector-matcher';
import { readTaxonomy } from '../modules/sector/sector-taxonomy';
import { runCli } from './run-cli';

/** The seed report, committed as a test fixture (tests/fixtures/README.md). */
const SEED_REPORT = 'tests/fixtures/azernews-2022-08-26-azerbaijan-korea.txt';

/**
 * Extraction speed on one core: the seed report repeated to 5,000 characters, extracted many
 * times after a warm-up; prints the median and 95th percentile in milliseconds.
 */
const SECTORS = [
  'energy',
  'agriculture',
  'tourism',
  'investment',
  'education',
  'transport',
  'health',
];

const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'sen', 'tu', 'vel', 'zar', 'no', 'bek'];
const FIRST = ['Amir', 'Lena', 'Omar', 'Sofia', 'Ivan', 'Nadia', 'Karim', 'Elif', 'Tomas', 'Mei'];

/** A distinct, pronounceable name for the i-th person: "Amir Kalomiov". */
function personName(i: number): string {
  const syllable = (n: number) => SYLLABLES[n % 10];
  const surname = `${syllable(i)}${syllable(Math.floor(i / 10))}${syllable(Math.floor(i / 100))}${syllable(Math.floor(i / 1000))}ov`;
  return `${FIRST[(i * 3) % 10]} ${surname[0].toUpperCase()}${surname.slice(1)}`;
}

/** Writes n short synthetic reports (distinct URL, parties and date each) for `ingest --record`. */
function writeReports(dir: string, n: number): void {
  mkdirSync(dir, { recursive: true });
  const states = countries.filter((c) => c.independent && c.demonyms?.eng?.m && c.capital?.[0]);
  for (let i = 0; i < n; i++) {
    const host = states[i % states.length];
    const guest = states[(i * 7 + 3) % states.length];
    if (host === guest) continue;
    const day = new Date(Date.UTC(2020, 0, 1) + i * 86400000).toISOString().slice(0, 10);
    const [hostName, guestName] = [personName(2 * i), personName(2 * i + 1)];
    const text = [
      `https://bench.example.org/report-${i}`,
      `${day}`,
      `${host.demonyms!.eng.m} Foreign Minister ${hostName} received ${guest.demonyms!.eng.m} Foreign Minister ${guestName} in ${host.capital![0]} today.`,
      `${hostName.split(' ')[1]} stressed cooperation in ${SECTORS[i % 7]} and ${SECTORS[(i + 2) % 7]}.`,
      `${guestName.split(' ')[1]}, for his part, said his country is interested in ${SECTORS[(i + 4) % 7]}.`,
    ].join('\n');
    writeFileSync(`${dir}/report-${String(i).padStart(4, '0')}.txt`, text);
  }
}

runCli(async (args) => {
  if (args[0] === 'reports') return writeReports(args[1], Number(args[2] ?? 1000));
  const runs = Number(args[0] ?? 200);
  const seed = readFileSync(resolve(projectRoot(), SEED_REPORT), 'utf8');
  let text = seed;
  while (text.length < 5000) text += `\n\n${seed}`;
  text = text.slice(0, 5000);
  const sectors = readTaxonomy().map((s) => ({ ...s, top: s.parent ?? s.code }));
  const context = {
    gazetteer: new Gazetteer(),
    sectors,
    matcher: new SectorMatcher(sectors),
    people: [],
  };
  for (let i = 0; i < 20; i++) buildDraft(text, '2022-08-26', context);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    buildDraft(text, '2022-08-26', context);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  console.log(
    `extraction of a ${text.length}-character report, ${runs} runs: median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms`,
  );
});
