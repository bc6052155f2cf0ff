import { readFileSync } from 'node:fs';
import { DatasetService } from '../../src/modules/dataset/dataset.service';
import { seed, SEED_FILE } from '../../src/modules/dataset/seed';
import { generate } from '../../src/cli/generator/generator';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The analytics read model (migration AnalyticsRollups) is maintained by triggers. After every
 * kind of write, each of its tables must equal a plain recomputation from the source tables.
 */
let app: TestApp;
const q = (sql: string, params?: unknown[]) => app.dataSource.query(sql, params);

beforeAll(async () => {
  app = await startTestApp();
  await generate(app.dataSource, { interests: 800, seed: 5, vacuum: false });
}, 240_000);
afterAll(() => app.close());

const FACT = `SELECT si.id, si.meeting_id, si.sector_id, si.country_id, si.partner_id, si.stance, m.kind,
      m.start_date,
      CASE m.date_precision WHEN 'DAY' THEN m.start_date
        WHEN 'MONTH' THEN (date_trunc('month', m.start_date) + interval '1 month - 1 day')::date
        ELSE (date_trunc('year', m.start_date) + interval '1 year - 1 day')::date END AS period_end,
      m.date_precision, extract(year FROM m.start_date)::int AS year,
      m.kind = 'GENERAL_DEBATE_STATEMENT' AS statement
    FROM sector_interest si JOIN meeting m ON m.id = si.meeting_id`;

const ROOTS = `WITH RECURSIVE roots AS (
       SELECT id AS root_id, id AS sector_id FROM sector WHERE parent_id IS NULL
       UNION ALL SELECT r.root_id, s.id FROM sector s JOIN roots r ON s.parent_id = r.sector_id)`;

