import { startTestApp, TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

type Page = {
  countries: {
    totalCount: number;
    edges: { cursor: string; node: { code: string } }[];
    pageInfo: {
      hasNextPage: boolean;
      hasPreviousPage: boolean;
      startCursor: string;
      endCursor: string;
    };
  };
};
const PAGE = `query($first: Int, $after: String, $last: Int, $before: String) {
  countries(first: $first, after: $after, last: $last, before: $before, orderBy: CODE_ASC) {
    totalCount edges { cursor node { code } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

test('walking forward with after visits every country once, in a stable order', async () => {
  const seen: string[] = [];
  let after: string | undefined;
  let total = 0;
  for (;;) {
    const res = await app.gql<Page>(PAGE, { first: 100, after });
    expect(res.errors).toBeUndefined();
    const { edges, pageInfo, totalCount } = res.data!.countries;
    total = totalCount;
    seen.push(...edges.map((e) => e.node.code));
    if (!pageInfo.hasNextPage) break;
    after = pageInfo.endCursor;
  }
  expect(seen).toHaveLength(total);
  expect(new Set(seen).size).toBe(total);
  expect([...seen].sort()).toEqual(seen);
});

test('last/before walks backwards to the same items', async () => {
  const forward = await app.gql<Page>(PAGE, { first: 10 });
  const tenth = forward.data!.countries.edges[9].cursor;
  const back = await app.gql<Page>(PAGE, { last: 4, before: tenth });
  expect(back.data!.countries.edges.map((e) => e.node.code)).toEqual(
    forward.data!.countries.edges.slice(5, 9).map((e) => e.node.code),
  );
  expect(back.data!.countries.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
});

test('page sizes outside 1..100 and malformed cursors are rejected naming the argument', async () => {
  for (const [variables, field] of [
    [{ first: 101 }, 'first'],
    [{ first: 0 }, 'first'],
    [{ last: 500 }, 'last'],
    [{ after: 'nonsense' }, 'after'],
    [{ first: 2, last: 2 }, 'first'],
  ] as const) {
    const res = await app.gql(PAGE, variables);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  }
});

test('node(id) round-trips every kind of object and rejects a forged ID', async () => {
  const res = await app.gql<{ meetings: { nodes: any[] } }>(`{
    meetings(first: 1, filter: { countryCodes: ["AZ"], from: "2022-08-25", to: "2022-08-25" }) {
      nodes { id hostCountry { id } participants { id person { id } } interests { id sector { id } source { id } } }
    }
  }`);
  const meeting = res.data!.meetings.nodes[0];
  const ids = [
    meeting.id,
    meeting.hostCountry.id,
    meeting.participants[0].id,
    meeting.participants[0].person.id,
    meeting.interests[0].id,
    meeting.interests[0].sector.id,
    meeting.interests[0].source.id,
  ];
  const nodes = await app.gql<{ nodes: { id: string; __typename: string }[] }>(
    'query($ids: [ID!]!) { nodes(ids: $ids) { id __typename } }',
    { ids },
  );
  expect(nodes.data!.nodes.map((n) => n.id)).toEqual(ids);
  expect(nodes.data!.nodes.map((n) => n.__typename)).toEqual([
    'Meeting',
    'Country',
    'Participant',
    'Person',
    'SectorInterest',
    'Sector',
    'Source',
  ]);
  const forged = await app.gql('{ node(id: "bm9wZQ") { id } }');
  expect(forged.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  const missing = await app.gql(
    `{ node(id: "${Buffer.from('Meeting:999999').toString('base64url')}") { id } }`,
  );
  expect(missing.data).toEqual({ node: null });
});

test('meeting filters: pair in either order, dates overlapping coarse periods, kinds, people', async () => {
  const q = async (filter: Record<string, unknown>) => {
    const res = await app.gql<{ meetings: { nodes: { date: string }[] } }>(
      'query($filter: MeetingFilter) { meetings(filter: $filter, first: 50) { nodes { date } } }',
      { filter },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.meetings.nodes.map((m) => m.date);
  };
  expect(await q({ countryCodes: ['kor', 'aze'] })).toEqual(
    await q({ countryCodes: ['AZ', 'KR'] }),
  );
  expect(await q({ from: '2022-07-15', to: '2022-07-20' })).toEqual(['2022-07']);
  expect(await q({ from: '2009-06-01', to: '2009-06-01' })).toEqual(['2009']);
  expect(await q({ kind: 'POLITICAL_DIALOGUE' })).toEqual(['2022-07']);
  expect(await q({ sectorCodes: ['reconstruction'] })).toEqual(['2022-08-25']);
  expect(await q({ search: 'nonexistentword' })).toEqual([]);
  const bad = await app.gql('{ meetings(filter: { sectorCodes: ["space"] }) { totalCount } }');
  expect(bad.errors?.[0].extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'filter.sectorCodes',
  });
});
