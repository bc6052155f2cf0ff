import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Role } from '../../src/common/auth/roles';
import { DEFAULT_LIMITS } from '../../src/common/config';
import { clientKey } from '../../src/common/http/operations-plugin';
import { ApiKeyService } from '../../src/modules/api-key/api-key.service';
import { startHttpTestApp, HttpTestApp } from './support/http-test-app';

let app: HttpTestApp;
beforeAll(async () => {
  app = await startHttpTestApp();
});
afterAll(() => app.close());

const codeOf = (res: { json?: { errors?: { extensions?: Record<string, unknown> }[] } }) =>
  res.json?.errors?.[0]?.extensions?.code;

/** The dashboard's meetings page (issue 3): 50 meetings with participants and interests. */
const DASHBOARD_MEETINGS = `query DashboardMeetings {
  meetings(first: 50) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id title date kind city
      parties { alpha2 name }
      participants { role capacity person { name } country { alpha2 } }
      interests { stance note sector { code name } country { alpha2 } partner { alpha2 } }
    }
  }
}`;

const EXAMPLES: Record<string, string> = {
  DashboardMeetings: DASHBOARD_MEETINGS,
  CountryPage: `query CountryPage {
    country(code: "KR") {
      name alpha2 alpha3
      meetings(first: 20) { nodes { title date parties { alpha2 } interests { sector { name } } } }
      people(first: 20) { nodes { name positions { title rank organization { name } } } }
    }
  }`,
  CountriesWithMeetings: `query CountriesWithMeetings {
    countries(first: 100) { nodes { alpha2 name meetings(first: 5) { totalCount nodes { title } } } }
  }`,
  SectorTree: `query SectorTree { sectors(first: 100) { nodes { code name children { code name } } } }`,
};

// Every query example of the README, read from the README itself.
const readme = readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
let readmeWrites = 0;
for (const match of readme.matchAll(/```graphql\n([\s\S]*?)```/g)) {
  const query = match[1];
  if (/^\s*(mutation|subscription)\b/.test(query)) {
    readmeWrites += 1;
    continue;
  }
  const name = /^\s*query\s+(\w+)/.exec(query)?.[1] ?? `README example ${match.index}`;
  EXAMPLES[`README ${name}`] = query;
}

test.each(Object.entries(EXAMPLES))(
  'the %s example runs, reports its cost and fits the budget with room to spare',
  async (_name, query) => {
    const res = await app.gql(query);
    expect(res.status).toBe(200);
    expect(res.json?.errors).toBeUndefined();
    const cost = res.json?.extensions?.cost as { requested: number; limit: number };
    expect(cost.limit).toBe(DEFAULT_LIMITS.maxCost);
    expect(cost.requested).toBeGreaterThan(0);
    // Room to spare: at most half of the budget.
    expect(cost.requested).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost / 2);
  },
);

test('every graphql block of the README is one of the examples above', () => {
  // A block the pattern misses, or two queries of one name, would drop out of the test silently.
  const blocks = readme.split('```graphql').length - 1;
  const examples = Object.keys(EXAMPLES).filter((name) => name.startsWith('README '));
  expect(blocks).toBeGreaterThan(0);
  expect(examples.length + readmeWrites).toBe(blocks);
});

test('the cost follows the connection model: 2 + first x item cost', async () => {
  const res = await app.gql(`{ countries(first: 10) { nodes { alpha2 } } }`);
  // one connection of 10 items that cost 1 each
  expect((res.json?.extensions?.cost as { requested: number }).requested).toBe(2 + 10 * 1);
  const nested = await app.gql(
    `{ countries(first: 10) { nodes { meetings(first: 3) { nodes { title } } } } }`,
  );
  expect((nested.json?.extensions?.cost as { requested: number }).requested).toBe(
    2 + 10 * (1 + 2 + 3 * 1),
  );
});

test('an analytics list is charged by its limit, ten buckets per item', async () => {
  const cost = async (query: string) =>
    ((await app.gql(query)).json?.extensions?.cost as { requested: number }).requested;
  // each item costs 1 plus its sector object (1); 200 buckets count as 20 items
  expect(
    await cost(`{ sectorInterest(groupBy: [SECTOR], limit: 200) { sector { code } mentions } }`),
  ).toBe(20 * 2);
  // the default limit (1000) is charged when none is given
  expect(await cost(`{ sectorInterest(groupBy: [SECTOR]) { mentions } }`)).toBe(100);
  expect(await cost(`{ topSectors(country: "KR", limit: 3) { sector { code } mentions } }`)).toBe(
    1 * 2,
  );
  const large = await app.gql(
    `{ a: sectorInterest(groupBy: [SECTOR], limit: 10000) { sector { code } country { code } mentions }
       b: sectorInterest(groupBy: [COUNTRY], limit: 10000) { sector { code } country { code } mentions }
       c: sectorInterest(groupBy: [PERIOD], limit: 10000) { sector { code } country { code } mentions }
       d: sectorInterest(groupBy: [PARTNER], limit: 10000) { sector { code } country { code } mentions } }`,
  );
  expect(large.status).toBe(400);
  expect(codeOf(large)).toBe('COST_LIMIT_EXCEEDED');
  expect(large.json?.errors?.[0]?.extensions?.cost).toBe(4 * 1000 * 3);
});

test('a query deeper than 12 is rejected before execution with 400', async () => {
  let selection = 'id';
  for (let i = 0; i < 7; i += 1) selection = `visit { meetings { ${selection} } }`;
  const res = await app.gql(`{ meetings(first: 1) { nodes { ${selection} } } }`);
  expect(res.status).toBe(400);
  expect(codeOf(res)).toBe('DEPTH_LIMIT_EXCEEDED');
  expect(res.json?.errors?.[0]?.message).toMatch(/depth limit of 12/);
});