/** Each pair: the read-model table and the same rows recomputed from scratch. */
const CHECKS: Record<string, [string, string]> = {
  analytics_interest: [
    `SELECT interest_id, meeting_id, sector_id, country_id, partner_id, stance, kind, start_date, period_end, date_precision, year::int, kind = 'GENERAL_DEBATE_STATEMENT' FROM analytics_interest`,
    FACT,
  ],
  analytics_country_sector_year: [
    'SELECT country_id, sector_id, year::int, statement, mentions FROM analytics_country_sector_year',
    `SELECT country_id, sector_id, year, statement, count(*)::int FROM (${FACT}) f GROUP BY 1, 2, 3, 4`,
  ],
  analytics_country_partner_year: [
    'SELECT country_id, partner_id, year::int, statement, mentions FROM analytics_country_partner_year',
    `SELECT country_id, partner_id, year, statement, count(*)::int FROM (${FACT}) f
      WHERE partner_id IS NOT NULL GROUP BY 1, 2, 3, 4`,
  ],
  analytics_country_sector_total: [
    'SELECT country_id, sector_id, statement, mentions FROM analytics_country_sector_total',
    `SELECT country_id, sector_id, statement, count(*)::int FROM (${FACT}) f GROUP BY 1, 2, 3`,
  ],
  analytics_country_partner_total: [
    'SELECT country_id, partner_id, statement, mentions FROM analytics_country_partner_total',
    `SELECT country_id, partner_id, statement, count(*)::int FROM (${FACT}) f
      WHERE partner_id IS NOT NULL GROUP BY 1, 2, 3`,
  ],
  analytics_pair_sector_year: [
    'SELECT country_id, partner_id, sector_id, year::int, statement, mentions FROM analytics_pair_sector_year',
    `SELECT country_id, partner_id, sector_id, year, statement, count(*)::int FROM (${FACT}) f
      WHERE partner_id IS NOT NULL GROUP BY 1, 2, 3, 4, 5`,
  ],
  analytics_pair_sector_total: [
    'SELECT country_id, partner_id, sector_id, statement, mentions FROM analytics_pair_sector_total',
    `SELECT country_id, partner_id, sector_id, statement, count(*)::int FROM (${FACT}) f
      WHERE partner_id IS NOT NULL GROUP BY 1, 2, 3, 4`,
  ],
  analytics_country_root_total: [
    'SELECT country_id, root_id, statement, mentions FROM analytics_country_root_total',
    `${ROOTS} SELECT f.country_id, r.root_id, f.statement, count(*)::int
       FROM (${FACT}) f JOIN roots r ON r.sector_id = f.sector_id GROUP BY 1, 2, 3`,
  ],
  analytics_relation_anniversary: [
    'SELECT relation_id, country_a_id, country_b_id, year::int, month_day::int, precision FROM analytics_relation_anniversary',
    `SELECT id, country_a_id, country_b_id, extract(year FROM established_on)::int,
            to_char(established_on, 'MMDD')::int, established_precision FROM bilateral_relation`,
  ],
  analytics_meeting_pair: [
    'SELECT meeting_id, country_a_id, country_b_id, kind, start_date, date_precision FROM analytics_meeting_pair',
    `SELECT m.id, a.country_id, b.country_id, m.kind, m.start_date, m.date_precision
       FROM meeting m JOIN meeting_party a ON a.meeting_id = m.id
       JOIN meeting_party b ON b.meeting_id = m.id AND b.country_id > a.country_id`,
  ],
  analytics_country_root_year: [
    'SELECT country_id, root_id, year::int, statement, mentions, meetings, first_key, last_key FROM analytics_country_root_year',
    `${ROOTS}
     SELECT f.country_id, r.root_id, f.year, f.statement, count(*)::int, count(DISTINCT f.meeting_id)::int,
            min((f.start_date - DATE '1900-01-01') * 4 + CASE f.date_precision WHEN 'YEAR' THEN 0 WHEN 'MONTH' THEN 1 ELSE 2 END),
            max((f.period_end - DATE '1900-01-01') * 4 + CASE f.date_precision WHEN 'YEAR' THEN 2 WHEN 'MONTH' THEN 1 ELSE 0 END)
       FROM (${FACT}) f JOIN roots r ON r.sector_id = f.sector_id GROUP BY 1, 2, 3, 4`,
  ],
  analytics_pair_month: [
    'SELECT country_a_id, country_b_id, month, coarse, kind, meetings FROM analytics_pair_month',
    `SELECT a.country_id, b.country_id,
            (CASE WHEN m.date_precision = 'YEAR' THEN date_trunc('year', m.start_date) ELSE date_trunc('month', m.start_date) END)::date,
            m.date_precision = 'YEAR', m.kind, count(*)::int
       FROM meeting m JOIN meeting_party a ON a.meeting_id = m.id
       JOIN meeting_party b ON b.meeting_id = m.id AND b.country_id > a.country_id
      GROUP BY 1, 2, 3, 4, 5`,
  ],
  // Running sums per year, unnested: (key, year, mentions up to that year), and the array's end.
  analytics_country_root_cumulative: [
    `SELECT r.country_id, r.root_id, r.statement, y, r.cum[y], r.last_year = array_upper(r.cum, 1)
       FROM analytics_country_root_cumulative r,
            generate_series(array_lower(r.cum, 1), array_upper(r.cum, 1)) y`,
    `${ROOTS}, k AS (
       SELECT f.country_id, r.root_id, f.statement, min(f.year) AS lo, max(f.year) AS hi
         FROM (${FACT}) f JOIN roots r ON r.sector_id = f.sector_id GROUP BY 1, 2, 3)
     SELECT k.country_id, k.root_id, k.statement, y,
            (SELECT count(*)::int FROM (${FACT}) f JOIN roots r ON r.sector_id = f.sector_id
              WHERE f.country_id = k.country_id AND r.root_id = k.root_id
                AND f.statement = k.statement AND f.year <= y), true
       FROM k, generate_series(k.lo, k.hi) y`,
  ],
  analytics_country_cumulative: [
    `SELECT r.country_id, r.statement, y, r.cum[y], r.last_year = array_upper(r.cum, 1)
       FROM analytics_country_cumulative r,
            generate_series(array_lower(r.cum, 1), array_upper(r.cum, 1)) y`,
    `WITH k AS (
       SELECT f.country_id, f.statement, min(f.year) AS lo, max(f.year) AS hi
         FROM (${FACT}) f GROUP BY 1, 2)
     SELECT k.country_id, k.statement, y,
            (SELECT count(*)::int FROM (${FACT}) f
              WHERE f.country_id = k.country_id AND f.statement = k.statement AND f.year <= y), true
       FROM k, generate_series(k.lo, k.hi) y`,
  ],
  analytics_root_share_total: [
    'SELECT channel::int, root_id, round(share_sum::numeric, 9), countries FROM analytics_root_share_total',
    `${ROOTS}, per AS (
       SELECT v.channel, f.country_id, r.root_id, count(*)::float8 AS n
         FROM (${FACT}) f JOIN roots r ON r.sector_id = f.sector_id
         JOIN (VALUES (0, NULL::boolean), (1, true), (2, false)) v(channel, statement)
           ON v.statement IS NULL OR v.statement = f.statement
        GROUP BY 1, 2, 3),
     tot AS (SELECT channel, country_id, sum(n) AS t FROM per GROUP BY 1, 2)
     SELECT p.channel, p.root_id, round(sum(p.n / t.t)::numeric, 9),
            (SELECT count(*)::int FROM tot c WHERE c.channel = p.channel)
       FROM per p JOIN tot t ON t.channel = p.channel AND t.country_id = p.country_id
      GROUP BY 1, 2`,
  ],
  analytics_sector_tree: [
    'SELECT ancestor_id, sector_id, depth, ancestor_is_root FROM analytics_sector_tree',
    `WITH RECURSIVE t AS (
       SELECT id AS ancestor_id, id AS sector_id, 0 AS depth FROM sector
       UNION ALL SELECT t.ancestor_id, s.id, t.depth + 1 FROM sector s JOIN t ON s.parent_id = t.sector_id)
     SELECT t.ancestor_id, t.sector_id, t.depth, a.parent_id IS NULL FROM t JOIN sector a ON a.id = t.ancestor_id`,
  ],
};

