import { DataSource, EntityManager } from 'typeorm';
import type { AtlasUser } from '../../common/auth/roles';
import { AppError } from '../../common/errors';
import {
  asPayload,
  UserError,
  userError,
  UserErrorCode,
  UserErrorsException,
} from '../../common/user-errors';
import { setActor } from '../../common/database/audit-actor';
import { LiveEvents, PendingEvents } from '../live/live-events';
import { Dataset } from './dataset.types';
import { DatasetProblem, validateDataset } from './dataset.validator';
import { LoadSummary, writeDataset } from './dataset.writer';
import { canSkipTriggers, NotInsertOnlyError, writeSeedFast } from './seed-fast.writer';
import { lookupRefs, seedParts } from './seed-parts';

/** "$.meetings[1].interests[0].sector" as a field path: dataset, meetings, 1, interests, 0, sector. */
export function problemToUserError(problem: DatasetProblem, root = 'dataset'): UserError {
  const segments = problem.path
    .replace(/^\$\.?/, '')
    .split(/[.[\]]+/)
    .filter(Boolean);
  return userError(
    [root, ...segments],
    `${problem.path} ${problem.message}`,
    UserErrorCode[problem.code],
  );
}

export class DatasetInvalidError extends AppError {
  constructor(readonly problems: DatasetProblem[]) {
    super(
      `The dataset has ${problems.length} problem(s); nothing was written. First: ${problems[0].path} ${problems[0].message}`,
      'BAD_USER_INPUT',
      { problems },
    );
  }
}

export interface LoadOptions {
  actor?: AtlasUser;
  operation?: string;
  /** Receives the seconds spent writing each table (triggers included). */
  seconds?: Map<string, number>;
}

/**
 * Loads a dataset in one transaction, matching every record by its natural key, so loading the
 * same file again changes nothing. The seed and bulk import both go through here.
 */
export class DatasetService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly live = new LiveEvents(),
  ) {}

  /**
   * Validates, then writes in one transaction. `actor` and `operation` attribute the writes in
   * the audit log (the seed and the import CLI pass none: they show as the system).
   */
  async load(input: unknown, options: LoadOptions = {}): Promise<LoadSummary> {
    return (await this.loadCounting(input, options)).summary;
  }

  /**
   * Imports a dataset for the importDataset mutation and the import CLI: every problem of the
   * file comes back as a userError with its JSON path (nothing written), and `changes` counts
   * the audit rows this very transaction wrote, so concurrent writers are not counted.
   */
  import(
    dataset: unknown,
    actor?: AtlasUser,
    operation = 'importDataset',
    seconds?: Map<string, number>,
  ) {
    return this.live.afterCommit(operation, (pending) =>
      asPayload(async () => {
        try {
          return await this.loadCounting(dataset, { actor, operation, seconds }, pending);
        } catch (error) {
          if (error instanceof DatasetInvalidError) {
            throw new UserErrorsException(error.problems.map((p) => problemToUserError(p)));
          }
          throw error;
        }
      }),
    );
  }

  /**
   * Loads a seed file in parts of at most `partMeetings` meetings, one transaction each, so
   * requests interleave on the embedded database; the last part records the file in
   * `seed_file`. A part that only adds rows is written with the triggers off and what they
   * maintain refreshed once for the part (src/modules/dataset/seed-fast.writer.ts); one that
   * changes stored rows, or a database role that may not turn triggers off, takes the normal
   * path. A start stopped midway loads the file again: the parts already committed match their
   * stored rows and change nothing.
   */
  async seedFile(input: unknown, name: string, partMeetings?: number): Promise<LoadSummary> {
    const problems = validateDataset(input);
    if (problems.length) throw new DatasetInvalidError(problems);
    const parts = seedParts(input as Dataset, partMeetings);
    let total: LoadSummary | undefined;
    for (const [i, part] of parts.entries()) {
      const summary = await this.seedPart(part, name, i > 0, i === parts.length - 1);
      total = total ? addSummaries(total, summary) : summary;
    }
    return total!;
  }

  private async seedPart(
    part: Dataset,
    name: string,
    byReference: boolean,
    last: boolean,
  ): Promise<LoadSummary> {
    const write = async (manager: EntityManager, fast: boolean) => {
      const known = byReference ? await lookupRefs(manager, part.meetings ?? []) : undefined;
      let summary: LoadSummary;
      if (fast) {
        summary = await writeSeedFast(manager, part, name, known);
      } else {
        await setActor(manager, undefined, 'seed');
        summary = await writeDataset(manager, part, undefined, known);
      }
      if (last) {
        await manager.query(
          'INSERT INTO seed_file (name) VALUES ($1) ON CONFLICT (name) DO NOTHING',
          [name],
        );
      }
      return summary;
    };
    try {
      return await this.dataSource.transaction(async (manager) => {
        if (!(await canSkipTriggers(manager))) throw new NotInsertOnlyError('(not a superuser)');
        return write(manager, true);
      });
    } catch (error) {
      if (!(error instanceof NotInsertOnlyError)) throw error;
    }
    return this.dataSource.transaction((manager) => write(manager, false));
  }

  private async loadCounting(
    input: unknown,
    options: LoadOptions,
    pending?: PendingEvents,
  ): Promise<{ summary: LoadSummary; changes: number }> {
    const problems = validateDataset(input);
    if (problems.length) throw new DatasetInvalidError(problems);
    const dataset = input as Dataset;
    return this.dataSource.transaction(async (manager) => {
      await setActor(manager, options.actor, options.operation ?? 'load');
      const summary = await writeDataset(manager, dataset, options.seconds);
      await pending?.writtenInTransaction(manager);
      const [{ n }]: { n: number }[] = await manager.query(
        'SELECT count(*)::int AS n FROM audit_log WHERE xmin = pg_current_xact_id()::xid',
      );
      return { summary, changes: n };
    });
  }
}

function addSummaries(a: LoadSummary, b: LoadSummary): LoadSummary {
  const sum = { ...a };
  for (const key of Object.keys(b) as (keyof LoadSummary)[]) sum[key] += b[key];
  return sum;
}
