import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildAppSchema, printAppSchema } from '../schema';
import { runCli } from './run-cli';

export const SCHEMA_FILE = path.resolve('schema', 'schema.graphql');

runCli(async () => {
  writeFileSync(SCHEMA_FILE, printAppSchema(await buildAppSchema()));
  console.log(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);
});