/** Rows that differ between each table and its recomputation, in either direction. */
async function drift(): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const [table, [stored, fresh]] of Object.entries(CHECKS)) {
    const [{ n }] = await q(
      `SELECT (SELECT count(*) FROM ((${stored}) EXCEPT ALL (${fresh})) x)::int
            + (SELECT count(*) FROM ((${fresh}) EXCEPT ALL (${stored})) y)::int AS n`,
    );
    result[table] = n;
  }
  return result;
}

const COUNTED = [
  'analytics_country_sector_year',
  'analytics_country_partner_year',
  'analytics_country_sector_total',
  'analytics_country_partner_total',
  'analytics_pair_sector_year',
  'analytics_pair_sector_total',
  'analytics_country_root_year',
  'analytics_country_root_total',
];

const CLEAN = Object.fromEntries(Object.keys(CHECKS).map((table) => [table, 0]));

async function expectInStep() {
  expect(await drift()).toEqual(CLEAN);
  const [{ zero }] = await q(
    `SELECT 0 ${COUNTED.map(
      (table) => `+ (SELECT count(*) FROM ${table} WHERE mentions <= 0)`,
    ).join(' ')} AS zero`,
  );
  expect(Number(zero)).toBe(0);
}

test('the read model matches after the seed and the generator', async () => {
  const [{ n }] = await q('SELECT count(*)::int AS n FROM analytics_interest');
  expect(n).toBeGreaterThan(800);
  await expectInStep();
});

test('the drift check can fail', async () => {
  const [row] = await q('SELECT country_id, sector_id FROM analytics_country_sector_total LIMIT 1');
  const key = [row.country_id, row.sector_id];
  await q(
    'UPDATE analytics_country_sector_total SET mentions = mentions + 1 WHERE country_id = $1 AND sector_id = $2',
    key,
  );
  expect((await drift()).analytics_country_sector_total).toBe(2);
  await q(
    'UPDATE analytics_country_sector_total SET mentions = mentions - 1 WHERE country_id = $1 AND sector_id = $2',
    key,
  );
  await expectInStep();
});

