import { isUnder } from '../../src/modules/references/references';
import { startTestApp, TestApp } from '../support/test-app';
import { BAKU_KEY } from './baku';
import { bearer, docsExample, expectRefused, issueKeys, Keys } from './helpers';

const ERRORS = 'userErrors { field message code existingId }';
type Errors = { field: string[]; message: string; code: string; existingId: string | null }[];

const RECORD = `mutation ($input: RecordMeetingInput!) {
  recordMeeting(input: $input) {
    created
    meeting { id key }
    ${ERRORS}
  }
}`;
const UPDATE_MEETING = `mutation ($input: UpdateMeetingInput!) {
  updateMeeting(input: $input) { meeting { id version parties { code } } ${ERRORS} }
}`;
const ADD_PARTICIPANT = `mutation ($input: AddParticipantInput!) {
  addParticipant(input: $input) { participant { id role } ${ERRORS} }
}`;
const SOURCE_URL = 'https://www.azernews.az/nation/198522.html';

let app: TestApp;
let keys: Keys;

beforeAll(async () => {
  app = await startTestApp();
  keys = await issueKeys(app.dataSource);
});
afterAll(async () => {
  await app?.close();
});

async function run<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await app.gql<T>(query, variables, bearer(keys.editor));
  expect(res.errors).toBeUndefined();
  return res.data!;
}

async function meetingByKey(key: string): Promise<{ id: string; version: number }> {
  const [row]: { id: number; version: number }[] = await app.dataSource.query(
    'SELECT id, version FROM meeting WHERE key = $1',
    [key],
  );
  return { id: Buffer.from(`Meeting:${row.id}`).toString('base64url'), version: row.version };
}

/** A small meeting input between AZ and `partner` on `date`, traced to its own new source. */
function smallMeeting(key: string, partner: string, date: string, url: string) {
  return {
    key,
    title: `Talks ${key}`,
    kind: 'BILATERAL_MEETING',
    start: date,
    city: 'Baku',
    summary: 'Test meeting written for the write-integrity suite.',
    parties: ['AZ', partner],
    sources: [
      {
        url,
        title: `Report ${key}`,
        publisher: { key: 'azernews' },
        publishedAt: `${date}T10:00:00Z`,
      },
    ],
  };
}

describe('link edits and optimistic locking', () => {
  test('changing only the parties bumps the version, and the stale version gets CONFLICT', async () => {
    const { id, version } = await meetingByKey('political-dialogue-2022-07-deputy-ministers');
    const first = await run<{
      updateMeeting: { meeting: { version: number }; userErrors: Errors };
    }>(UPDATE_MEETING, { input: { id, version, parties: ['AZ', 'KR', 'TR'] } });
    expect(first.updateMeeting.userErrors).toEqual([]);
    expect(first.updateMeeting.meeting.version).toBe(version + 1);
    const stale = await expectRefused(
      app,
      keys.editor,
      UPDATE_MEETING,
      { input: { id, version, parties: ['AZ', 'KR'] } },
      'updateMeeting',
    );
    expect(stale).toEqual([
      expect.objectContaining({ field: ['input', 'version'], code: 'CONFLICT' }),
    ]);
    const same = await run<{ updateMeeting: { meeting: { version: number } } }>(UPDATE_MEETING, {
      input: { id, version: version + 1, parties: ['TR', 'KR', 'AZ'] },
    });
    expect(same.updateMeeting.meeting.version).toBe(version + 1);
  });

  test('two editors holding one version change the parties at once: exactly one wins', async () => {
    const { id, version } = await meetingByKey('political-dialogue-2022-07-deputy-ministers');
    const results = await Promise.all(
      ['GE', 'UZ', 'KZ', 'FR'].map((extra) =>
        run<{ updateMeeting: { meeting: { version: number } | null; userErrors: Errors } }>(
          UPDATE_MEETING,
          { input: { id, version, parties: ['AZ', 'KR', extra] } },
        ),
      ),
    );
    const won = results.filter((r) => r.updateMeeting.userErrors.length === 0);
    const lost = results.filter((r) => r.updateMeeting.userErrors[0]?.code === 'CONFLICT');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(3);
    expect(won[0].updateMeeting.meeting!.version).toBe(version + 1);
  });

  test('changing only an organization\u2019s countries bumps its version', async () => {
    const [org]: { id: number; version: number }[] = await app.dataSource.query(
      "SELECT id, version FROM organization WHERE key = 'az-kr-joint-commission-economic-cooperation'",
    );
    const UPDATE_ORG = `mutation ($input: UpdateOrganizationInput!) {
      updateOrganization(input: $input) { organization { version } ${ERRORS} } }`;
    const id = Buffer.from(`Organization:${org.id}`).toString('base64url');
    const res = await run<{
      updateOrganization: { organization: { version: number }; userErrors: Errors };
    }>(UPDATE_ORG, { input: { id, version: org.version, countries: ['AZ'] } });
    expect(res.updateOrganization.userErrors).toEqual([]);
    expect(res.updateOrganization.organization.version).toBe(org.version + 1);
    const stale = await expectRefused(
      app,
      keys.editor,
      UPDATE_ORG,
      { input: { id, version: org.version, countries: ['AZ', 'KR'] } },
      'updateOrganization',
    );
    expect(stale[0]).toMatchObject({ field: ['input', 'version'], code: 'CONFLICT' });
  });
});

