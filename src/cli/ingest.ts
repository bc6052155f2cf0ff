import 'reflect-metadata';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { SingleBar } from 'cli-progress';
import { graphql, GraphQLSchema } from 'graphql';
import { DataSource } from 'typeorm';
import { AtlasUser } from '../common/auth/roles';
import { loadConfig } from '../common/config';
import { openDatabase } from '../common/database/database';
import { entities } from '../entities';
import { createContext } from '../context';
import { ApiKeyService } from '../modules/api-key/api-key.service';
import { syncReferenceData } from '../modules/dataset/seed';
import { ExtractionService } from '../modules/extraction/extraction.service';
import { MeetingDraft } from '../modules/extraction/extraction.types';
import { buildAppSchema } from '../schema';
import { runCli } from './run-cli';

const USAGE =
  'usage: npm run ingest -- <file-or-folder> [--url U] [--published YYYY-MM-DD] [--outlet NAME] [--record --key KEY]';

const RECORD = `mutation ($input: RecordMeetingInput!) {
  recordMeeting(input: $input) { created meeting { key } userErrors { field message } }
}`;

interface Options {
  path: string;
  url?: string;
  published?: string;
  outlet?: string;
  record: boolean;
  key?: string;
}

function parse(args: string[]): Options {
  const value = (name: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const flags = new Set(['--url', '--published', '--outlet', '--key']);
  const path = args.find((a, i) => !a.startsWith('--') && !flags.has(args[i - 1]));
  if (!path) throw new Error(USAGE);
  return {
    path,
    url: value('url'),
    published: value('published'),
    outlet: value('outlet'),
    record: args.includes('--record'),
    key: value('key'),
  };
}

function reportFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((f) => !f.startsWith('.'))
    .sort()
    .map((f) => join(path, f))
    .filter((f) => statSync(f).isFile());
}

/** A URL in the first lines of the file, for folders of reports saved with their address. */
const urlIn = (text: string) =>
  /^\s*(?:url:?\s*)?(https?:\/\/\S+)\s*$/im.exec(text.split('\n').slice(0, 5).join('\n'))?.[1];

async function editor(dataSource: DataSource, key: string | undefined): Promise<AtlasUser> {
  if (!key) throw new Error('--record needs --key with an editor or admin API key');
  const user = await new ApiKeyService(dataSource).authenticate(key);
  if (!user) throw new Error('the API key is unknown or revoked');
  if (user.role === 'viewer')
    throw new Error('the API key has the viewer role; recording needs editor');
  return user;
}

interface Outcome {
  line: string;
  failed: boolean;
}

/** The draft as one JSON line: codes and keys instead of nested objects. */
function printDraft(file: string, draft: MeetingDraft, meeting: number): void {
  console.log(
    JSON.stringify({
      file,
      meeting,
      ...draft,
      duplicateOf: draft.duplicateOf?.key ?? null,
      parties: draft.parties.map((p) => ({ party: p.party.code, evidence: p.evidence })),
      participants: draft.participants.map((p) => ({
        ...p,
        party: p.party?.code ?? null,
        person: p.person?.key ?? null,
      })),
      interests: draft.interests.map((i) => ({
        ...i,
        party: i.party.code,
        partner: i.partner?.code ?? null,
        sector: i.sector.code,
      })),
    }),
  );
}

/** Sends one draft's input through recordMeeting; a second outlet's report gets attached. */
async function recordDraft(
  draft: MeetingDraft,
  label: string,
  summary: string,
  dataSource: DataSource,
  schema: GraphQLSchema,
  user: AtlasUser | undefined,
): Promise<Outcome> {
  const result = await graphql({
    schema,
    source: RECORD,
    // A second outlet's report of a stored meeting adds its source instead of a new meeting.
    variableValues: { input: { ...draft.input, attachToDuplicate: true } },
    contextValue: createContext(dataSource, `ingest:${label}`, user),
  });
  const payload = (result.data?.recordMeeting ?? null) as {
    created: boolean;
    meeting: { key: string } | null;
    userErrors: { field: string[]; message: string }[];
  } | null;
  if (result.errors?.length || !payload)
    return {
      line: `${label}: not recorded: ${result.errors?.map((e) => e.message).join('; ')}`,
      failed: true,
    };
  if (payload.userErrors.length)
    return {
      line: `${label}: not recorded: ${payload.userErrors.map((e) => `${e.field.join('.')}: ${e.message}`).join('; ')}`,
      failed: true,
    };
  const what = payload.created ? 'recorded' : 'source attached to';
  return { line: `${label}: ${summary}; ${what} ${payload.meeting?.key}`, failed: false };
}

/** Reads one file into drafts (one per meeting), prints each, and with a schema records each. */
async function ingestFile(
  file: string,
  options: Options,
  single: boolean,
  dataSource: DataSource,
  schema: GraphQLSchema | null,
  user: AtlasUser | undefined,
): Promise<Outcome[]> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
  } catch {
    return [{ line: `${file}: skipped: not UTF-8 text`, failed: true }];
  }
  const url = (single ? options.url : undefined) ?? urlIn(text);
  const report = { text, url, publishedAt: options.published, outlet: options.outlet };
  let drafts: MeetingDraft[];
  try {
    drafts = await new ExtractionService(dataSource).extractAll(report);
  } catch (error) {
    const reason = error instanceof Error ? error.message : error;
    return [{ line: `${file}: skipped: ${reason}`, failed: true }];
  }
  const outcomes: Outcome[] = [];
  for (const [index, draft] of drafts.entries()) {
    printDraft(file, draft, index + 1);
    const label = drafts.length > 1 ? `${basename(file)} (meeting ${index + 1})` : basename(file);
    const summary = `${draft.parties.map((p) => p.party.code).join('+') || 'no parties'} ${draft.date ?? 'undated'} ${draft.kind}, ${draft.interests.length} interest(s)`;
    if (!schema) outcomes.push({ line: `${label}: ${summary}`, failed: false });
    else if (!url)
      outcomes.push({
        line: `${file}: not recorded: no URL (give --url or put it on the first line)`,
        failed: true,
      });
    else outcomes.push(await recordDraft(draft, label, summary, dataSource, schema, user));
  }
  return outcomes;
}

/**
 * Reads news reports into meeting drafts (one per meeting a report describes) and prints each as
 * one JSON line; with --record, sends each draft's input through recordMeeting (a duplicate gets its source attached). A bad file
 * is reported and skipped; the exit code is 1 when any file failed.
 */
runCli(async (args) => {
  const options = parse(args);
  const files = reportFiles(options.path);
  const database = await openDatabase(loadConfig(), { entities });
  let failures = 0;
  try {
    await syncReferenceData(database.dataSource);
    const user = options.record ? await editor(database.dataSource, options.key) : undefined;
    const schema = options.record ? await buildAppSchema() : null;
    const bar =
      files.length > 1 ? new SingleBar({ stream: process.stderr, hideCursor: true }) : null;
    bar?.start(files.length, 0);
    for (const file of files) {
      const outcomes = await ingestFile(
        file,
        options,
        files.length === 1,
        database.dataSource,
        schema,
        user,
      );
      if (outcomes.some((o) => o.failed)) failures++;
      bar?.increment();
      for (const outcome of outcomes) process.stderr.write(`${bar ? '\n' : ''}${outcome.line}\n`);
    }
    bar?.stop();
  } finally {
    await database.close();
  }
  if (failures) throw new Error(`${failures} of ${files.length} file(s) failed`);
});
