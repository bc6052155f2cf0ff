import 'reflect-metadata';
import { loadConfig } from '../common/config';
import { openDatabase } from '../common/database/database';
import { entities } from '../entities';
import { generate } from './generator/generator';
import { runCli } from './run-cli';

function option(args: string[], name: string, fallback: number): number {
  const index = args.indexOf(`--${name}`);
  if (index < 0) return fallback;
  const value = Number(args[index + 1]);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`--${name} needs a whole number, got "${args[index + 1] ?? ''}"`);
  }
  return value;
}

/** npm run generate -- --interests N --seed S: synthetic data into DATABASE_URL or PGLITE_DIR. */
runCli(async (args) => {
  const interests = option(args, 'interests', 1_000_000);
  const seedValue = option(args, 'seed', 1);
  const database = await openDatabase(loadConfig(), { entities });
  try {
    const summary = await generate(database.dataSource, {
      interests,
      seed: seedValue,
      vacuum: !args.includes('--no-vacuum'),
      log: (message) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`),
    });
    console.log(`generated: ${JSON.stringify(summary)}`);
  } finally {
    await database.close();
  }
});