describe('link edits of agreements and relations', () => {
  test('changing only an agreement\u2019s sectors bumps its version; the stale version is CONFLICT', async () => {
    const [row]: { id: number; version: number }[] = await app.dataSource.query(
      "SELECT id, version FROM agreement WHERE key = 'az-kr-university-dual-diploma-programmes'",
    );
    const UPDATE = `mutation ($input: UpdateAgreementInput!) {
      updateAgreement(input: $input) { agreement { version } ${ERRORS} } }`;
    const id = Buffer.from(`Agreement:${row.id}`).toString('base64url');
    const res = await run<{
      updateAgreement: { agreement: { version: number }; userErrors: Errors };
    }>(UPDATE, {
      input: { id, version: row.version, sectors: ['higher-education', 'vocational-education'] },
    });
    expect(res.updateAgreement.userErrors).toEqual([]);
    expect(res.updateAgreement.agreement.version).toBe(row.version + 1);
    const stale = await expectRefused(
      app,
      keys.editor,
      UPDATE,
      { input: { id, version: row.version, sectors: ['higher-education'] } },
      'updateAgreement',
    );
    expect(stale[0]).toMatchObject({ field: ['input', 'version'], code: 'CONFLICT' });
  });

  test('changing only a relation\u2019s sources bumps its version', async () => {
    const [row]: { id: number; version: number }[] = await app.dataSource.query(
      'SELECT id, version FROM bilateral_relation LIMIT 1',
    );
    const UPDATE = `mutation ($input: UpdateRelationInput!) {
      updateBilateralRelation(input: $input) { bilateralRelation { version } ${ERRORS} } }`;
    const id = Buffer.from(`BilateralRelation:${row.id}`).toString('base64url');
    const created = await run<{ createSource: { userErrors: Errors } }>(
      `mutation ($input: CreateSourceInput!) { createSource(input: $input) { ${ERRORS} } }`,
      {
        input: {
          url: 'https://example.org/relation-report',
          title: 'Another report on the relations',
          publisher: { key: 'azernews' },
          publishedAt: '2022-09-01T08:00:00Z',
        },
      },
    );
    expect(created.createSource.userErrors).toEqual([]);
    const res = await run<{
      updateBilateralRelation: { bilateralRelation: { version: number }; userErrors: Errors };
    }>(UPDATE, {
      input: {
        id,
        version: row.version,
        sources: [SOURCE_URL, 'https://example.org/relation-report'],
      },
    });
    expect(res.updateBilateralRelation.userErrors).toEqual([]);
    expect(res.updateBilateralRelation.bilateralRelation.version).toBe(row.version + 1);
  });
});

