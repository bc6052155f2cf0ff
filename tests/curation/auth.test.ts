import { startTestApp, TestApp } from '../support/test-app';
import { bearer, issueKeys, Keys } from './helpers';

/** Mutations only admins may run; every other mutation needs an editor key. */
const ADMIN_ONLY = /^(delete[A-Z]|importDataset$|createApiKey$|revokeApiKey$)/;

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface InputField {
  name: string;
  type: TypeRef;
  defaultValue: string | null;
}
interface FullType {
  name: string;
  kind: string;
  inputFields: InputField[] | null;
  enumValues: { name: string }[] | null;
  fields: { name: string; args: InputField[]; type: TypeRef }[] | null;
}

let app: TestApp;
let keys: Keys;
let types: Map<string, FullType>;

beforeAll(async () => {
  app = await startTestApp();
  keys = await issueKeys(app.dataSource);
  const res = await app.gql<{ __schema: { types: FullType[] } }>(`{
    __schema { types { name kind
      inputFields { name defaultValue type { ...T } }
      enumValues { name }
      fields { name type { ...T } args { name defaultValue type { ...T } } } } }
  }
  fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }`);
  types = new Map(res.data!.__schema.types.map((t) => [t.name, t]));
});
afterAll(() => app?.close());

function typeName(ref: TypeRef): string {
  return ref.kind === 'NON_NULL' || ref.kind === 'LIST' ? typeName(ref.ofType!) : ref.name!;
}

function printType(ref: TypeRef): string {
  if (ref.kind === 'NON_NULL') return `${printType(ref.ofType!)}!`;
  if (ref.kind === 'LIST') return `[${printType(ref.ofType!)}]`;
  return ref.name!;
}

/** A well-typed value for a required argument: enough to pass GraphQL validation. */
function dummy(ref: TypeRef): unknown {
  if (ref.kind === 'NON_NULL') return dummy(ref.ofType!);
  if (ref.kind === 'LIST') return [];
  const type = types.get(ref.name!)!;
  if (type.kind === 'ENUM') return type.enumValues![0].name;
  if (type.kind === 'INPUT_OBJECT') {
    return Object.fromEntries(
      type
        .inputFields!.filter((f) => f.type.kind === 'NON_NULL' && f.defaultValue === null)
        .map((f) => [f.name, dummy(f.type)]),
    );
  }
  return (
    {
      String: 'auth-matrix-probe',
      ID: 'bm90LWFuLWlk',
      Int: 1,
      Float: 1,
      Boolean: false,
      DateTime: '2022-08-26T12:00:00Z',
      JSONObject: {},
    } as Record<string, unknown>
  )[ref.name!];
}