test('more than 30 aliases are rejected with 400', async () => {
  const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: country(code: "KR") { name }`);
  const res = await app.gql(`{ ${aliases.join(' ')} }`);
  expect(res.status).toBe(400);
  expect(codeOf(res)).toBe('ALIAS_LIMIT_EXCEEDED');
});

test('more than 50 directives are rejected with 400', async () => {
  const fields = Array.from({ length: 51 }, () => `name @include(if: true)`);
  const res = await app.gql(`{ country(code: "KR") { ${fields.join(' ')} } }`);
  expect(res.status).toBe(400);
  expect(codeOf(res)).toBe('DIRECTIVE_LIMIT_EXCEEDED');
});

test('a document of more than 5000 tokens is rejected with 400', async () => {
  const res = await app.gql(`{ ${'__typename '.repeat(5001)} }`);
  expect(res.status).toBe(400);
  expect(codeOf(res)).toBe('TOKEN_LIMIT_EXCEEDED');
});

test('a query over the cost budget is rejected with 400 and its cost', async () => {
  const res = await app.gql(`{ countries(first: 100) { nodes {
    meetings(first: 100) { nodes { participants { person { name } } } } } } }`);
  expect(res.status).toBe(400);
  expect(codeOf(res)).toBe('COST_LIMIT_EXCEEDED');
  expect(res.json?.errors?.[0]?.extensions?.cost).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
  expect(res.json?.errors?.[0]?.extensions?.limit).toBe(DEFAULT_LIMITS.maxCost);
});

test('a page of more than 100 is rejected with 400, literal or variable', async () => {
  const literal = await app.gql(`{ countries(first: 101) { nodes { name } } }`);
  expect(literal.status).toBe(400);
  expect(literal.json?.errors?.[0]?.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'first',
    limit: 100,
  });
  expect(literal.json?.data).toBeUndefined(); // nothing ran
  const variable = await app.gql(
    `query Q($n: Int) { country(code: "KR") { meetings(last: $n) { nodes { title } } } }`,
    { n: 1000 },
  );
  expect(variable.status).toBe(400);
  expect(variable.json?.errors?.[0]?.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'last',
  });
  const ok = await app.gql(`{ countries(first: 100) { nodes { name } } }`);
  expect(ok.status).toBe(200);
  expect(ok.json?.errors).toBeUndefined();
});

test('a variable of the wrong type is a 400 BAD_USER_INPUT', async () => {
  const res = await app.gql(`query Q($n: Int) { countries(first: $n) { nodes { name } } }`, {
    n: 'many',
  });
  expect(res.status).toBe(400);
  expect(codeOf(res)).toBe('BAD_USER_INPUT');
});

test('HTTP batching is off', async () => {
  const res = await app.post([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
  expect(res.status).toBe(400);
  expect(res.json?.errors?.[0]?.message).toMatch(/batching/i);
});

test('the rate-limit key is the API key when there is one, else the IP', () => {
  expect(clientKey({ user: { keyId: 7 } }, '10.0.0.1')).toBe('key:7');
  expect(clientKey({}, '10.0.0.1')).toBe('ip:10.0.0.1');
});

describe('rate limiting by cost', () => {
  let small: HttpTestApp;
  beforeAll(async () => {
    small = await startHttpTestApp({
      seed: false,
      rateLimit: { capacity: 30, refillPerSecond: 1 },
    });
  });
  afterAll(() => small.close());

  test('a client over its budget gets 429 RATE_LIMITED with Retry-After', async () => {
    const query = `{ countries(first: 10) { nodes { alpha2 } } }`; // costs 12
    const first = await small.gql(query);
    expect(first.status).toBe(200);
    expect(first.json?.extensions?.cost).toMatchObject({
      requested: 12,
      budget: { capacity: 30, remaining: 18, refillPerSecond: 1 },
    });
    expect((await small.gql(query)).status).toBe(200);
    const third = await small.gql(query);
    expect(third.status).toBe(429);
    expect(codeOf(third)).toBe('RATE_LIMITED');
    expect(third.json?.errors?.[0]?.message).toMatch(/Rate limit exceeded/);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
    // A cheap query still fits what is left.
    expect((await small.gql(`{ __typename }`)).status).toBe(200);
  });

  test('each API key has a budget of its own, apart from its IP', async () => {
    const keys = new ApiKeyService(small.dataSource);
    const a = await keys.create('rate limit test A', Role.VIEWER);
    const b = await keys.create('rate limit test B', Role.VIEWER);
    const query = `{ countries(first: 10) { nodes { alpha2 } } }`; // costs 12
    const asA = { authorization: `Bearer ${a.secret}` };
    expect((await small.gql(query, {}, asA)).status).toBe(200);
    expect((await small.gql(query, {}, asA)).status).toBe(200);
    const throttled = await small.gql(query, {}, asA);
    expect(throttled.status).toBe(429);
    expect(codeOf(throttled)).toBe('RATE_LIMITED');
    const asB = await small.gql(query, {}, { authorization: `Bearer ${b.secret}` });
    expect(asB.status).toBe(200);
    expect(asB.json?.extensions?.cost).toMatchObject({ budget: { remaining: 18 } });
    const line = small.logs.find(
      (entry) => entry.msg === 'request' && entry.client === `key:${b.apiKey.id}`,
    );
    expect(line).toBeDefined();
  });
});
