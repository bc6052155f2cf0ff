import 'reflect-metadata';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { buildDrafts, EngineContext, EngineDraft } from '../modules/extraction/draft-builder';
import { Gazetteer } from '../modules/extraction/gazetteer';
import { SectorMatcher } from '../modules/extraction/sector-matcher';
import { readTaxonomy } from '../modules/sector/sector-taxonomy';
import {
  formatTotals,
  LabelledReport,
  ReadMeeting,
  scoreReport,
  totals,
  withinLabelledSectors,
} from './eval/extraction-score';
import { runCli } from './run-cli';

const USAGE = 'usage: npm run eval:extraction -- <folder of labelled reports> [--summary]';

function engineContext(): EngineContext {
  const sectors = readTaxonomy().map((s) => ({ ...s, top: s.parent ?? s.code }));
  return { gazetteer: new Gazetteer(), sectors, matcher: new SectorMatcher(sectors), people: [] };
}

function asRead(draft: EngineDraft, top: Map<string, string>): ReadMeeting {
  return {
    kind: draft.kind,
    date: draft.date?.date ?? null,
    city: draft.city ?? null,
    parties: draft.parties.map((p) => p.code),
    people: draft.participants.map((p) => ({ name: p.name, party: p.party ?? null })),
    interests: draft.interests.map((i) => ({
      party: i.party,
      sector: top.get(i.sector) ?? i.sector,
    })),
    evidence: [
      ...draft.parties.flatMap((p) => p.evidence),
      ...draft.participants.flatMap((p) => p.evidence),
      ...draft.interests.flatMap((i) => i.evidence),
    ],
  };
}

/**
 * Runs the report reader over a folder of labelled reports (the format of the reports' README)
 * and prints each report's misses, then the figures; `--summary` prints the figures only.
 */
runCli(async (args) => {
  const dir = args.find((a) => !a.startsWith('--'));
  if (!dir) throw new Error(USAGE);
  const summary = args.includes('--summary');
  const context = engineContext();
  const top = new Map(context.sectors.map((s) => [s.code, s.top]));
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  if (!files.length) throw new Error(`no *.json reports in ${dir}`);
  const scores = [];
  const labelledOnly = [];
  const times: number[] = [];
  for (const file of files) {
    const raw = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Omit<LabelledReport, 'id'>;
    const report: LabelledReport = { ...raw, id: basename(file, '.json') };
    const started = process.hrtime.bigint();
    const drafts = buildDrafts(
      report.text,
      { publishedAt: report.publishedAt ?? undefined, outlet: report.outlet },
      context,
    );
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    const read = drafts.map((d) => asRead(d, top));
    const score = scoreReport(report, read);
    scores.push(score);
    labelledOnly.push(scoreReport(report, read.map(withinLabelledSectors)));
    if (!summary && score.misses.length) {
      console.log(`${score.id}:`);
      for (const miss of score.misses) console.log(`  ${miss}`);
    }
  }
  times.sort((a, b) => a - b);
  console.log(formatTotals(totals(scores)));
  const within = totals(labelledOnly);
  console.log(
    `  the labels' 22 codes only   precision ${within.precision.toFixed(2)}  recall ${within.recall.toFixed(2)}`,
  );
  console.log(
    `reading time                 median ${times[times.length >> 1].toFixed(1)} ms per report`,
  );
});
