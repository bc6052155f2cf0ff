import type { Dataset } from '../dataset/dataset.types';
import { allParties } from '../country/country-codes';
import type { TaxonomySector } from '../sector/sector-taxonomy';
import { BadFile, listStatements, readStatement } from './corpus';
import {
  assembleDataset,
  ConvertedStatement,
  convertStatement,
  factTools,
  partyResolver,
} from './convert';
import type { Speaker } from './speakers';

export interface CorpusOptions {
  from?: number;
  to?: number;
  speakers?: Map<string, Speaker>;
  /** Where the corpus copy came from, for the dataset's description. */
  provenance?: string;
  /** Called once the files are listed, then after each file. */
  progress?: (done: number, total: number) => void;
}

/** What a conversion did, in numbers. */
export interface CorpusReport {
  files: number;
  statements: number;
  bad: BadFile[];
  /** Corpus codes no party matches: their statements are left out. */
  unplaced: Map<string, number>;
  withSpeaker: number;
  interests: number;
  withPartner: number;
  evidence: number;
  interestsBySector: Map<string, number>;
  statementsWithFacts: number;
}

const count = <K>(map: Map<K, number>, key: K, by = 1) => map.set(key, (map.get(key) ?? 0) + by);

/**
 * Reads every statement of the corpus folder (optionally only the years from..to) and converts
 * it into one cooperation-atlas/v1 dataset. Bad files are reported and skipped. The same input
 * gives the same dataset.
 */
export function convertCorpus(
  dir: string,
  taxonomy: TaxonomySector[],
  options: CorpusOptions = {},
): { dataset: Dataset; report: CorpusReport } {
  const { files, bad } = listStatements(dir, options.from, options.to);
  const resolve = partyResolver();
  const tools = factTools(taxonomy);
  const formerNames = new Map(allParties().map((p) => [p.code, p.name]));
  const nameOf = (code: string) =>
    tools.gazetteer.names.has(code)
      ? tools.gazetteer.nameOf(code)
      : (formerNames.get(code) ?? code);
  const report: CorpusReport = {
    files: files.length,
    statements: 0,
    bad: [...bad],
    unplaced: new Map(),
    withSpeaker: 0,
    interests: 0,
    withPartner: 0,
    evidence: 0,
    interestsBySector: new Map(),
    statementsWithFacts: 0,
  };
  const converted: ConvertedStatement[] = [];
  options.progress?.(0, files.length);
  for (const [i, file] of files.entries()) {
    const party = resolve(file.iso3);
    if (!party) count(report.unplaced, file.iso3);
    else {
      const read = readStatement(file);
      if (!('text' in read)) report.bad.push(read);
      else {
        const speaker = options.speakers?.get(`${file.iso3}_${file.session}`);
        const one = convertStatement(read, party, nameOf(party), speaker, tools);
        converted.push(one);
        report.statements++;
        if (one.person) report.withSpeaker++;
        const interests = one.meeting.interests ?? [];
        if (interests.length) report.statementsWithFacts++;
        for (const it of interests) {
          report.interests++;
          if (it.partner) report.withPartner++;
          report.evidence += it.evidence?.length ?? 0;
          count(report.interestsBySector, it.sector);
        }
      }
    }
    options.progress?.(i + 1, files.length);
  }
  const description =
    'What each state said it wants at the UN General Debate: one GENERAL_DEBATE_STATEMENT meeting per statement ' +
    '(parties: the state and the UN), and its sector interests, the sentences that name a sector, with a partner only ' +
    'where the sentence names one. Converted from the UN General Debate Corpus of Baturo, Dasandi and Mikhaylov ' +
    `(Harvard Dataverse, doi:10.7910/DVN/0TJX8Y)${options.provenance ? `, ${options.provenance}` : ''}. ` +
    'Only the evidence sentences are kept, not the speeches.';
  return { dataset: assembleDataset(converted, taxonomy, description), report };
}
