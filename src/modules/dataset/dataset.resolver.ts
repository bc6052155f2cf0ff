import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { Role } from '../../common/auth/roles';
import {
  asPayload,
  UserError,
  userError,
  UserErrorCode,
  UserErrorsException,
} from '../../common/user-errors';
import { Context } from '../../context';
import { DatasetInvalidError, DatasetService } from './dataset.service';
import { DatasetProblem } from './dataset.validator';

@ObjectType({ description: 'How many records of each kind an imported file holds.' })
export class ImportSummary {
  @Field(() => Int, { description: 'Sectors in the file.' }) sectors!: number;
  @Field(() => Int, { description: 'Organizations in the file.' }) organizations!: number;
  @Field(() => Int, { description: 'People in the file.' }) people!: number;
  @Field(() => Int, { description: 'Sources in the file.' }) sources!: number;
  @Field(() => Int, { description: 'Meetings in the file.' }) meetings!: number;
  @Field(() => Int, { description: 'Interests in the file.' }) interests!: number;
  @Field(() => Int, { description: 'Relations in the file.' }) relations!: number;
  @Field(() => Int, { description: 'Agreements in the file.' }) agreements!: number;
}

@ObjectType({ description: 'Result of importDataset.' })
export class ImportDatasetPayload {
  @Field(() => ImportSummary, {
    nullable: true,
    description: 'What the file held; null when refused.',
  })
  summary?: ImportSummary | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Rows the import inserted, changed or deleted (0 when the file was already loaded).',
  })
  changes?: number | null;

  @Field(() => [UserError], {
    description: 'Every problem of the file, each with its JSON path; nothing was written.',
  })
  userErrors!: UserError[];
}

/** "$.meetings[1].interests[0].sector" as a field path: dataset, meetings, 1, interests, 0, sector. */
export function problemToUserError(problem: DatasetProblem, root = 'dataset'): UserError {
  const segments = problem.path
    .replace(/^\$\.?/, '')
    .split(/[.[\]]+/)
    .filter(Boolean);
  const code = /unknown/i.test(problem.message)
    ? UserErrorCode.NOT_FOUND
    : /duplicate/i.test(problem.message)
      ? UserErrorCode.DUPLICATE
      : /is required/.test(problem.message)
        ? UserErrorCode.REQUIRED
        : /at most \d+ characters/.test(problem.message)
          ? UserErrorCode.TOO_LONG
          : UserErrorCode.INVALID;
  return userError([root, ...segments], `${problem.path} ${problem.message}`, code);
}

/** Imports a dataset file and counts the rows it changed (from the audit log it wrote). */
export async function importDataset(
  context: Pick<Context, 'dataSource' | 'user'>,
  dataset: unknown,
  operation = 'importDataset',
) {
  return asPayload(async () => {
    const before = await auditCount(context);
    try {
      const summary = await new DatasetService(context.dataSource).load(dataset, {
        actor: context.user,
        operation,
      });
      return { summary, changes: (await auditCount(context)) - before };
    } catch (error) {
      if (error instanceof DatasetInvalidError) {
        throw new UserErrorsException(error.problems.map((p) => problemToUserError(p)));
      }
      throw error;
    }
  });
}

async function auditCount(context: Pick<Context, 'dataSource'>): Promise<number> {
  const [{ n }] = await context.dataSource.query(
    'SELECT coalesce(max(id), 0)::int AS n FROM audit_log',
  );
  return n;
}

@Resolver()
export class DatasetResolver {
  @Authorized(Role.ADMIN)
  @Mutation(() => ImportDatasetPayload, {
    description:
      'Imports a dataset in the seed\u2019s JSON format (cooperation-atlas/v1, see docs/dataset-format.md), admins only. The file is validated as a whole: any problem means nothing is written, and every problem is reported with its JSON path. Importing the same file again changes nothing.',
  })
  importDataset(
    @Arg('dataset', () => GraphQLJSONObject, { description: 'The dataset, as a JSON object.' })
    dataset: Record<string, unknown>,
    @Ctx() ctx: Context,
  ): Promise<ImportDatasetPayload> {
    return importDataset(ctx, dataset);
  }
}