test('inserts, one row and many', async () => {
  await q(`INSERT INTO sector_interest (meeting_id, sector_id, country_id, partner_id, stance, note, source_id)
           SELECT m.id, s.id, c.id, p.id, 'AGREED', 'one', (SELECT min(id) FROM source)
             FROM (SELECT min(id) AS id FROM meeting) m, (SELECT id FROM sector WHERE code = 'mining') s,
                  (SELECT id FROM country WHERE code = 'FR') c, (SELECT id FROM country WHERE code = 'DE') p`);
  await q(`INSERT INTO sector_interest (meeting_id, sector_id, country_id, partner_id, stance, note, source_id)
           SELECT m.id, (SELECT id FROM sector WHERE code = 'gen-energy-1-a'), si.partner_id, si.country_id, 'AGREED', 'many', si.source_id
             FROM (SELECT DISTINCT ON (meeting_id) * FROM sector_interest ORDER BY meeting_id, id LIMIT 50) si
             JOIN meeting m ON m.id = si.meeting_id
           ON CONFLICT DO NOTHING`);
  await expectInStep();
});

test('updates of interests: sector, parties, stance and meeting', async () => {
  // One interest per meeting, so the natural key stays unique.
  await q(
    `INSERT INTO sector (code, name, description) VALUES ('rollup-test', 'Test', 'Test sector.')`,
  );
  await q(`UPDATE sector_interest SET sector_id = (SELECT id FROM sector WHERE code = 'rollup-test')
            WHERE id IN (SELECT DISTINCT ON (meeting_id) id FROM sector_interest ORDER BY meeting_id DESC, id LIMIT 40)`);
  await q(`UPDATE sector_interest si SET country_id = si.partner_id, partner_id = si.country_id
            WHERE si.id IN (SELECT DISTINCT ON (meeting_id) id FROM sector_interest ORDER BY meeting_id, id LIMIT 25)
              AND NOT EXISTS (SELECT 1 FROM sector_interest o WHERE o.meeting_id = si.meeting_id
                AND o.sector_id = si.sector_id AND o.country_id = si.partner_id
                AND o.partner_id = si.country_id AND o.stance = si.stance)`);
  await q(`UPDATE sector_interest SET stance = 'AGREED'
            WHERE id IN (SELECT DISTINCT ON (meeting_id) id FROM sector_interest WHERE sector_id = (SELECT id FROM sector WHERE code = 'rollup-test') ORDER BY meeting_id, id)`);
  await q(`UPDATE sector_interest SET note = note || '!' WHERE id % 7 = 0`);
  await q(`UPDATE sector_interest SET meeting_id = (SELECT max(id) FROM meeting)
            WHERE id = (SELECT max(id) FROM sector_interest WHERE meeting_id <> (SELECT max(id) FROM meeting))`);
  await expectInStep();
});

test('interests without a partner: inserted, given a partner, losing it, deleted', async () => {
  const insert = `INSERT INTO sector_interest (meeting_id, sector_id, country_id, partner_id, stance, note, source_id)
           SELECT si.meeting_id, si.sector_id, si.country_id, NULL, 'HIGHLIGHTED', 'no partner', si.source_id
             FROM (SELECT DISTINCT ON (meeting_id) * FROM sector_interest ORDER BY meeting_id, id LIMIT 40) si
           ON CONFLICT DO NOTHING`;
  await q(insert);
  const [{ n }] = await q(
    'SELECT count(*)::int AS n FROM sector_interest WHERE partner_id IS NULL',
  );
  expect(n).toBeGreaterThan(30);
  await expectInStep();
  // the natural key holds without a partner too
  await q(insert);
  const [{ again }] = await q(
    'SELECT count(*)::int AS again FROM sector_interest WHERE partner_id IS NULL',
  );
  expect(again).toBe(n);
  await q(`UPDATE sector_interest SET partner_id = (SELECT id FROM country WHERE code = 'UN')
            WHERE id IN (SELECT id FROM sector_interest WHERE partner_id IS NULL ORDER BY id LIMIT 10)`);
  await q(`UPDATE sector_interest SET partner_id = NULL
            WHERE id IN (SELECT id FROM sector_interest WHERE partner_id IS NOT NULL AND note <> 'no partner' ORDER BY id DESC LIMIT 5)`);
  await expectInStep();
  await q(
    'DELETE FROM sector_interest WHERE id IN (SELECT id FROM sector_interest WHERE partner_id IS NULL ORDER BY id LIMIT 12)',
  );
  await expectInStep();
});

