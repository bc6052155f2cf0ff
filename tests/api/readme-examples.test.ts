import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startTestApp, TestApp } from '../support/test-app';

const readme = readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]);
const byName = (name: string) => examples.find((query) => query.includes(`query ${name}`))!;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

test('README has example queries and every one runs without errors', async () => {
  expect(examples.length).toBeGreaterThanOrEqual(5);
  for (const query of examples) {
    const res = await app.gql(query);
    expect(res.errors).toBeUndefined();
  }
});

test('AzerbaijanKorea returns the article meetings and who raised which sector', async () => {
  const res = await app.gql<{ meetings: { totalCount: number; nodes: Record<string, any>[] } }>(
    byName('AzerbaijanKorea'),
  );
  const { nodes, totalCount } = res.data!.meetings;
  expect(totalCount).toBe(5);
  const dates = nodes.map((m) => m.date);
  expect(dates).toEqual(expect.arrayContaining(['2022-08-25', '2022-08', '2022-07', '2009']));
  const baku = nodes.find((m) => m.date === '2022-08-25')!;
  expect(baku.city).toBe('Baku');
  expect(baku.visit.title).toMatch(/visit/i);
  const raised = (code: string) =>
    baku.interests.filter((i: any) => i.country.alpha2 === code).map((i: any) => i.sector.code);
  expect(raised('KR')).toEqual(
    expect.arrayContaining([
      'e-government',
      'smart-cities',
      'agriculture',
      'education',
      'alternative-energy',
    ]),
  );
  expect(raised('AZ')).toEqual(
    expect.arrayContaining(['mining', 'alternative-energy', 'education']),
  );
  expect(baku.interests.find((i: any) => i.sector.code === 'mining').speaker.name).toBe(
    'Jeyhun Bayramov',
  );
  expect(baku.sources[0].citedBody.name).toMatch(/Foreign Affairs/);
  const aliyev = nodes.find((m) =>
    m.participants.some((p: any) => p.person?.name === 'Ilham Aliyev'),
  );
  expect(aliyev).toMatchObject({ date: '2022-08', datePrecision: 'MONTH' });
  const dialogue = nodes.find((m) => m.kind === 'POLITICAL_DIALOGUE')!;
  expect(dialogue).toMatchObject({ date: '2022-07', hostCountry: { name: 'South Korea' } });
  const y2009 = nodes.find((m) => m.date === '2009')!;
  expect(y2009.participants.map((p: any) => p.person?.name)).toContain('Suh Byung-soo');
});

test('EnergyTalks finds the Baku meeting through alternative-energy rolling up to energy', async () => {
  const res = await app.gql<{ meetings: { nodes: Record<string, any>[] } }>(byName('EnergyTalks'));
  const [meeting] = res.data!.meetings.nodes;
  expect(res.data!.meetings.nodes).toHaveLength(1);
  expect(meeting.date).toBe('2022-08-25');
  expect(meeting.interests.some((i: any) => i.sector.parent?.code === 'energy')).toBe(true);
});

test('Relations shows 1992, the 30th anniversary in 2022', async () => {
  const res = await app.gql<{ bilateralRelation: Record<string, any> }>(byName('Relations'));
  expect(res.data!.bilateralRelation).toMatchObject({
    established: '1992',
    yearsOfRelations: 30,
    nextAnniversary: { years: 30, date: '2022-01-01' },
  });
});

test('Korea and Reference show people, sectors, the joint commission and programmes', async () => {
  const korea = await app.gql<{ country: Record<string, any> }>(byName('Korea'));
  expect(korea.data!.country.alpha3).toBe('KOR');
  expect(korea.data!.country.people.nodes.map((p: any) => p.name)).toContain('Suh Byung-soo');
  expect(korea.data!.country.meetings.pageInfo.hasNextPage).toBe(true);
  const ref = await app.gql<Record<string, any>>(byName('Reference'));
  const codes = ref.data!.sectors.nodes.map((s: any) => s.code);
  expect(codes).toEqual(
    expect.arrayContaining([
      'energy',
      'education',
      'e-government',
      'smart-cities',
      'mining',
      'agriculture',
      'ict',
      'investment',
      'trade-economy',
      'political-dialogue',
      'parliamentary',
      'reconstruction',
      'multilateral',
    ]),
  );
  const education = ref.data!.sectors.nodes.find((s: any) => s.code === 'education');
  expect(education.children.map((c: any) => c.code)).toEqual(
    expect.arrayContaining(['vocational-education', 'higher-education']),
  );
  expect(ref.data!.organizations.nodes[0].name).toMatch(/Joint Commission on Economic Cooperation/);
  expect(ref.data!.organizations.nodes[0].countries.map((c: any) => c.alpha2).sort()).toEqual([
    'AZ',
    'KR',
  ]);
  const names = ref.data!.agreements.nodes.map((a: any) => a.name).join(' | ');
  expect(names).toMatch(/dual-diploma/i);
  expect(names).toMatch(/Vocational Education Center/);
});
