import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { projectRoot } from '../common/project-root';
import { convertHistory, Snapshot } from '../modules/history-import/convert';
import { readCorpus } from '../modules/history-import/corpus';
import { qualityMarkdown } from '../modules/history-import/quality';
import { readTaxonomy } from '../modules/sector/sector-taxonomy';
import { gitCommit, option, positional } from './cli-options';
import { runCli } from './run-cli';

const USAGE =
  'usage: npm run import:history -- <dir> [--out datasets/us-history-state.json.gz] ' +
  '[--quality docs/history-import-quality.md] [--travels-commit SHA] [--visits-commit SHA]';

/** "commit 3170c77… (2026-07-18)" from the flag, or from git when the checkout is a clone. */
function commitOf(dir: string, given: string | undefined): string {
  if (given) return `commit ${given}`;
  const commit = gitCommit(dir);
  return commit ? `commit ${commit.sha} (${commit.date})` : 'of an unrecorded commit';
}

/**
 * Converts the Office of the Historian's travels and visits (checkouts of HistoryAtState/travels
 * and HistoryAtState/visits in <dir>) into a cooperation-atlas/v1 dataset. The same input
 * always writes the same bytes; a path ending in .gz is gzip-compressed.
 */
runCli(async (args) => {
  const dir = positional(args);
  if (!dir) throw new Error(USAGE);
  const root = projectRoot();
  const out = path.resolve(
    option(args, '--out') ?? path.join(root, 'datasets', 'us-history-state.json.gz'),
  );
  const quality = option(args, '--quality');
  const began = process.hrtime.bigint();
  const corpus = readCorpus(dir);
  const snapshot: Snapshot = {
    travels: commitOf(corpus.travelsDir, option(args, '--travels-commit')),
    visits: commitOf(corpus.visitsDir, option(args, '--visits-commit')),
  };
  const { dataset, report } = convertHistory(corpus, readTaxonomy(), snapshot);
  const json = Buffer.from(`${JSON.stringify(dataset)}\n`, 'utf8');
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, out.endsWith('.gz') ? gzipSync(json, { level: 9 }) : json);
  if (quality) {
    const shown = path.relative(root, out);
    writeFileSync(path.resolve(quality), qualityMarkdown(report, snapshot, shown));
  }
  const seconds = Number(process.hrtime.bigint() - began) / 1e9;
  const records =
    report.records.presidentTrips + report.records.secretaryTrips + report.records.visits;
  console.log(
    `${records} records -> ${report.meetings} meetings (${report.mergedRecords} records merged into ${report.mergedMeetings}), ` +
      `${report.people} people, ${report.interests} interests; wrote ${out} in ${seconds.toFixed(1)} s`,
  );
});