test('deletes of interests', async () => {
  await q(
    'DELETE FROM sector_interest WHERE id IN (SELECT id FROM sector_interest ORDER BY id DESC LIMIT 30)',
  );
  await q('DELETE FROM sector_interest WHERE id = (SELECT min(id) FROM sector_interest)');
  await expectInStep();
});

test('meetings that move in time or change kind, and meetings deleted with their interests', async () => {
  await q(`UPDATE meeting SET start_date = '2001-02-01', date_precision = 'MONTH'
            WHERE id IN (SELECT id FROM meeting ORDER BY id DESC LIMIT 20)`);
  await q(`UPDATE meeting SET date_precision = 'YEAR', start_date = date_trunc('year', start_date)::date, kind = 'SUMMIT'
            WHERE id IN (SELECT id FROM meeting ORDER BY id LIMIT 20)`);
  await q(`UPDATE meeting SET title = title || ' (edited)' WHERE id % 5 = 0`);
  await expectInStep();
  await q(`DELETE FROM meeting WHERE id IN (
            SELECT id FROM meeting WHERE visit_id IS NULL AND id NOT IN (SELECT visit_id FROM meeting WHERE visit_id IS NOT NULL)
            ORDER BY id DESC LIMIT 15)`);
  await expectInStep();
});

test('parties joining and leaving meetings', async () => {
  await q(`INSERT INTO meeting_party (meeting_id, country_id)
           SELECT m.id, (SELECT id FROM country WHERE code = 'EU')
             FROM (SELECT id FROM meeting ORDER BY id LIMIT 30) m ON CONFLICT DO NOTHING`);
  await expectInStep();
  await q(`DELETE FROM meeting_party WHERE (meeting_id, country_id) IN (
            SELECT meeting_id, min(country_id) FROM meeting_party GROUP BY meeting_id ORDER BY meeting_id DESC LIMIT 10)`);
  await q(`UPDATE meeting_party SET country_id = (SELECT id FROM country WHERE code = 'NATO')
            WHERE country_id = (SELECT id FROM country WHERE code = 'EU') AND meeting_id = (SELECT min(meeting_id) FROM meeting_party)`);
  await expectInStep();
});

test('sectors added and moved in the tree', async () => {
  await q(`INSERT INTO sector (code, name, description, parent_id)
           SELECT 'solar', 'Solar', 'Solar power.', id FROM sector WHERE code = 'alternative-energy'`);
  await q(
    `UPDATE sector SET parent_id = (SELECT id FROM sector WHERE code = 'education') WHERE code = 'gen-energy-1'`,
  );
  await expectInStep();
  // The move shows in the answers: gen-energy-1 and its child now count under education.
  const res = await app.gql<{ sectorInterest: { sector: { code: string }; mentions: number }[] }>(
    '{ sectorInterest(filter: { sectorCodes: ["gen-energy-1"] }, groupBy: [SECTOR], exactSector: false) { sector { code } mentions } }',
  );
  const [{ n }] = await q(
    `SELECT count(*)::int AS n FROM sector_interest WHERE sector_id IN (SELECT id FROM sector WHERE code LIKE 'gen-energy-1%')`,
  );
  expect(res.data!.sectorInterest).toEqual([{ sector: { code: 'gen-energy-1' }, mentions: n }]);
  const top = await app.gql<{ sectorInterest: { sector: { code: string }; mentions: number }[] }>(
    '{ sectorInterest(groupBy: [SECTOR]) { sector { code } mentions } }',
  );
  expect(top.data!.sectorInterest.map((b) => b.sector.code)).not.toContain('gen-energy-1');
});

