import { startTestApp, TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

test('the Baku meeting between Bayramov and Suh reads back from the seed', async () => {
  const res = await app.gql<{ meetings: { nodes: Record<string, unknown>[] } }>(`{
    meetings(filter: { countryCodes: ["AZ", "KR"], from: "2022-08-25", to: "2022-08-25" }) {
      nodes { date datePrecision city hostCountry { alpha2 }
        participants { person { name } country { alpha2 } role capacity description } }
    }
  }`);
  expect(res.errors).toBeUndefined();
  const baku = res.data!.meetings.nodes.find((m) => m.date === '2022-08-25')!;
  expect(baku).toMatchObject({ city: 'Baku', datePrecision: 'DAY', hostCountry: { alpha2: 'AZ' } });
  const names = (baku.participants as { person: { name: string } | null }[]).map(
    (p) => p.person?.name,
  );
  expect(names).toEqual(expect.arrayContaining(['Jeyhun Bayramov', 'Suh Byung-soo', undefined]));
});

test('people are found by another spelling of their name', async () => {
  const res = await app.gql<{ people: { nodes: { name: string; aliases: string[] }[] } }>(
    '{ people(filter: { search: "byeong-su" }) { nodes { name aliases } } }',
  );
  expect(res.errors).toBeUndefined();
  expect(res.data!.people.nodes).toEqual([
    { name: 'Suh Byung-soo', aliases: expect.arrayContaining(['Seo Byeong-su']) },
  ]);
});