describe('participants', () => {
  test('the same person twice: an identical repeat answers the stored one, a different one is DUPLICATE', async () => {
    const { id } = await meetingByKey(BAKU_KEY);
    const input = {
      meetingId: id,
      person: { key: 'ilham-aliyev' },
      country: 'AZ',
      role: 'HOST',
    };
    const added = await run<{
      addParticipant: { participant: { id: string }; userErrors: Errors };
    }>(ADD_PARTICIPANT, { input });
    expect(added.addParticipant.userErrors).toEqual([]);
    const again = await run<typeof added>(ADD_PARTICIPANT, { input });
    expect(again.addParticipant.participant.id).toBe(added.addParticipant.participant.id);
    const differs = await expectRefused(
      app,
      keys.editor,
      ADD_PARTICIPANT,
      { input: { ...input, role: 'GUEST' } },
      'addParticipant',
    );
    expect(differs).toEqual([
      expect.objectContaining({
        field: ['input', 'person'],
        code: 'DUPLICATE',
        existingId: added.addParticipant.participant.id,
      }),
    ]);
  });

  test('ten concurrent adds of one new participant store one row and all answer it', async () => {
    const { id } = await meetingByKey('meeting-2022-08-aliyev-suh');
    const input = {
      meetingId: id,
      person: { key: 'vugar-khalilov' },
      country: 'AZ',
      role: 'DELEGATION_MEMBER',
    };
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        run<{ addParticipant: { participant: { id: string } | null; userErrors: Errors } }>(
          ADD_PARTICIPANT,
          { input },
        ),
      ),
    );
    const ids = new Set(results.map((r) => r.addParticipant.participant?.id));
    expect(results.flatMap((r) => r.addParticipant.userErrors)).toEqual([]);
    expect(ids.size).toBe(1);
    const [{ n }] = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM participant p JOIN person x ON x.id = p.person_id
        JOIN meeting m ON m.id = p.meeting_id
       WHERE x.key = 'vugar-khalilov' AND m.key = 'meeting-2022-08-aliyev-suh'`,
    );
    expect(n).toBe(1);
  });

  test('recordMeeting naming one person twice is DUPLICATE naming the repeat', async () => {
    const input = {
      ...smallMeeting('twice-2021-01-05', 'KR', '2021-01-05', 'https://example.org/twice'),
      participants: [
        { person: { key: 'jeyhun-bayramov' }, country: 'AZ', role: 'HOST' },
        { person: { key: 'suh-byung-soo' }, country: 'KR', role: 'GUEST' },
        { person: { key: 'jeyhun-bayramov' }, country: 'AZ', role: 'GUEST' },
      ],
    };
    const errors = await expectRefused(app, keys.editor, RECORD, { input }, 'recordMeeting');
    expect(errors).toEqual([
      expect.objectContaining({
        field: ['input', 'participants', '2', 'person'],
        code: 'DUPLICATE',
      }),
    ]);
  });
});

describe('concurrent creates', () => {
  test('ten identical createPerson calls at once all answer the one stored person', async () => {
    const CREATE = `mutation ($input: CreatePersonInput!) {
      createPerson(input: $input) { person { id key } ${ERRORS} } }`;
    const input = {
      key: 'concurrent-person',
      name: 'Concurrent Person',
      country: 'AZ',
      positions: [],
    };
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        run<{ createPerson: { person: { id: string } | null; userErrors: Errors } }>(CREATE, {
          input,
        }),
      ),
    );
    expect(results.flatMap((r) => r.createPerson.userErrors)).toEqual([]);
    expect(new Set(results.map((r) => r.createPerson.person?.id)).size).toBe(1);
  });

  test('ten recordMeeting calls defining the same new person and source at once share them', async () => {
    const partners = ['TR', 'GE', 'KZ', 'UZ', 'FR', 'DE', 'IT', 'ES', 'JP', 'CN'];
    const results = await Promise.all(
      partners.map((partner, i) =>
        run<{ recordMeeting: { created: boolean; userErrors: Errors } }>(RECORD, {
          input: {
            ...smallMeeting(
              `shared-${partner.toLowerCase()}`,
              partner,
              `2019-0${(i % 9) + 1}-10`,
              'https://example.org/shared-report',
            ),
            participants: [
              {
                person: { key: 'shared-envoy', name: 'Shared Envoy', country: 'AZ' },
                country: 'AZ',
                role: 'HOST',
              },
            ],
          },
        }),
      ),
    );
    expect(results.flatMap((r) => r.recordMeeting.userErrors)).toEqual([]);
    expect(results.every((r) => r.recordMeeting.created)).toBe(true);
    const [{ people, sources }] = await app.dataSource.query(
      `SELECT (SELECT count(*)::int FROM person WHERE key = 'shared-envoy') AS people,
              (SELECT count(*)::int FROM source WHERE url = 'https://example.org/shared-report') AS sources`,
    );
    expect({ people, sources }).toEqual({ people: 1, sources: 1 });
  });

  test('five identical recordMeeting calls at once store one meeting and all answer it', async () => {
    const input = smallMeeting(
      'identical-2011',
      'KR',
      '2011-11-11',
      'https://example.org/identical',
    );
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        run<{
          recordMeeting: { created: boolean; meeting: { id: string } | null; userErrors: Errors };
        }>(RECORD, { input }),
      ),
    );
    expect(results.flatMap((r) => r.recordMeeting.userErrors)).toEqual([]);
    expect(new Set(results.map((r) => r.recordMeeting.meeting?.id)).size).toBe(1);
    expect(results.filter((r) => r.recordMeeting.created)).toHaveLength(1);
  });

  test('ten identical addInterest calls at once store one interest and all answer it', async () => {
    const { id } = await meetingByKey('meeting-2022-08-aliyev-suh');
    const ADD = `mutation ($input: AddInterestInput!) {
      addInterest(input: $input) { interest { id } ${ERRORS} } }`;
    const input = {
      meetingId: id,
      sector: { code: 'mining' },
      country: 'KR',
      partner: 'AZ',
      stance: 'DISCUSSED',
      note: 'Mining came up in passing.',
      source: SOURCE_URL,
    };
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        run<{ addInterest: { interest: { id: string } | null; userErrors: Errors } }>(ADD, {
          input,
        }),
      ),
    );
    expect(results.flatMap((r) => r.addInterest.userErrors)).toEqual([]);
    expect(new Set(results.map((r) => r.addInterest.interest?.id)).size).toBe(1);
  });

  test('ten concurrent reports of one meeting under different keys store exactly one meeting', async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        run<{
          recordMeeting: { created: boolean; meeting: { id: string } | null; userErrors: Errors };
        }>(RECORD, {
          input: smallMeeting(`race-${i}`, 'KR', '2018-03-14', `https://example.org/race-${i}`),
        }),
      ),
    );
    const created = results.filter((r) => r.recordMeeting.created);
    expect(created).toHaveLength(1);
    const refused = results.filter((r) => !r.recordMeeting.created);
    expect(refused).toHaveLength(9);
    for (const r of refused) {
      expect(r.recordMeeting.userErrors).toEqual([
        expect.objectContaining({
          code: 'DUPLICATE',
          existingId: created[0].recordMeeting.meeting!.id,
        }),
      ]);
    }
    const [{ n }] = await app.dataSource.query(
      "SELECT count(*)::int AS n FROM meeting WHERE start_date = '2018-03-14'",
    );
    expect(n).toBe(1);
  });

  test('with attachToDuplicate, ten concurrent reports make one meeting traced to all ten sources', async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        run<{ recordMeeting: { meeting: { id: string } | null; userErrors: Errors } }>(RECORD, {
          input: {
            ...smallMeeting(`attach-${i}`, 'KR', '2017-05-20', `https://example.org/attach-${i}`),
            attachToDuplicate: true,
          },
        }),
      ),
    );
    expect(results.flatMap((r) => r.recordMeeting.userErrors)).toEqual([]);
    expect(new Set(results.map((r) => r.recordMeeting.meeting?.id)).size).toBe(1);
    const [{ meetings, sources }] = await app.dataSource.query(
      `SELECT count(DISTINCT m.id)::int AS meetings, count(ms.source_id)::int AS sources
         FROM meeting m JOIN meeting_source ms ON ms.meeting_id = m.id
        WHERE m.start_date = '2017-05-20'`,
    );
    expect({ meetings, sources }).toEqual({ meetings: 1, sources: 10 });
  });
});