test('the dataset loader: loading the seed again, and a new dataset with interests', async () => {
  const seedSectors = JSON.parse(readFileSync(SEED_FILE, 'utf8')).sectors;
  await seed(app.dataSource);
  await expectInStep();
  await new DatasetService(app.dataSource).load({
    format: 'cooperation-atlas/v1',
    name: 'rollup test',
    description: 'A meeting loaded through the dataset service.',
    sectors: seedSectors.filter((sector: { code: string }) =>
      ['energy', 'mining'].includes(sector.code),
    ),
    organizations: [
      { key: 'rollup-test-outlet', name: 'Test outlet', kind: 'MEDIA_OUTLET', countries: ['FR'] },
    ],
    sources: [
      {
        url: 'https://example.org/rollup-test',
        title: 'Test report',
        publisher: 'rollup-test-outlet',
        publishedAt: '2023-05-02T00:00:00Z',
      },
    ],
    meetings: [
      {
        key: 'rollup-test-meeting',
        title: 'France and Germany',
        kind: 'SUMMIT',
        start: '2023-05',
        parties: ['FR', 'DE'],
        summary: 'Test.',
        sources: ['https://example.org/rollup-test'],
        interests: [
          {
            sector: 'energy',
            country: 'FR',
            partner: 'DE',
            stance: 'PROPOSED',
            note: 'x',
            source: 'https://example.org/rollup-test',
          },
          {
            sector: 'mining',
            country: 'DE',
            partner: 'FR',
            stance: 'DISCUSSED',
            note: 'y',
            source: 'https://example.org/rollup-test',
          },
        ],
      },
    ],
  });
  await expectInStep();
});

test('a rolled-back write leaves nothing behind', async () => {
  const before = await drift();
  let deleted = 0;
  await expect(
    app.dataSource.transaction(async (em) => {
      const [, count] = (await em.query(
        'DELETE FROM sector_interest WHERE id IN (SELECT id FROM sector_interest LIMIT 10)',
      )) as [unknown, number];
      deleted = count;
      throw new Error('roll back');
    }),
  ).rejects.toThrow('roll back');
  expect(deleted).toBe(10);
  expect(await drift()).toEqual(before);
  await expectInStep();
});

test('meetings that become General Debate statements and back', async () => {
  await q(`UPDATE meeting SET kind = 'GENERAL_DEBATE_STATEMENT', date_precision = 'YEAR',
                  start_date = date_trunc('year', start_date)::date
            WHERE id IN (SELECT meeting_id FROM sector_interest ORDER BY meeting_id LIMIT 40)`);
  await expectInStep();
  const [{ n }] = await q(
    `SELECT count(*)::int AS n FROM analytics_country_root_total WHERE statement`,
  );
  expect(n).toBeGreaterThan(0);
  await q(`UPDATE meeting SET kind = 'SUMMIT'
            WHERE id IN (SELECT id FROM meeting WHERE kind = 'GENERAL_DEBATE_STATEMENT' ORDER BY id LIMIT 10)`);
  await expectInStep();
});

test('relations recorded, moved in time and deleted', async () => {
  await q(`UPDATE bilateral_relation SET established_on = '1992-02-29', established_precision = 'DAY'
            WHERE id IN (SELECT id FROM bilateral_relation ORDER BY id LIMIT 5)`);
  await q(
    'DELETE FROM bilateral_relation WHERE id IN (SELECT id FROM bilateral_relation ORDER BY id DESC LIMIT 5)',
  );
  await q(`INSERT INTO bilateral_relation (country_a_id, country_b_id, established_on, established_precision)
           SELECT a.id, b.id, '1960-01-01', 'YEAR' FROM country a, country b
            WHERE a.code = 'IS' AND b.code = 'NZ' AND a.id < b.id
               OR a.code = 'NZ' AND b.code = 'IS' AND a.id < b.id
           ON CONFLICT DO NOTHING`);
  await expectInStep();
});

