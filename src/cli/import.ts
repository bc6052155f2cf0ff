import 'reflect-metadata';
import { loadConfig } from '../common/config';
import { openDatabase } from '../common/database/database';
import { entities } from '../entities';
import { DatasetService } from '../modules/dataset/dataset.service';
import { readDatasetFile } from '../modules/dataset/dataset-file';
import { syncReferenceData } from '../modules/dataset/seed';
import { runCli } from './run-cli';

/**
 * Imports a dataset file (the seed's format). Any problem: nothing is written, and every
 * problem is printed with its JSON path; the exit code is 1. Importing twice changes nothing.
 */
runCli(async (args) => {
  const [file] = args;
  if (!file) throw new Error('usage: npm run import -- <file.json | file.json.gz>');
  const dataset = readDatasetFile(file);
  const database = await openDatabase(loadConfig(), { entities });
  try {
    await syncReferenceData(database.dataSource);
    const started = Date.now();
    const seconds = new Map<string, number>();
    const result = await new DatasetService(database.dataSource).import(
      dataset,
      undefined,
      'import',
      seconds,
    );
    if (result.userErrors.length) {
      for (const problem of result.userErrors) console.error(problem.message);
      throw new Error(`${file}: ${result.userErrors.length} problem(s); nothing was written.`);
    }
    const total = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `imported ${file} in ${total} s: ${JSON.stringify(result.summary)}; ${result.changes} row change(s)`,
    );
    const byTable = [...seconds].map(([table, s]) => `${table} ${s.toFixed(2)}`).join(', ');
    console.log(`seconds by table (triggers included): ${byTable}`);
  } finally {
    await database.close();
  }
});