describe('invariants on updateMeeting', () => {
  test('dropping a party that still has participants or interests is refused naming the field', async () => {
    const { id, version } = await meetingByKey(BAKU_KEY);
    const errors = await expectRefused(
      app,
      keys.editor,
      UPDATE_MEETING,
      { input: { id, version, parties: ['AZ', 'TR'] } },
      'updateMeeting',
    );
    expect(errors).toEqual([
      expect.objectContaining({ field: ['input', 'parties'], code: 'IN_USE' }),
    ]);
    expect(errors[0].message).toContain('KR');
  });
});

describe('importDataset.changes', () => {
  test('counts only the import\u2019s own rows while other editors write at the same time', async () => {
    const IMPORT = `mutation ($dataset: JSONObject!) { importDataset(dataset: $dataset) { changes ${ERRORS} } }`;
    const people = Array.from({ length: 60 }, (_, i) => ({
      key: `imported-${i}`,
      name: `Imported Person ${i}`,
      country: 'AZ',
    }));
    const CREATE = `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { person { id } ${ERRORS} } }`;
    const [imported, ...others] = await Promise.all([
      app.gql<{ importDataset: { changes: number; userErrors: Errors } }>(
        IMPORT,
        { dataset: { format: 'cooperation-atlas/v1', name: 'concurrent import', people } },
        bearer(keys.admin),
      ),
      ...Array.from({ length: 20 }, (_, i) =>
        run(CREATE, { input: { key: `bystander-${i}`, name: `Bystander ${i}`, positions: [] } }),
      ),
    ]);
    expect(others).toHaveLength(20);
    expect(imported.data!.importDataset.userErrors).toEqual([]);
    const [{ n }] = await app.dataSource.query(
      "SELECT count(*)::int AS n FROM audit_log WHERE operation = 'importDataset' AND entity = 'person' AND entity_id IN (SELECT id FROM person WHERE key LIKE 'imported-%')",
    );
    expect(n).toBe(60);
    expect(imported.data!.importDataset.changes).toBe(60);
  });
});