function mutationCall(field: FullType['fields'] extends (infer F)[] | null ? F : never) {
  const required = field.args.filter((a) => a.type.kind === 'NON_NULL');
  const vars = required.map((a) => `$${a.name}: ${printType(a.type)}`).join(', ');
  const args = required.map((a) => `${a.name}: $${a.name}`).join(', ');
  const result = types.get(typeName(field.type))!;
  const selection = result.fields!.some((f) => f.name === 'userErrors')
    ? '{ userErrors { code } }'
    : '{ __typename }';
  return {
    query: `mutation${vars ? `(${vars})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selection} }`,
    variables: Object.fromEntries(required.map((a) => [a.name, dummy(a.type)])),
  };
}

test('every mutation: no key and a revoked key are UNAUTHENTICATED, too low a role is FORBIDDEN', async () => {
  const mutations = types.get('Mutation')!.fields!;
  expect(mutations.length).toBeGreaterThan(20);
  const outcome = async (name: string, key: string | undefined) => {
    const field = mutations.find((f) => f.name === name)!;
    const { query, variables } = mutationCall(field);
    const res = await app.gql(query, variables, key ? bearer(key) : {});
    const codes = (res.errors ?? []).map((e) => e.extensions?.code);
    if (codes.includes('UNAUTHENTICATED')) return 'UNAUTHENTICATED';
    if (codes.includes('FORBIDDEN')) return 'FORBIDDEN';
    expect([name, codes]).toEqual([name, []]);
    return 'ALLOWED';
  };
  const table: Record<string, Record<string, string>> = {};
  for (const { name } of mutations) {
    const admin = ADMIN_ONLY.test(name);
    table[name] = {
      none: await outcome(name, undefined),
      revoked: await outcome(name, keys.revoked),
      viewer: await outcome(name, keys.viewer),
      editor: await outcome(name, keys.editor),
      admin: await outcome(name, keys.admin),
    };
    expect([name, table[name]]).toEqual([
      name,
      {
        none: 'UNAUTHENTICATED',
        revoked: 'UNAUTHENTICATED',
        viewer: 'FORBIDDEN',
        editor: admin ? 'FORBIDDEN' : 'ALLOWED',
        admin: 'ALLOWED',
      },
    ]);
  }
});

test('reads are public by default, but a revoked key is refused', async () => {
  const read = '{ meetings(first: 1) { totalCount } }';
  expect((await app.gql(read)).errors).toBeUndefined();
  expect((await app.gql(read, {}, bearer(keys.viewer))).errors).toBeUndefined();
  const revoked = await app.gql(read, {}, bearer(keys.revoked));
  expect(revoked.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  const garbage = await app.gql(read, {}, { authorization: 'Bearer not-a-key' });
  expect(garbage.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
});

test('READS_REQUIRE_KEY=true makes every read need a key', async () => {
  const read = '{ meetings(first: 1) { totalCount } }';
  process.env.READS_REQUIRE_KEY = 'true';
  try {
    const anonymous = await app.gql(read);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.data?.meetings ?? null).toBeNull();
    const node = await app.gql('{ node(id: "TWVldGluZzox") { id } }');
    expect(node.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    for (const key of [keys.viewer, keys.editor, keys.admin]) {
      expect((await app.gql(read, {}, bearer(key))).errors).toBeUndefined();
    }
  } finally {
    delete process.env.READS_REQUIRE_KEY;
  }
});

test('the audit log, API keys and their nodes are for admins only, also when nested', async () => {
  const log = '{ auditLog(first: 1) { nodes { id entity } } }';
  expect((await app.gql(log)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  for (const key of [keys.viewer, keys.editor]) {
    expect((await app.gql(log, {}, bearer(key))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  }
  const asAdmin = await app.gql<{ auditLog: { nodes: { id: string }[] } }>(
    log,
    {},
    bearer(keys.admin),
  );
  expect(asAdmin.errors).toBeUndefined();
  const entryId = asAdmin.data!.auditLog.nodes[0].id;

  const node = `query ($id: ID!) { node(id: $id) { id ... on AuditEntry { changes } } }`;
  expect((await app.gql(node, { id: entryId })).errors?.[0].extensions?.code).toBe(
    'UNAUTHENTICATED',
  );
  expect(
    (await app.gql(node, { id: entryId }, bearer(keys.editor))).errors?.[0].extensions?.code,
  ).toBe('FORBIDDEN');
  expect((await app.gql(node, { id: entryId }, bearer(keys.admin))).errors).toBeUndefined();

  const nested = '{ meetings(first: 1) { nodes { title auditTrail(first: 5) { totalCount } } } }';
  const asEditor = await app.gql(nested, {}, bearer(keys.editor));
  expect(asEditor.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  expect(asEditor.errors?.[0].path).toEqual(['meetings', 'nodes', 0, 'auditTrail']);
  expect((await app.gql(nested, {}, bearer(keys.admin))).errors).toBeUndefined();

  const apiKeys = '{ apiKeys { id name role revokedAt } }';
  expect((await app.gql(apiKeys, {}, bearer(keys.editor))).errors?.[0].extensions?.code).toBe(
    'FORBIDDEN',
  );
  const listed = await app.gql<{ apiKeys: { name: string }[] }>(apiKeys, {}, bearer(keys.admin));
  expect(listed.data!.apiKeys.map((k) => k.name)).toContain('Test editor');
  expect(JSON.stringify(listed.body)).not.toMatch(/key_?hash/i);
});

test('an admin issues a key through the API, and revoking it locks it out at once', async () => {
  const created = await app.gql<{
    createApiKey: { secret: string; apiKey: { id: string; role: string }; userErrors: unknown[] };
  }>(
    `mutation { createApiKey(input: { name: "Issued by API", role: EDITOR }) {
      secret apiKey { id role } userErrors { code } } }`,
    {},
    bearer(keys.admin),
  );
  expect(created.data!.createApiKey.userErrors).toEqual([]);
  const { secret, apiKey } = created.data!.createApiKey;
  expect(secret).toMatch(/^atlas_/);
  const probe = `mutation { createSector(input: { code: "auth-probe", name: "Probe", description: "Probe sector." }) { userErrors { code } } }`;
  expect((await app.gql(probe, {}, bearer(secret))).errors).toBeUndefined();
  await app.gql(
    `mutation ($id: ID!) { revokeApiKey(id: $id) { userErrors { code } } }`,
    { id: apiKey.id },
    bearer(keys.admin),
  );
  const after = await app.gql(probe, {}, bearer(secret));
  expect(after.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  const [{ key_hash }] = await app.dataSource.query(
    'SELECT key_hash FROM api_key WHERE name = $1',
    ['Issued by API'],
  );
  expect(key_hash).not.toContain(secret);
  expect(key_hash).toHaveLength(64);
});
