import { startTestApp, TestApp } from '../support/test-app';

/**
 * topSectors(orderBy: DISTINCTIVE), lift and distinctiveness. The data are General Debate
 * statements of 1950 (nothing else in the atlas is a statement of that year), one top-level sector
 * per interest, so the background is exactly:
 *
 * | party | security | trade-economy | mining | total |
 * | IS    |        6 |             3 |      3 |    12 |
 * | NZ    |       10 |             9 |      1 |    20 |
 * | FJ    |       10 |             8 |      0 |    18 |
 * | all   |       26 |            20 |      4 |    50 |
 *
 * For IS and mining: lift = (3/12) / (4/50) = 3.125. Distinctiveness, with the prior
 * a = 4 x 12/50 = 0.96 (weight 12): delta = ln(3.96/20.04) - ln(4.96/57.04) = 0.8209,
 * variance = 1/3.96 + 1/4.96 = 0.4541, z = 0.8209 / 0.6739 = 1.2181.
 */
let app: TestApp;
const STATEMENTS_1950 = { channels: ['STATEMENTS'], from: '1950-01-01', to: '1950-12-31' };

beforeAll(async () => {
  app = await startTestApp();
  const plan: [string, Record<string, number>][] = [
    ['IS', { security: 6, 'trade-economy': 3, mining: 3 }],
    ['NZ', { security: 10, 'trade-economy': 9, mining: 1 }],
    ['FJ', { security: 10, 'trade-economy': 8 }],
  ];
  for (const [party, counts] of plan) {
    const statements = Math.max(...Object.values(counts));
    for (let n = 0; n < statements; n += 1) {
      const sectors = Object.entries(counts)
        .filter(([, count]) => n < count)
        .map(([sector]) => sector);
      await addStatement(
        `d-${party}-${n}`,
        party,
        `1950-09-${String(n + 1).padStart(2, '0')}`,
        sectors,
      );
    }
  }
}, 240_000);
afterAll(() => app?.close());

async function addStatement(key: string, party: string, date: string, sectors: string[]) {
  const [{ id }] = await app.dataSource.query(
    `INSERT INTO meeting (key, title, kind, start_date, date_precision, summary)
     VALUES ($1, $1, 'GENERAL_DEBATE_STATEMENT', $2, 'DAY', 'test') RETURNING id`,
    [key, date],
  );
  await app.dataSource.query(
    `INSERT INTO meeting_party (meeting_id, country_id) SELECT $1, id FROM country WHERE code = ANY($2)`,
    [id, [party, 'UN']],
  );
  for (const sector of sectors) {
    await app.dataSource.query(
      `INSERT INTO sector_interest (meeting_id, sector_id, country_id, stance, note, source_id)
       SELECT $1, (SELECT id FROM sector WHERE code = $3), (SELECT id FROM country WHERE code = $2),
              'DISCUSSED', 'test', (SELECT min(id) FROM source)`,
      [id, party, sector],
    );
  }
}

interface Ranked {
  sector: { code: string };
  mentions: number;
  lift: number;
  distinctiveness: number;
}

async function topSectors(args: Record<string, unknown>): Promise<Ranked[]> {
  const res = await app.gql<{ topSectors: Ranked[] }>(
    `query ($country: String!, $from: LocalDate, $to: LocalDate, $channels: [InterestChannel!],
            $orderBy: TopSectorOrder, $limit: Int) {
       topSectors(country: $country, from: $from, to: $to, channels: $channels,
                  orderBy: $orderBy, limit: $limit) {
         sector { code } mentions lift distinctiveness } }`,
    { country: 'IS', ...STATEMENTS_1950, ...args },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.topSectors;
}

test('by mentions the shared sectors lead; by distinctiveness the one IS raises more than others', async () => {
  const byMentions = await topSectors({});
  expect(byMentions[0]!.sector.code).toBe('security');
  expect(byMentions.map((s) => s.mentions)).toEqual([6, 3, 3]);
  const distinctive = await topSectors({ orderBy: 'DISTINCTIVE' });
  expect(distinctive.map((s) => s.sector.code)).toEqual(['mining', 'security', 'trade-economy']);
  const mining = distinctive[0]!;
  expect(mining.mentions).toBe(3);
  expect(mining.lift).toBeCloseTo(3.125, 6);
  expect(mining.distinctiveness).toBeCloseTo(1.2181, 3);
  expect(distinctive[1]!.distinctiveness).toBeLessThan(0);
  expect(distinctive[2]!.distinctiveness).toBeLessThan(distinctive[1]!.distinctiveness);
});

test('lift and distinctiveness are the same whichever order asked for them, and limit cuts after ranking', async () => {
  const byMentions = await topSectors({});
  const distinctive = await topSectors({ orderBy: 'DISTINCTIVE' });
  for (const entry of byMentions) {
    const same = distinctive.find((d) => d.sector.code === entry.sector.code)!;
    expect(entry.lift).toBeCloseTo(same.lift, 9);
    expect(entry.distinctiveness).toBeCloseTo(same.distinctiveness, 9);
  }
  expect(
    (await topSectors({ orderBy: 'DISTINCTIVE', limit: 1 })).map((s) => s.sector.code),
  ).toEqual(['mining']);
});

test('a window that is not whole years (interest rows) gives the same figures as the yearly rollups', async () => {
  const rows = await topSectors({ orderBy: 'DISTINCTIVE', from: '1950-02-01', to: '1950-12-30' });
  const rollups = await topSectors({ orderBy: 'DISTINCTIVE' });
  expect(rows).toEqual(rollups);
});

test('an unknown order is a 400 naming the enum and its value', async () => {
  const res = await app.gql('{ topSectors(country: "IS", orderBy: LOUDEST) { mentions } }');
  expect(res.status).toBe(400);
  expect(res.errors![0]!.message).toMatch(/LOUDEST.*TopSectorOrder/);
});