describe('people and organizations by name', () => {
  const withParticipant = (key: string, date: string, participant: Record<string, unknown>) => ({
    ...smallMeeting(key, 'KR', date, `https://example.org/${key}`),
    participants: [participant],
  });
  const participantPerson = async (meetingKey: string) => {
    const rows: { key: string; name: string; org: string | null }[] = await app.dataSource.query(
      `SELECT x.key, x.name, o.key AS org FROM participant p JOIN meeting m ON m.id = p.meeting_id
         JOIN person x ON x.id = p.person_id LEFT JOIN organization o ON o.id = p.organization_id
        WHERE m.key = $1`,
      [meetingKey],
    );
    expect(rows).toHaveLength(1);
    return rows[0];
  };

  test('a name matches a stored person or alias ignoring case and accents', async () => {
    const cases: [string, string, string][] = [
      ['JEYHUN bayramov', 'AZ', 'jeyhun-bayramov'],
      ['Jéyhun Bayramov', 'AZ', 'jeyhun-bayramov'],
      ['ilham eliyev', 'AZ', 'ilham-aliyev'],
      ['seo byeong-su', 'KR', 'suh-byung-soo'],
    ];
    for (const [i, [name, country, key]] of cases.entries()) {
      const meetingKey = `by-name-${i}`;
      const res = await run<{ recordMeeting: { userErrors: Errors } }>(RECORD, {
        input: withParticipant(meetingKey, `2016-0${i + 1}-01`, {
          person: { name, country },
          country,
          role: 'HOST',
        }),
      });
      expect(res.recordMeeting.userErrors).toEqual([]);
      expect((await participantPerson(meetingKey)).key).toBe(key);
    }
  });

  test('an unknown name makes a new person under a key from the name, with a suffix when taken', async () => {
    await run(
      `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { ${ERRORS} } }`,
      {
        input: { key: 'kim-min-su', name: 'Kim Minsu', country: 'KR', positions: [] },
      },
    );
    const first = await run<{ recordMeeting: { userErrors: Errors } }>(RECORD, {
      input: withParticipant('new-name-1', '2015-02-01', {
        person: { name: 'Nurlan Əliyev', country: 'AZ' },
        country: 'AZ',
        role: 'HOST',
      }),
    });
    expect(first.recordMeeting.userErrors).toEqual([]);
    expect(await participantPerson('new-name-1')).toMatchObject({
      key: 'nurlan-eliyev',
      name: 'Nurlan Əliyev',
    });
    const second = await run<{ recordMeeting: { userErrors: Errors } }>(RECORD, {
      input: withParticipant('new-name-2', '2015-03-01', {
        person: { name: 'Kim Min-su', country: 'KR' },
        country: 'KR',
        role: 'GUEST',
      }),
    });
    expect(second.recordMeeting.userErrors).toEqual([]);
    expect(await participantPerson('new-name-2')).toMatchObject({
      key: 'kim-min-su-2',
      name: 'Kim Min-su',
    });
  });

  test('ten concurrent meetings naming one new person by name store one person', async () => {
    const partners = ['TR', 'GE', 'KZ', 'UZ', 'FR', 'DE', 'IT', 'ES', 'JP', 'CN'];
    const results = await Promise.all(
      partners.map((partner) =>
        run<{ recordMeeting: { userErrors: Errors } }>(RECORD, {
          input: {
            ...smallMeeting(
              `name-race-${partner.toLowerCase()}`,
              partner,
              '2014-06-06',
              `https://example.org/name-race-${partner}`,
            ),
            participants: [
              { person: { name: 'Leyla Racer', country: 'AZ' }, country: 'AZ', role: 'HOST' },
            ],
          },
        }),
      ),
    );
    expect(results.flatMap((r) => r.recordMeeting.userErrors)).toEqual([]);
    const rows: { key: string }[] = await app.dataSource.query(
      "SELECT key FROM person WHERE name = 'Leyla Racer'",
    );
    expect(rows).toEqual([{ key: 'leyla-racer' }]);
  });

  test('an organization by name or acronym matches; an unknown one is created from its name', async () => {
    const res = await run<{ recordMeeting: { userErrors: Errors } }>(RECORD, {
      input: {
        ...smallMeeting('org-by-name', 'KR', '2013-04-04', 'https://example.org/org-by-name'),
        participants: [
          {
            person: { key: 'jeyhun-bayramov' },
            country: 'AZ',
            role: 'HOST',
            organization: { name: 'mfa' },
          },
          {
            person: { key: 'suh-byung-soo' },
            country: 'KR',
            role: 'GUEST',
            organization: { name: 'Korea Trade Hub' },
          },
        ],
      },
    });
    expect(res.recordMeeting.userErrors).toEqual([]);
    const rows: { person: string; org: string; kind: string }[] = await app.dataSource.query(
      `SELECT x.key AS person, o.key AS org, o.kind FROM participant p
         JOIN meeting m ON m.id = p.meeting_id JOIN person x ON x.id = p.person_id
         JOIN organization o ON o.id = p.organization_id
        WHERE m.key = 'org-by-name' ORDER BY x.key`,
    );
    expect(rows).toEqual([
      { person: 'jeyhun-bayramov', org: 'az-mfa', kind: 'MINISTRY' },
      { person: 'suh-byung-soo', org: 'korea-trade-hub', kind: 'OTHER' },
    ]);
  });
});

