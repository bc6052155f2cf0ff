import { DatasetService } from '../../src/modules/dataset/dataset.service';
import { toGlobalId } from '../../src/common/relay/global-id';
import { readTaxonomy } from '../../src/modules/sector/sector-taxonomy';
import { bearer, expectRefused, issueKeys, Keys } from '../curation/helpers';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * An interest with no partner (what a state says at the UN General Debate): recorded, counted by
 * every party-level figure, and in no figure about a pair.
 */
let app: TestApp;
let keys: Keys;
const SOURCE = 'https://doi.org/10.7910/DVN/0TJX8Y#COD_70_2015.txt';
const ERRORS = 'userErrors { field message code }';
/** The sectors the files below name, as a dataset must list them. */
const SECTORS = readTaxonomy()
  .filter((s) => ['mining', 'agriculture', 'health', 'energy'].includes(s.code))
  .map(({ code, name, description }) => ({ code, name, description }));
const ADD = `mutation ($input: AddInterestInput!) {
  addInterest(input: $input) { interest { id partner { code } sector { code } } ${ERRORS} } }`;

const interest = (sector: string, stance: string, partner?: string) => ({
  sector,
  country: 'CD',
  ...(partner ? { partner } : {}),
  stance,
  note: 'Said in the General Debate.',
  source: SOURCE,
});
const UN_GA = {
  key: 'un-ga',
  name: 'General Assembly',
  kind: 'INTERNATIONAL_ORGANIZATION',
  countries: ['UN'],
};
const STATEMENT = {
  format: 'cooperation-atlas/v1',
  name: 'no partner test',
  sectors: SECTORS,
  organizations: [UN_GA],
  sources: [
    { url: SOURCE, title: 'Statement', publisher: 'un-ga', publishedAt: '2015-01-01T00:00:00Z' },
  ],
  meetings: [
    {
      key: 'ungd-70-cod',
      title: 'Statement of the DR Congo, session 70',
      kind: 'GENERAL_DEBATE_STATEMENT',
      start: '2015',
      city: 'New York',
      parties: ['CD', 'UN'],
      summary: 'Test.',
      sources: [SOURCE],
      interests: [
        interest('mining', 'HIGHLIGHTED'),
        interest('mining', 'PROPOSED'),
        interest('agriculture', 'DISCUSSED'),
        interest('health', 'DISCUSSED', 'BE'),
      ],
    },
  ],
};

beforeAll(async () => {
  app = await startTestApp();
  keys = await issueKeys(app.dataSource);
  await new DatasetService(app.dataSource).load(STATEMENT);
}, 120_000);
afterAll(() => app?.close());

const meetingId = async () => {
  const [{ id }] = await app.dataSource.query(`SELECT id FROM meeting WHERE key = 'ungd-70-cod'`);
  return toGlobalId('Meeting', id);
};

test('interests without a partner are stored with a null partner and loaded once', async () => {
  const ours = `SELECT s.code, i.partner_id FROM sector_interest i JOIN sector s ON s.id = i.sector_id
      JOIN meeting m ON m.id = i.meeting_id WHERE m.key = 'ungd-70-cod' ORDER BY s.code, i.stance`;
  await new DatasetService(app.dataSource).load(STATEMENT);
  const rows = await app.dataSource.query(ours);
  expect(
    rows.map((r: { code: string; partner_id: number | null }) => [r.code, r.partner_id === null]),
  ).toEqual([
    ['agriculture', true],
    ['health', false],
    ['mining', true],
    ['mining', true],
  ]);
  const res = await app.gql<{ meeting: { interests: { partner: unknown }[] } }>(
    'query ($id: ID!) { meeting(id: $id) { interests { partner { code } } } }',
    { id: await meetingId() },
  );
  expect(res.errors).toBeUndefined();
  expect(res.data!.meeting.interests.filter((i) => i.partner === null)).toHaveLength(3);
});

test('party-level analytics count them', async () => {
  const res = await app.gql<{
    topSectors: { sector: { code: string }; mentions: number }[];
    bounded: { sector: { code: string }; mentions: number }[];
    sectorInterest: { sector: { code: string }; mentions: number }[];
  }>(`{
    topSectors(country: "CD") { sector { code } mentions }
    bounded: topSectors(country: "CD", from: "2014-06-01") { sector { code } mentions }
    sectorInterest(filter: { countryCodes: ["CD"] }, groupBy: [SECTOR]) { sector { code } mentions }
  }`);
  expect(res.errors).toBeUndefined();
  const expected = [
    { sector: { code: 'mining' }, mentions: 2 },
    { sector: { code: 'agriculture' }, mentions: 1 },
    { sector: { code: 'health' }, mentions: 1 },
  ];
  expect(res.data!.topSectors).toEqual(expected);
  expect(res.data!.sectorInterest).toEqual(expected);
  expect(res.data!.bounded).toEqual(expected);
});

