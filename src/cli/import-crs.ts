import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildCrsCodes } from '../modules/crs-code/crs-codelist';
import { CRS_CODES_FILE } from '../modules/crs-code/crs-codes';
import { gitCommit, option, positional } from './cli-options';
import { runCli } from './run-cli';

const USAGE =
  'usage: npm run import:crs -- <IATI-Codelists-NonEmbedded checkout> [--out datasets/crs-codes.json] ' +
  '[--commit SHA --date YYYY-MM-DD]';

/** The checkout's commit and its date, from the flags or from git when it is a clone. */
function snapshotOf(dir: string, args: string[]): { commit: string | null; date: string | null } {
  const commit = option(args, '--commit');
  const date = option(args, '--date') ?? null;
  if (commit) return { commit, date };
  const found = gitCommit(dir);
  return { commit: found?.sha ?? null, date: date ?? found?.date ?? null };
}

/**
 * Converts the OECD DAC CRS purpose codes of the IATI codelists (xml/SectorCategory.xml and
 * xml/Sector.xml in <dir>) into datasets/crs-codes.json. The same input writes the same bytes.
 */
runCli(async (args) => {
  const dir = positional(args);
  if (!dir) throw new Error(USAGE);
  const files = ['xml/SectorCategory.xml', 'xml/Sector.xml'];
  const [categoryXml, sectorXml] = files.map((file) => readFileSync(path.join(dir, file), 'utf8'));
  const out = path.resolve(option(args, '--out') ?? CRS_CODES_FILE);
  const result = buildCrsCodes(categoryXml, sectorXml, {
    repository: 'IATI/IATI-Codelists-NonEmbedded',
    files,
    ...snapshotOf(dir, args),
    licence: 'CC BY 4.0',
    attribution: 'IATI (International Aid Transparency Initiative), https://iatistandard.org',
  });
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  const withdrawn = result.codes.filter((c) => c.status === 'withdrawn').length;
  console.log(
    `${result.codes.length} CRS codes (${result.codelists.map((l) => `${l.items} ${l.title}`).join(', ')}; ${withdrawn} withdrawn) -> ${out}`,
  );
});
