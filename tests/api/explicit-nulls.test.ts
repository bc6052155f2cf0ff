import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  IntrospectionQuery,
  isEnumType,
  isLeafType,
  GraphQLNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { bearer, issueKeys } from '../curation/helpers';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * Every read query, asked with an explicit null for each argument that may be null (once all at
 * once, once one at a time), must answer or refuse as the client's fault: GraphQL allows null
 * wherever a type is nullable, and a default value does not replace an explicit null.
 */
let app: TestApp;
let admin: Record<string, string>;
let schema: GraphQLSchema;

beforeAll(async () => {
  app = await startTestApp();
  admin = bearer((await issueKeys(app.dataSource)).admin);
  const res = await app.gql<IntrospectionQuery>(getIntrospectionQuery(), {}, admin);
  expect(res.errors).toBeUndefined();
  schema = buildClientSchema(res.data!);
}, 120_000);
afterAll(() => app?.close());

const SCALARS: Record<string, string> = {
  String: '"AZ"',
  ID: '"AZ"',
  Int: '1',
  Float: '1',
  Boolean: 'false',
  LocalDate: '"2020-01-01"',
  PartialDate: '"2020"',
  DateTime: '"2020-01-01T00:00:00Z"',
};

/** A literal for a required argument: a sample scalar, the first enum value, required fields. */
function sample(type: GraphQLInputType): string {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return '[]';
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter((f) => isNonNullType(f.type));
    return `{ ${required.map((f) => `${f.name}: ${sample(f.type)}`).join(', ')} }`;
  }
  if (isScalarType(type)) return SCALARS[type.name] ?? '"x"';
  return 'null';
}

/** Every scalar field without arguments, and two levels of object fields, so each path runs. */
function selectionOf(type: GraphQLNamedType, depth: number): string {
  if (!isObjectType(type)) return '';
  const fields = Object.values(type.getFields()).filter(
    (f) => !f.args.some((a) => isNonNullType(a.type)),
  );
  const leaves = fields.filter((f) => isLeafType(getNamedType(f.type))).map((f) => f.name);
  const nested =
    depth > 0
      ? fields
          .filter((f) => isObjectType(getNamedType(f.type)))
          .map((f) => `${f.name}${selectionOf(getNamedType(f.type), depth - 1)}`)
          .filter((f) => f.includes('{'))
      : [];
  return ` { __typename ${[...leaves, ...nested].join(' ')} }`;
}

function query(field: GraphQLField<unknown, unknown>, nulls: readonly GraphQLArgument[]): string {
  const args = field.args
    .filter((arg) => isNonNullType(arg.type) || nulls.includes(arg))
    .map((arg) => `${arg.name}: ${nulls.includes(arg) ? 'null' : sample(arg.type)}`);
  const selection = selectionOf(getNamedType(field.type), 2);
  return `{ ${field.name}${args.length ? `(${args.join(', ')})` : ''}${selection} }`;
}

test('no explicit null in a read query is an internal error', async () => {
  const asked: string[] = [];
  const internal: string[] = [];
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    const nullable = field.args.filter((arg) => !isNonNullType(arg.type));
    if (!nullable.length) continue;
    for (const nulls of [nullable, ...nullable.map((arg) => [arg])]) {
      const text = query(field, nulls);
      asked.push(text);
      const res = await app.gql(text, {}, admin);
      if (
        res.status >= 500 ||
        res.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR')
      ) {
        internal.push(`${text} -> ${res.status} ${JSON.stringify(res.errors)}`);
      }
    }
  }
  expect(asked.length).toBeGreaterThan(40);
  expect(internal).toEqual([]);
});
