import { readTaxonomy } from '../../src/modules/sector/sector-taxonomy';
import { startTestApp, TestApp } from '../support/test-app';
import { bearer, expectRefused, issueKeys, Keys } from '../curation/helpers';

let app: TestApp;
let keys: Keys;
beforeAll(async () => {
  app = await startTestApp();
  keys = await issueKeys(app.dataSource);
});
afterAll(() => app.close());

interface Crs {
  code: string;
  name: string;
  withdrawn?: boolean;
  category?: { code: string; name: string } | null;
}

test('a sector answers its CRS code with the name and category from the codelist', async () => {
  const res = await app.gql<{ sector: { crsCode: string; crs: Crs; parent: { code: string } } }>(`{
    sector(code: "peace-conflict-prevention") {
      crsCode parent { code }
      crs { code name description withdrawn category { code name category { code } } }
    }
  }`);
  expect(res.errors).toBeUndefined();
  expect(res.data!.sector).toEqual({
    crsCode: '15220',
    parent: { code: 'security' },
    crs: {
      code: '15220',
      name: 'Civilian peace-building, conflict prevention and resolution',
      description: expect.stringContaining('conflict prevention'),
      withdrawn: false,
      category: { code: '152', name: 'Conflict, Peace & Security', category: null },
    },
  });
});

test('every sector of the taxonomy has a CRS code the list names', async () => {
  const res = await app.gql<{
    sectors: { nodes: { code: string; crsCode: string; crs: Crs | null }[] };
  }>('{ sectors(topLevelOnly: false, first: 100) { nodes { code crsCode crs { code name } } } }');
  expect(res.errors).toBeUndefined();
  const nodes = res.data!.sectors.nodes;
  expect(nodes).toHaveLength(readTaxonomy().length);
  expect(nodes.filter((s) => s.crs?.code !== s.crsCode || !s.crs?.name)).toEqual([]);
});

test('a CRS code lists its sectors; a category also those of its codes', async () => {
  const res = await app.gql<
    Record<string, { name: string; withdrawn: boolean; sectors: { code: string }[] } | null>
  >(`{
    category: crsCode(code: "152") { name withdrawn sectors { code } }
    code: crsCode(code: " 15121 ") { name withdrawn sectors { code } }
    old: crsCode(code: "230") { name withdrawn sectors { code } }
    none: crsCode(code: "99999") { name }
  }`);
  expect(res.errors).toBeUndefined();
  expect(res.data).toEqual({
    category: {
      name: 'Conflict, Peace & Security',
      withdrawn: false,
      sectors: [
        { code: 'defence' },
        { code: 'demining' },
        { code: 'disarmament' },
        { code: 'peace-conflict-prevention' },
        { code: 'security' },
      ],
    },
    code: {
      name: 'Foreign affairs',
      withdrawn: false,
      sectors: [{ code: 'multilateral' }, { code: 'political-dialogue' }],
    },
    old: { name: 'ENERGY GENERATION AND SUPPLY', withdrawn: true, sectors: [] },
    none: null,
  });
});

test('the sectors of recorded interests answer their CRS name too', async () => {
  const res = await app.gql<{
    meetings: { nodes: { interests: { sector: { code: string; crs: Crs | null } }[] }[] };
  }>('{ meetings(first: 5) { nodes { interests { sector { code crs { code name } } } } } }');
  expect(res.errors).toBeUndefined();
  const sectors = res.data!.meetings.nodes.flatMap((m) => m.interests.map((i) => i.sector));
  expect(sectors.length).toBeGreaterThan(0);
  expect(sectors.filter((s) => !s.crs?.name)).toEqual([]);
});

test('a sector is written only with a CRS code the list holds', async () => {
  const CREATE = `mutation ($input: CreateSectorInput!) {
    createSector(input: $input) { sector { code crs { name } } userErrors { field message code } } }`;
  const input = { code: 'ocean-energy', name: 'Ocean energy', description: 'Tides and waves.' };
  const errors = await expectRefused(
    app,
    keys.editor,
    CREATE,
    { input: { ...input, crsCode: '23999' } },
    'createSector',
  );
  expect(errors).toEqual([
    {
      field: ['input', 'crsCode'],
      message: '23999 is not an OECD DAC CRS purpose code or category',
      code: 'INVALID',
    },
  ]);
  const res = await app.gql<{ createSector: { sector: { crs: { name: string } } } }>(
    CREATE,
    { input: { ...input, crsCode: '23250' } },
    bearer(keys.editor),
  );
  expect(res.data!.createSector.sector.crs).toEqual({ name: 'Marine energy' });
});
