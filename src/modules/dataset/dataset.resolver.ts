import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { Role } from '../../common/auth/roles';
import { UserError } from '../../common/user-errors';
import { Context } from '../../context';

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
    return ctx.services.datasets.import(dataset, ctx.user);
  }
}