/** mulberry32: the same writes on every run and back-end. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test('random writes: inserts, updates, deletes, meeting moves and kind changes', async () => {
  const next = random(26);
  const pick = async (sql: string) => {
    const rows: { id: number }[] = await q(sql);
    return rows.length ? rows[Math.floor(next() * rows.length)].id : null;
  };
  for (let step = 0; step < 60; step += 1) {
    const op = Math.floor(next() * 6);
    const interest = await pick('SELECT id FROM sector_interest ORDER BY id');
    const meeting = await pick('SELECT id FROM meeting ORDER BY id');
    const sector = await pick('SELECT id FROM sector ORDER BY id');
    const party = await pick(
      `SELECT id FROM country WHERE code IN ('FR', 'DE', 'IS', 'NZ', 'ZW', 'MN') ORDER BY id`,
    );
    if (op === 0) {
      await q(
        `INSERT INTO sector_interest (meeting_id, sector_id, country_id, partner_id, stance, note, source_id)
               SELECT $1, $2, $3, si.partner_id, 'INTERESTED', 'random', si.source_id
                 FROM sector_interest si WHERE si.id = $4 AND si.partner_id <> $3
               ON CONFLICT DO NOTHING`,
        [meeting, sector, party, interest],
      );
    } else if (op === 1) {
      await q('DELETE FROM sector_interest WHERE id = $1', [interest]);
    } else if (op === 2) {
      await q(
        `UPDATE sector_interest SET sector_id = $2 WHERE id = $1
                AND NOT EXISTS (SELECT 1 FROM sector_interest o, sector_interest si WHERE si.id = $1
                  AND o.meeting_id = si.meeting_id AND o.sector_id = $2 AND o.country_id = si.country_id
                  AND o.partner_id = si.partner_id AND o.stance = si.stance)`,
        [interest, sector],
      );
    } else if (op === 3) {
      const kind = next() < 0.5 ? 'GENERAL_DEBATE_STATEMENT' : 'PHONE_CALL';
      await q('UPDATE meeting SET kind = $2 WHERE id = $1', [meeting, kind]);
    } else if (op === 4) {
      const year = 1990 + Math.floor(next() * 35);
      await q(
        `UPDATE meeting SET start_date = make_date($2, 1, 1), date_precision = 'YEAR' WHERE id = $1`,
        [meeting, year],
      );
    } else {
      await q(
        `DELETE FROM sector_interest WHERE id IN (
                 SELECT id FROM sector_interest WHERE meeting_id = $1 ORDER BY id LIMIT 3)`,
        [meeting],
      );
    }
  }
  await expectInStep();
});

test('upcomingAnniversaries from the anniversary rollup equals the rule on every relation', async () => {
  await q(`UPDATE bilateral_relation SET established_on = '1988-02-29', established_precision = 'DAY'
            WHERE id IN (SELECT id FROM bilateral_relation ORDER BY id DESC LIMIT 3)`);
  const relations: { id: number; on: string }[] = await q(
    `SELECT id, to_char(established_on, 'YYYY-MM-DD') AS on FROM bilateral_relation`,
  );
  const leap = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const dayOf = (y: number, md: string) => `${y}-${md === '02-29' && !leap(y) ? '02-28' : md}`;
  for (const [asOf, within, every, limit] of [
    ['2025-01-01', 365, 5, 1000],
    ['2023-02-20', 30, 1, 1000],
    ['2024-12-20', 3660, 10, 1000],
    ['2030-06-01', 180, 5, 1000],
    ['2025-12-20', 30, 1, 1000],
    ['2025-06-01', 800, 1, 1000],
    // cut at the limit inside one calendar year, and across several with every = 1
    ['2025-01-01', 365, 5, 7],
    ['2027-02-28', 800, 1, 40],
    ['2028-02-28', 3660, 2, 25],
  ] as const) {
    const end = new Date(Date.parse(`${asOf}T00:00:00Z`) + within * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const expected = relations
      .map(({ id, on }) => {
        const y0 = Number(on.slice(0, 4));
        let years = Math.max(every, Math.ceil((Number(asOf.slice(0, 4)) - y0) / every) * every);
        if (dayOf(y0 + years, on.slice(5)) < asOf) years += every;
        return { id, years, date: dayOf(y0 + years, on.slice(5)) };
      })
      .filter((a) => a.date <= end)
      .sort((a, b) => a.date.localeCompare(b.date) || b.years - a.years || a.id - b.id)
      .slice(0, limit);
    const res = await app.gql<{
      upcomingAnniversaries: { relation: { id: string }; years: number; date: string }[];
    }>(
      `query ($asOf: LocalDate, $within: Int!, $every: Int!, $limit: Int!) {
        upcomingAnniversaries(asOf: $asOf, within: $within, every: $every, limit: $limit) { years date }
      }`,
      { asOf, within, every, limit },
    );
    expect(res.errors).toBeUndefined();
    expect(expected.length).toBeGreaterThan(0);
    expect(res.data!.upcomingAnniversaries).toEqual(
      expected.map(({ years, date }) => ({ years, date })),
    );
  }
});
