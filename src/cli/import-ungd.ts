import 'reflect-metadata';
import { SingleBar } from 'cli-progress';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadConfig } from '../common/config';
import { openDatabase } from '../common/database/database';
import { entities } from '../entities';
import { DatasetService } from '../modules/dataset/dataset.service';
import { syncReferenceData } from '../modules/dataset/seed';
import { readTaxonomy } from '../modules/sector/sector-taxonomy';
import { convertCorpus, CorpusReport } from '../modules/ungd-import/convert-corpus';
import { readSpeakers } from '../modules/ungd-import/speakers';
import { runCli } from './run-cli';

const USAGE =
  'usage: npm run import:ungd -- <dir> [--speakers file.xlsx] [--from YEAR --to YEAR] [--out file.json.gz] [--provenance TEXT]';
const FLAGS = new Set(['--speakers', '--from', '--to', '--out', '--provenance']);

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const value = args[at + 1];
  if (value === undefined || FLAGS.has(value)) throw new Error(`${name} needs a value\n${USAGE}`);
  return value;
}

function year(args: string[], name: string): number | undefined {
  const text = option(args, name);
  if (text === undefined) return undefined;
  if (!/^\d{4}$/.test(text))
    throw new Error(`${name} must be a year (YYYY), not ${JSON.stringify(text)}`);
  return Number(text);
}

function summary(report: CorpusReport): string {
  const sectors = [...report.interestsBySector]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([code, n]) => `${code} ${n}`)
    .join(', ');
  const unplaced = [...report.unplaced].map(([code, n]) => `${code} (${n})`).join(', ');
  return [
    `${report.files} statement files, ${report.statements} converted (${report.withSpeaker} with a speaker), ${report.statementsWithFacts} with sector facts`,
    `${report.interests} interests (${report.withPartner} with a partner), ${report.evidence} evidence sentences`,
    `by sector: ${sectors || 'none'}`,
    `unplaced codes: ${unplaced || 'none'}`,
    `bad files: ${report.bad.length ? report.bad.map((b) => `${b.relative}: ${b.reason}`).join('; ') : 'none'}`,
  ].join('\n');
}

/**
 * Converts the UN General Debate Corpus (folders "Session NN - YYYY" of ISO3_NN_YYYY.txt) into
 * a cooperation-atlas/v1 dataset: written to --out (gzip when it ends in .gz), or, without
 * --out, recorded in the configured database through the dataset loader. Twice changes nothing.
 */
runCli(async (args) => {
  const dir = args.find((a, i) => !a.startsWith('--') && !FLAGS.has(args[i - 1] ?? ''));
  if (!dir) throw new Error(USAGE);
  const began = process.hrtime.bigint();
  const speakersFile = option(args, '--speakers');
  const speakers = speakersFile ? await readSpeakers(speakersFile) : undefined;
  const bar = new SingleBar({ format: 'statements [{bar}] {value}/{total} {eta_formatted}' });
  const { dataset, report } = convertCorpus(path.resolve(dir), readTaxonomy(), {
    from: year(args, '--from'),
    to: year(args, '--to'),
    speakers,
    provenance: option(args, '--provenance'),
    progress: (done, total) => (done === 0 ? bar.start(total, 0) : bar.update(done)),
  });
  bar.stop();
  const out = option(args, '--out');
  if (out) {
    const json = Buffer.from(`${JSON.stringify(dataset)}\n`, 'utf8');
    mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
    writeFileSync(out, out.endsWith('.gz') ? gzipSync(json, { level: 9 }) : json);
  } else {
    const database = await openDatabase(loadConfig(), { entities });
    try {
      await syncReferenceData(database.dataSource);
      const result = await new DatasetService(database.dataSource).import(
        dataset,
        undefined,
        'import:ungd',
      );
      if (result.userErrors.length) {
        for (const problem of result.userErrors.slice(0, 20)) console.error(problem.message);
        throw new Error(`${result.userErrors.length} problem(s); nothing was written.`);
      }
      console.log(`recorded: ${result.changes} row change(s)`);
    } finally {
      await database.close();
    }
  }
  const seconds = Number(process.hrtime.bigint() - began) / 1e9;
  console.log(
    `${summary(report)}\n${out ? `wrote ${out}` : 'loaded into the database'} in ${seconds.toFixed(1)} s`,
  );
});
