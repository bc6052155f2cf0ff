import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { loadConfig } from '../common/config';
import { openDatabase } from '../common/database/database';
import { entities } from '../entities';
import { DatasetService } from '../modules/dataset/dataset.service';
import { syncReferenceData } from '../modules/dataset/seed';
import { runCli } from './run-cli';

/**
 * Imports a dataset file (the seed's format). Any problem: nothing is written, and every
 * problem is printed with its JSON path; the exit code is 1. Importing twice changes nothing.
 */
runCli(async (args) => {
  const [file] = args;
  if (!file) throw new Error('usage: npm run import -- <file.json>');
  let dataset: unknown;
  try {
    dataset = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read ${file}: ${error instanceof Error ? error.message : error}`);
  }
  const database = await openDatabase(loadConfig(), { entities });
  try {
    await syncReferenceData(database.dataSource);
    const result = await new DatasetService(database.dataSource).import(
      dataset,
      undefined,
      'import',
    );
    if (result.userErrors.length) {
      for (const problem of result.userErrors) console.error(problem.message);
      throw new Error(`${file}: ${result.userErrors.length} problem(s); nothing was written.`);
    }
    console.log(
      `imported ${file}: ${JSON.stringify(result.summary)}; ${result.changes} row change(s)`,
    );
  } finally {
    await database.close();
  }
});