describe('evidence', () => {
  const report = 'Minister Bayramov met envoy Suh in Baku to discuss energy.';
  const span = (words: string) => {
    const start = report.indexOf(words);
    return { start, end: start + words.length, text: words };
  };
  const input = (evidence: unknown[]) => ({
    ...smallMeeting('evidence-meeting', 'KR', '2012-09-09', 'https://example.org/evidence'),
    participants: [{ person: { key: 'jeyhun-bayramov' }, country: 'AZ', role: 'HOST', evidence }],
    interests: [
      {
        sector: { code: 'alternative-energy' },
        country: 'AZ',
        partner: 'KR',
        stance: 'DISCUSSED',
        note: 'Energy came up.',
        source: 'https://example.org/evidence',
        evidence: [span('energy')],
      },
    ],
  });

  test('bad offsets are refused naming the evidence field; nothing is written', async () => {
    const wrong = await expectRefused(
      app,
      keys.editor,
      RECORD,
      {
        input: input([
          { start: 5, end: 5, text: '' },
          { start: 0, end: 4, text: 'Minister' },
        ]),
      },
      'recordMeeting',
    );
    expect(wrong).toEqual([
      expect.objectContaining({ field: ['input', 'participants', '0', 'evidence', '0', 'end'] }),
      expect.objectContaining({ field: ['input', 'participants', '0', 'evidence', '1', 'text'] }),
    ]);
    const tooMany = await expectRefused(
      app,
      keys.editor,
      RECORD,
      { input: input(Array.from({ length: 21 }, () => span('Bayramov'))) },
      'recordMeeting',
    );
    expect(tooMany[0].field).toEqual(['input', 'participants', '0', 'evidence']);
  });

  test('evidence is stored and read back on participants and interests', async () => {
    const res = await run<{ recordMeeting: { meeting: { id: string }; userErrors: Errors } }>(
      RECORD,
      { input: input([span('Minister Bayramov')]) },
    );
    expect(res.recordMeeting.userErrors).toEqual([]);
    const read = await app.gql<{
      meeting: {
        participants: { evidence: unknown[] }[];
        interests: { evidence: unknown[] }[];
      };
    }>(
      `query ($id: ID!) { meeting(id: $id) {
        participants { evidence { start end text } }
        interests { evidence { start end text } } } }`,
      { id: res.recordMeeting.meeting.id },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data!.meeting.participants[0].evidence).toEqual([span('Minister Bayramov')]);
    expect(read.data!.meeting.interests[0].evidence).toEqual([span('energy')]);
    const seeded = await app.gql<{ meeting: { participants: { evidence: unknown[] }[] } }>(
      `query ($id: ID!) { meeting(id: $id) { participants { evidence { start } } } }`,
      { id: (await meetingByKey(BAKU_KEY)).id },
    );
    expect(seeded.data!.meeting.participants.map((p) => p.evidence)).toContainEqual([]);
  });
});

