import { startTestApp, TestApp } from '../support/test-app';

let app: TestApp;

beforeAll(async () => {
  // One connection, as embedded: with several, loads that finish in the same tick share a batch
  // by chance, so the count would vary by one between runs whatever the page size.
  app = await startTestApp({ poolSize: 1 });
  // 120 more meetings, each with two named participants, an unnamed delegation and three interests
  // in sectors the seed's meetings already name: both pages then need the same depth of lookups.
  await app.dataSource.query(`
    INSERT INTO meeting (key, title, kind, start_date, date_precision, summary)
    SELECT 'bulk-' || n, 'Bulk meeting ' || n, 'BILATERAL_MEETING', date '2000-01-01' + n, 'DAY', 'Generated.'
      FROM generate_series(1, 120) n`);
  await app.dataSource.query(`
    INSERT INTO participant (meeting_id, person_id, description, country_id, role)
    SELECT m.id, p.id, NULL, p.country_id, 'HOST'::participant_role
      FROM meeting m CROSS JOIN (SELECT * FROM person WHERE country_id IS NOT NULL LIMIT 2) p
     WHERE m.key LIKE 'bulk-%'
    UNION ALL
    SELECT m.id, NULL, 'A delegation', (SELECT id FROM country WHERE code = 'KR'), 'DELEGATION_MEMBER'
      FROM meeting m WHERE m.key LIKE 'bulk-%'`);
  await app.dataSource.query(`
    INSERT INTO sector_interest (meeting_id, sector_id, country_id, partner_id, stance, note, source_id)
    SELECT m.id, s.id, (SELECT id FROM country WHERE code = 'AZ'), (SELECT id FROM country WHERE code = 'KR'),
           'DISCUSSED', 'Generated.', (SELECT min(id) FROM source)
      FROM meeting m
     CROSS JOIN (SELECT DISTINCT sector_id AS id FROM sector_interest ORDER BY 1 LIMIT 3) s
     WHERE m.key LIKE 'bulk-%'`);
  // Every country gets a person and a meeting, so each page of countries has nested rows to load.
  await app.dataSource.query(`
    INSERT INTO person (key, name, country_id) SELECT 'person-' || code, 'Person of ' || name, id FROM country`);
  await app.dataSource.query(`
    INSERT INTO meeting_party (meeting_id, country_id)
    SELECT (SELECT id FROM meeting WHERE key = 'bulk-' || (1 + c.id % 120)), c.id FROM country c
    ON CONFLICT DO NOTHING`);
});
afterAll(() => app.close());

const PAGE = `query Page($first: Int!) {
  meetings(first: $first) {
    totalCount
    nodes {
      title date
      participants { person { name } country { alpha2 } role capacity }
      interests { sector { code parent { code } } country { alpha2 } partner { alpha2 } stance speaker { name } }
      sources { url publisher { name } }
      visit { title }
    }
  }
}`;

async function statementsFor(first: number): Promise<number> {
  app.statements.count = 0;
  const res = await app.gql<{
    meetings: { nodes: { participants: unknown[]; interests: unknown[] }[] };
  }>(PAGE, { first });
  expect(res.errors).toBeUndefined();
  expect(res.data!.meetings.nodes).toHaveLength(first);
  return app.statements.count;
}

test('a page of 100 meetings takes the same number of SQL statements as a page of 5', async () => {
  const small = await statementsFor(5);
  const large = await statementsFor(100);
  expect(large).toBe(small);
  expect(large).toBeLessThanOrEqual(14);
});

test('nested connections of many countries are batched too', async () => {
  const query = (first: number) =>
    app.gql<{ countries: { nodes: unknown[] } }>(
      `query($first: Int!) { countries(first: $first) { nodes { code meetings(first: 3) { totalCount nodes { title } } people { nodes { name } } } } }`,
      { first },
    );
  app.statements.count = 0;
  expect((await query(5)).errors).toBeUndefined();
  const small = app.statements.count;
  app.statements.count = 0;
  expect((await query(100)).data!.countries.nodes).toHaveLength(100);
  expect(app.statements.count).toBe(small);
});