test('pair analytics leave them out', async () => {
  const res = await app.gql<{
    topPartners: { partner: { code: string }; mentions: number }[];
    bySector: { partner: { code: string }; mentions: number }[];
    sectorInterest: { partner: { code: string } | null; mentions: number }[];
    sectorOverlap: unknown[];
  }>(`{
    topPartners(country: "CD") { partner { code } mentions }
    bySector: topPartners(country: "CD", sector: "health") { partner { code } mentions }
    sectorInterest(filter: { countryCodes: ["CD"] }, groupBy: [PARTNER]) { partner { code } mentions }
    sectorOverlap(a: "CD", b: "BE") { sector { code } }
  }`);
  expect(res.errors).toBeUndefined();
  expect(res.data!.topPartners).toEqual([{ partner: { code: 'BE' }, mentions: 1 }]);
  expect(res.data!.bySector).toEqual([{ partner: { code: 'BE' }, mentions: 1 }]);
  expect(res.data!.sectorInterest).toEqual([{ partner: { code: 'BE' }, mentions: 1 }]);
  expect(res.data!.sectorOverlap).toEqual([]);
  const [{ n }] = await app.dataSource.query(
    'SELECT (SELECT count(*) FROM analytics_country_partner_total WHERE partner_id IS NULL) + (SELECT count(*) FROM analytics_country_partner_year WHERE partner_id IS NULL) AS n',
  );
  expect(Number(n)).toBe(0);
});

test('addInterest without a partner records one; again answers the same row', async () => {
  const input = {
    meetingId: await meetingId(),
    sector: { code: 'education' },
    country: 'CD',
    stance: 'HIGHLIGHTED',
    note: 'Schools.',
    source: SOURCE,
  };
  const first = await app.gql<{ addInterest: { interest: { id: string; partner: null } } }>(
    ADD,
    { input },
    bearer(keys.editor),
  );
  expect(first.errors).toBeUndefined();
  expect(first.data!.addInterest).toMatchObject({ interest: { partner: null }, userErrors: [] });
  const again = await app.gql<typeof first.data>(ADD, { input }, bearer(keys.editor));
  expect(again.data!.addInterest.interest.id).toBe(first.data!.addInterest.interest.id);
  const [{ n }] = await app.dataSource.query(
    `SELECT count(*)::int AS n FROM sector_interest i JOIN sector s ON s.id = i.sector_id
      JOIN meeting m ON m.id = i.meeting_id WHERE s.code = 'education' AND m.key = 'ungd-70-cod'`,
  );
  expect(n).toBe(1);
});

test('a bad partner code is refused naming the field, and nothing is written', async () => {
  const input = {
    meetingId: await meetingId(),
    sector: { code: 'transport' },
    country: 'CD',
    stance: 'DISCUSSED',
    note: 'Roads.',
    source: SOURCE,
  };
  const unknown = await expectRefused(
    app,
    keys.editor,
    ADD,
    { input: { ...input, partner: 'QQ' } },
    'addInterest',
  );
  expect(unknown).toContainEqual(
    expect.objectContaining({ field: ['input', 'partner'], code: 'NOT_FOUND' }),
  );
  const self = await expectRefused(
    app,
    keys.editor,
    ADD,
    { input: { ...input, partner: 'CD' } },
    'addInterest',
  );
  expect(self).toContainEqual(expect.objectContaining({ field: ['input', 'partner'] }));
});

test('a dataset interest with a bad partner code names its path, and nothing is written', async () => {
  const before = await app.dataSource.query('SELECT count(*)::int AS n FROM sector_interest');
  await expect(
    new DatasetService(app.dataSource).load({
      format: 'cooperation-atlas/v1',
      name: 'bad partner',
      sectors: SECTORS,
      organizations: [
        {
          key: 'un-ga',
          name: 'General Assembly',
          kind: 'INTERNATIONAL_ORGANIZATION',
          countries: ['UN'],
        },
      ],
      sources: [
        {
          url: SOURCE,
          title: 'Statement',
          publisher: 'un-ga',
          publishedAt: '2015-01-01T00:00:00Z',
        },
      ],
      meetings: [
        {
          key: 'ungd-70-cod',
          title: 'Statement',
          kind: 'GENERAL_DEBATE_STATEMENT',
          start: '2015',
          parties: ['CD', 'UN'],
          summary: 'Test.',
          sources: [SOURCE],
          interests: [
            {
              sector: 'energy',
              country: 'CD',
              partner: 'QQQ',
              stance: 'DISCUSSED',
              note: 'x',
              source: SOURCE,
            },
          ],
        },
      ],
    }),
  ).rejects.toMatchObject({
    problems: [expect.objectContaining({ path: '$.meetings[0].interests[0].partner' })],
  });
  expect(await app.dataSource.query('SELECT count(*)::int AS n FROM sector_interest')).toEqual(
    before,
  );
});