test('a path is under another only segment by segment: sources.10 is not under sources.1', () => {
  expect(isUnder(['input', 'sources', '10', 'publisher'], ['input', 'sources', 1])).toBe(false);
  expect(isUnder(['input', 'sources', '1', 'publisher'], ['input', 'sources', 1])).toBe(true);
  expect(isUnder(['input', 'sources', '1'], ['input', 'sources', 1])).toBe(true);
  expect(isUnder(['input'], ['input', 'sources', 1])).toBe(false);
});

test('the seed source carries the article\u2019s real address', async () => {
  const rows: { url: string }[] = await app.dataSource.query(
    "SELECT url FROM source WHERE url LIKE 'https://www.azernews.az/%'",
  );
  expect(rows).toEqual([{ url: SOURCE_URL }]);
});

describe('evidence in the dataset format', () => {
  const IMPORT = `mutation ($dataset: JSONObject!) { importDataset(dataset: $dataset) { changes ${ERRORS} } }`;
  type Meeting = {
    key: string;
    participants: Record<string, unknown>[];
    interests: Record<string, unknown>[];
  };

  test('is validated with its JSON path, stored, and kept when a later file leaves it out', async () => {
    const dataset = docsExample();
    const meeting = (dataset.meetings as Meeting[])[0];
    meeting.participants[0].evidence = [{ start: 3, end: 3, text: '' }];
    const refused = await app.gql<{ importDataset: { userErrors: Errors } }>(
      IMPORT,
      { dataset },
      bearer(keys.admin),
    );
    expect(refused.data!.importDataset.userErrors).toEqual([
      expect.objectContaining({
        field: ['dataset', 'meetings', '0', 'participants', '0', 'evidence', '0', 'end'],
        code: 'INVALID',
      }),
    ]);
    const quote = { start: 10, end: 14, text: 'talk' };
    meeting.participants[0].evidence = [quote];
    meeting.interests[0].evidence = [quote];
    const ok = await app.gql<{ importDataset: { userErrors: Errors } }>(
      IMPORT,
      { dataset },
      bearer(keys.admin),
    );
    expect(ok.data!.importDataset.userErrors).toEqual([]);
    delete meeting.participants[0].evidence;
    delete meeting.interests[0].evidence;
    await app.gql(IMPORT, { dataset }, bearer(keys.admin));
    const rows: { p: unknown; i: unknown }[] = await app.dataSource.query(
      `SELECT (SELECT jsonb_agg(p.evidence) FROM participant p WHERE p.meeting_id = m.id AND p.evidence <> '[]') AS p,
              (SELECT jsonb_agg(i.evidence) FROM sector_interest i WHERE i.meeting_id = m.id AND i.evidence <> '[]') AS i
         FROM meeting m WHERE m.key = $1`,
      [meeting.key],
    );
    expect(rows).toEqual([{ p: [[quote]], i: [[quote]] }]);
  });
});
