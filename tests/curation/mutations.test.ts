import { startTestApp, TestApp } from '../support/test-app';
import { bearer, expectRefused, issueKeys, Keys, rowCounts } from './helpers';

let app: TestApp;
let keys: Keys;
beforeAll(async () => {
  app = await startTestApp();
  keys = await issueKeys(app.dataSource);
});
afterAll(() => app?.close());

const ERRORS = 'userErrors { field message code existingId }';

async function run<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown>,
  key = keys.editor,
): Promise<T> {
  const res = await app.gql<T>(query, variables, bearer(key));
  expect(res.errors).toBeUndefined();
  return res.data!;
}

async function idOf(query: string, pick: (data: never) => string): Promise<string> {
  const res = await app.gql(query);
  return pick(res.data as never);
}

const ORG = `mutation ($input: CreateOrganizationInput!) {
  createOrganization(input: $input) { organization { id key version countries { code } } ${ERRORS} } }`;
const UPDATE_ORG = `mutation ($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) { organization { id name version } ${ERRORS} } }`;

describe('organizations', () => {
  const input = {
    key: 'kz-mfa',
    name: 'Ministry of Foreign Affairs of Kazakhstan',
    kind: 'MINISTRY',
    countries: ['KZ'],
  };

  test('create, and the same create again changes nothing', async () => {
    const first = await run<{
      createOrganization: { organization: { id: string; version: number } };
    }>(ORG, { input });
    expect(first.createOrganization).toMatchObject({
      organization: { version: 1, countries: [{ code: 'KZ' }] },
      userErrors: [],
    });
    const before = await rowCounts(app.dataSource, true);
    const again = await run<typeof first>(ORG, { input });
    expect(again.createOrganization.organization!.id).toBe(
      first.createOrganization.organization.id,
    );
    expect(await rowCounts(app.dataSource, true)).toEqual(before);
  });

  test.each([
    [
      'duplicate natural key with other values',
      { ...input, name: 'Something else' },
      ['input', 'key'],
      'DUPLICATE',
    ],
    [
      'unknown country code',
      { ...input, key: 'x-org', countries: ['QQ'] },
      ['input', 'countries', '0'],
      'NOT_FOUND',
    ],
    [
      'too long string',
      { ...input, key: 'y-org', name: 'n'.repeat(501) },
      ['input', 'name'],
      'TOO_LONG',
    ],
    ['key not kebab-case', { ...input, key: 'Bad Key' }, ['input', 'key'], 'INVALID'],
    [
      'unknown parent',
      { ...input, key: 'z-org', parent: 'no-such-org' },
      ['input', 'parent'],
      'NOT_FOUND',
    ],
  ])('%s', async (_n, bad, field, code) => {
    const errors = await expectRefused(app, keys.editor, ORG, { input: bad }, 'createOrganization');
    expect(errors).toContainEqual(expect.objectContaining({ field, code }));
  });

  test('update with the current version wins; a stale version is CONFLICT and writes nothing', async () => {
    const id = await idOf(
      '{ organizations(first: 50) { nodes { id key } } }',
      (d: { organizations: { nodes: { id: string; key: string }[] } }) =>
        d.organizations.nodes.find((o) => o.key === 'kz-mfa')!.id,
    );
    const ok = await run<{
      updateOrganization: { organization: { version: number; name: string } };
    }>(UPDATE_ORG, {
      input: { id, version: 1, name: 'MFA of the Republic of Kazakhstan' },
    });
    expect(ok.updateOrganization.organization).toMatchObject({
      version: 2,
      name: 'MFA of the Republic of Kazakhstan',
    });
    const errors = await expectRefused(
      app,
      keys.editor,
      UPDATE_ORG,
      { input: { id, version: 1, name: 'Lost update' } },
      'updateOrganization',
    );
    expect(errors).toEqual([
      expect.objectContaining({ field: ['input', 'version'], code: 'CONFLICT', existingId: id }),
    ]);
  });

  test('two concurrent updates with the same version: exactly one wins', async () => {
    const id = await idOf(
      '{ organizations(first: 50) { nodes { id key } } }',
      (d: { organizations: { nodes: { id: string; key: string }[] } }) =>
        d.organizations.nodes.find((o) => o.key === 'kz-mfa')!.id,
    );
    const [{ version }] = await app.dataSource.query(
      `SELECT version FROM organization WHERE key = 'kz-mfa'`,
    );
    const results = await Promise.all(
      ['Writer A', 'Writer B', 'Writer C'].map((name) =>
        app.gql<{
          updateOrganization: {
            organization: { name: string } | null;
            userErrors: { code: string }[];
          };
        }>(UPDATE_ORG, { input: { id, version, name } }, bearer(keys.editor)),
      ),
    );
    const payloads = results.map((r) => r.data!.updateOrganization);
    const winners = payloads.filter((p) => p.userErrors.length === 0);
    expect(winners).toHaveLength(1);
    expect(payloads.filter((p) => p.userErrors[0]?.code === 'CONFLICT')).toHaveLength(2);
    const [{ name, version: now }] = await app.dataSource.query(
      `SELECT name, version FROM organization WHERE key = 'kz-mfa'`,
    );
    expect(name).toBe(winners[0].organization!.name);
    expect(now).toBe(version + 1);
  });

  test('delete needs admin, and a referenced organization is IN_USE', async () => {
    const azernews = await idOf(
      '{ organizations(first: 50) { nodes { id key } } }',
      (d: { organizations: { nodes: { id: string; key: string }[] } }) =>
        d.organizations.nodes.find((o) => o.key === 'azernews')!.id,
    );
    const del = `mutation ($id: ID!) { deleteOrganization(id: $id) { deletedId ${ERRORS} } }`;
    const errors = await expectRefused(
      app,
      keys.admin,
      del,
      { id: azernews },
      'deleteOrganization',
    );
    expect(errors[0]).toMatchObject({ code: 'IN_USE' });
    const kz = (await app.dataSource.query(`SELECT id FROM organization WHERE key = 'kz-mfa'`))[0]
      .id;
    const kzId = Buffer.from(`Organization:${kz}`).toString('base64url');
    const ok = await run<{ deleteOrganization: { deletedId: string } }>(
      del,
      { id: kzId },
      keys.admin,
    );
    expect(ok.deleteOrganization).toMatchObject({ deletedId: kzId, userErrors: [] });
  });
});

describe('people and positions', () => {
  const CREATE = `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { person { id key version positions { id title start version } } ${ERRORS} } }`;
  test('create with a position, then add, update and remove positions', async () => {
    const created = await run<{
      createPerson: { person: { id: string; positions: { id: string; version: number }[] } };
    }>(CREATE, {
      input: {
        key: 'ana-example',
        name: 'Ana Example',
        country: 'CL',
        positions: [{ title: 'Ambassador', rank: 'AMBASSADOR', start: '2021-05' }],
      },
    });
    const person = created.createPerson.person;
    expect(person.positions).toEqual([
      expect.objectContaining({ title: 'Ambassador', start: '2021-05' }),
    ]);
    const again = await run<typeof created>(CREATE, {
      input: { key: 'ana-example', name: 'Ana Example', country: 'CL' },
    });
    expect(again.createPerson.person.id).toBe(person.id);

    const added = await run<{ addPosition: { position: { id: string; version: number } } }>(
      `mutation ($input: AddPositionInput!) { addPosition(input: $input) { position { id version } ${ERRORS} } }`,
      {
        input: {
          personId: person.id,
          title: 'Deputy Minister',
          rank: 'DEPUTY_MINISTER',
          start: '2023',
        },
      },
    );
    const UPDATE_POS = `mutation ($input: UpdatePositionInput!) { updatePosition(input: $input) { position { end version } ${ERRORS} } }`;
    const updated = await run<{ updatePosition: { position: { end: string } } }>(UPDATE_POS, {
      input: {
        id: added.addPosition.position.id,
        version: added.addPosition.position.version,
        end: '2024-02-29',
      },
    });
    expect(updated.updatePosition.position.end).toBe('2024-02-29');
    const errors = await expectRefused(
      app,
      keys.editor,
      UPDATE_POS,
      { input: { id: added.addPosition.position.id, version: 2, end: '2022' } },
      'updatePosition',
    );
    expect(errors).toContainEqual(
      expect.objectContaining({ field: ['input', 'end'], code: 'INVALID' }),
    );
    const removed = await run<{ removePosition: { deletedId: string } }>(
      `mutation ($id: ID!) { removePosition(id: $id) { deletedId ${ERRORS} } }`,
      { id: added.addPosition.position.id },
    );
    expect(removed.removePosition.deletedId).toBe(added.addPosition.position.id);

    const UPDATE = `mutation ($input: UpdatePersonInput!) { updatePerson(input: $input) { person { name version } ${ERRORS} } }`;
    const renamed = await run<{ updatePerson: { person: { name: string; version: number } } }>(
      UPDATE,
      {
        input: { id: person.id, version: 1, name: 'Ana María Example' },
      },
    );
    expect(renamed.updatePerson.person).toEqual({ name: 'Ana María Example', version: 2 });
    const bad = await expectRefused(
      app,
      keys.editor,
      UPDATE,
      { input: { id: person.id, version: 2, country: 'ZZ' } },
      'updatePerson',
    );
    expect(bad).toContainEqual(
      expect.objectContaining({ field: ['input', 'country'], code: 'NOT_FOUND' }),
    );
    const del = await run<{ deletePerson: { deletedId: string } }>(
      `mutation ($id: ID!) { deletePerson(id: $id, version: 2) { deletedId ${ERRORS} } }`,
      { id: person.id },
      keys.admin,
    );
    expect(del.deletePerson.deletedId).toBe(person.id);
  });

  test('a day on a date of month precision is refused', async () => {
    const errors = await expectRefused(
      app,
      keys.editor,
      CREATE,
      {
        input: {
          key: 'bad-dates',
          name: 'Bad Dates',
          positions: [{ title: 'X', rank: 'OTHER', start: '2021-13' }],
        },
      },
      'createPerson',
    );
    expect(errors).toContainEqual(
      expect.objectContaining({
        field: ['input', 'positions', '0', 'start'],
        code: 'INVALID_DATE',
      }),
    );
  });
});

describe('sectors, sources, relations, agreements', () => {
  test('sector: create, idempotent, update, unknown parent, delete in use', async () => {
    const CREATE = `mutation ($input: CreateSectorInput!) { createSector(input: $input) { sector { id code version parent { code } } ${ERRORS} } }`;
    const created = await run<{
      createSector: { sector: { id: string; parent: { code: string } } };
    }>(CREATE, {
      input: {
        code: 'solar',
        name: 'Solar',
        description: 'Solar power.',
        parent: 'alternative-energy',
      },
    });
    expect(created.createSector.sector.parent.code).toBe('alternative-energy');
    const again = await run<typeof created>(CREATE, {
      input: {
        code: 'solar',
        name: 'Solar',
        description: 'Solar power.',
        parent: 'alternative-energy',
      },
    });
    expect(again.createSector.sector.id).toBe(created.createSector.sector.id);
    const bad = await expectRefused(
      app,
      keys.editor,
      CREATE,
      { input: { code: 'wind', name: 'Wind', description: 'W.', parent: 'nope' } },
      'createSector',
    );
    expect(bad).toContainEqual(
      expect.objectContaining({ field: ['input', 'parent'], code: 'NOT_FOUND' }),
    );
    const upd = await run<{ updateSector: { sector: { name: string } } }>(
      `mutation ($input: UpdateSectorInput!) { updateSector(input: $input) { sector { name } ${ERRORS} } }`,
      { input: { id: created.createSector.sector.id, version: 1, name: 'Solar energy' } },
    );
    expect(upd.updateSector.sector.name).toBe('Solar energy');
    const energy = (await app.dataSource.query(`SELECT id FROM sector WHERE code = 'energy'`))[0]
      .id;
    const inUse = await expectRefused(
      app,
      keys.admin,
      `mutation ($id: ID!) { deleteSector(id: $id) { deletedId ${ERRORS} } }`,
      { id: Buffer.from(`Sector:${energy}`).toString('base64url') },
      'deleteSector',
    );
    expect(inUse[0].code).toBe('IN_USE');
  });

  test('source: create with a new publisher, idempotent, invalid URL, update, conflict', async () => {
    const CREATE = `mutation ($input: CreateSourceInput!) { createSource(input: $input) { source { id url version publisher { key } } ${ERRORS} } }`;
    const input = {
      url: 'https://example.org/report-1',
      title: 'Report one',
      publisher: {
        key: 'example-daily',
        name: 'Example Daily',
        kind: 'MEDIA_OUTLET',
        countries: ['NZ'],
      },
      publishedAt: '2024-01-02T03:04:05Z',
    };
    const created = await run<{ createSource: { source: { id: string } } }>(CREATE, { input });
    expect(created.createSource).toMatchObject({
      source: { publisher: { key: 'example-daily' } },
      userErrors: [],
    });
    expect((await run<typeof created>(CREATE, { input })).createSource.source.id).toBe(
      created.createSource.source.id,
    );
    const bad = await expectRefused(
      app,
      keys.editor,
      CREATE,
      { input: { ...input, url: 'ftp://x' } },
      'createSource',
    );
    expect(bad).toContainEqual(
      expect.objectContaining({ field: ['input', 'url'], code: 'INVALID_URL' }),
    );
    const UPDATE = `mutation ($input: UpdateSourceInput!) { updateSource(input: $input) { source { title version } ${ERRORS} } }`;
    const upd = await run<{ updateSource: { source: { version: number } } }>(UPDATE, {
      input: { id: created.createSource.source.id, version: 1, title: 'Report one, corrected' },
    });
    expect(upd.updateSource.source.version).toBe(2);
    const stale = await expectRefused(
      app,
      keys.editor,
      UPDATE,
      { input: { id: created.createSource.source.id, version: 1, title: 'x' } },
      'updateSource',
    );
    expect(stale[0].code).toBe('CONFLICT');
  });

  test('bilateral relation: create in either order is one relation, update, same parties refused', async () => {
    const CREATE = `mutation ($input: CreateRelationInput!) { createBilateralRelation(input: $input) { bilateralRelation { id established version } ${ERRORS} } }`;
    const input = {
      parties: ['NZ', 'CL'],
      established: '1970',
      sources: ['https://example.org/report-1'],
    };
    const created = await run<{ createBilateralRelation: { bilateralRelation: { id: string } } }>(
      CREATE,
      { input },
    );
    expect(created.createBilateralRelation).toMatchObject({
      bilateralRelation: { established: '1970' },
      userErrors: [],
    });
    const swapped = await run<typeof created>(CREATE, {
      input: { ...input, parties: ['CL', 'NZ'] },
    });
    expect(swapped.createBilateralRelation.bilateralRelation.id).toBe(
      created.createBilateralRelation.bilateralRelation.id,
    );
    const same = await expectRefused(
      app,
      keys.editor,
      CREATE,
      { input: { ...input, parties: ['NZ', 'NZL'] } },
      'createBilateralRelation',
    );
    expect(same).toContainEqual(
      expect.objectContaining({ field: ['input', 'parties'], code: 'INVALID' }),
    );
    const unknownSource = await expectRefused(
      app,
      keys.editor,
      CREATE,
      { input: { ...input, parties: ['NZ', 'AR'], sources: ['https://example.org/missing'] } },
      'createBilateralRelation',
    );
    expect(unknownSource).toContainEqual(
      expect.objectContaining({ field: ['input', 'sources', '0'], code: 'NOT_FOUND' }),
    );
    const upd = await run<{
      updateBilateralRelation: { bilateralRelation: { established: string } };
    }>(
      `mutation ($input: UpdateRelationInput!) { updateBilateralRelation(input: $input) { bilateralRelation { established } ${ERRORS} } }`,
      {
        input: {
          id: created.createBilateralRelation.bilateralRelation.id,
          version: 1,
          established: '1970-06',
        },
      },
    );
    expect(upd.updateBilateralRelation.bilateralRelation.established).toBe('1970-06');
    const SOURCES = `mutation ($input: UpdateRelationInput!) { updateBilateralRelation(input: $input) { bilateralRelation { sources { url } } ${ERRORS} } }`;
    const relationId = created.createBilateralRelation.bilateralRelation.id;
    const missing = await expectRefused(
      app,
      keys.editor,
      SOURCES,
      { input: { id: relationId, version: 2, sources: ['https://example.org/missing'] } },
      'updateBilateralRelation',
    );
    expect(missing).toContainEqual(
      expect.objectContaining({ field: ['input', 'sources', '0'], code: 'NOT_FOUND' }),
    );
    const seedSource = 'https://www.azernews.az/nation/198522.html';
    const resourced = await run<{
      updateBilateralRelation: { bilateralRelation: { sources: { url: string }[] } };
    }>(SOURCES, { input: { id: relationId, version: 2, sources: [seedSource] } });
    expect(resourced.updateBilateralRelation.bilateralRelation.sources).toEqual([
      { url: seedSource },
    ]);
    const del = await run<{ deleteBilateralRelation: { deletedId: string } }>(
      `mutation ($id: ID!) { deleteBilateralRelation(id: $id) { deletedId ${ERRORS} } }`,
      { id: created.createBilateralRelation.bilateralRelation.id },
      keys.admin,
    );
    expect(del.deleteBilateralRelation.deletedId).toBe(
      created.createBilateralRelation.bilateralRelation.id,
    );
    const gone = await app.gql(`query ($id: ID!) { node(id: $id) { id } }`, {
      id: del.deleteBilateralRelation.deletedId,
    });
    expect(gone.data).toEqual({ node: null });
  });

  test('agreement: create, idempotent, unknown sector, update, delete', async () => {
    const CREATE = `mutation ($input: CreateAgreementInput!) { createAgreement(input: $input) { agreement { id key start sectors { code } } ${ERRORS} } }`;
    const input = {
      key: 'nz-cl-solar-programme',
      name: 'Solar programme',
      kind: 'PROGRAMME',
      summary: 'Invented programme.',
      start: '2024-03',
      countries: ['NZ', 'CL'],
      sectors: ['solar'],
      sources: ['https://example.org/report-1'],
    };
    const created = await run<{ createAgreement: { agreement: { id: string } } }>(CREATE, {
      input,
    });
    expect(created.createAgreement).toMatchObject({
      agreement: { start: '2024-03', sectors: [{ code: 'solar' }] },
      userErrors: [],
    });
    expect((await run<typeof created>(CREATE, { input })).createAgreement.agreement.id).toBe(
      created.createAgreement.agreement.id,
    );
    const bad = await expectRefused(
      app,
      keys.editor,
      CREATE,
      { input: { ...input, key: 'other-programme', sectors: ['moon-mining'] } },
      'createAgreement',
    );
    expect(bad).toContainEqual(
      expect.objectContaining({ field: ['input', 'sectors', '0'], code: 'NOT_FOUND' }),
    );
    const upd = await run<{ updateAgreement: { agreement: { start: string | null } } }>(
      `mutation ($input: UpdateAgreementInput!) { updateAgreement(input: $input) { agreement { start } ${ERRORS} } }`,
      { input: { id: created.createAgreement.agreement.id, version: 1, start: '' } },
    );
    expect(upd.updateAgreement.agreement.start).toBeNull();
    const LINKS = `mutation ($input: UpdateAgreementInput!) { updateAgreement(input: $input) { agreement { version countries { code } sectors { code } } ${ERRORS} } }`;
    const current = await app.gql<{ node: { version: number } }>(
      'query ($id: ID!) { node(id: $id) { ... on Agreement { version } } }',
      { id: created.createAgreement.agreement.id },
    );
    const relinked = await run<{
      updateAgreement: {
        agreement: { countries: { code: string }[]; sectors: { code: string }[] };
      };
    }>(LINKS, {
      input: {
        id: created.createAgreement.agreement.id,
        version: current.data!.node.version,
        countries: ['NZ', 'CL', 'AR'],
        sectors: ['energy'],
      },
    });
    expect(relinked.updateAgreement.agreement.countries.map((c) => c.code).sort()).toEqual([
      'AR',
      'CL',
      'NZ',
    ]);
    expect(relinked.updateAgreement.agreement.sectors.map((c) => c.code)).toEqual(['energy']);
    const unknownSector = await expectRefused(
      app,
      keys.editor,
      LINKS,
      {
        input: {
          id: created.createAgreement.agreement.id,
          version: current.data!.node.version,
          sectors: ['moon-mining'],
        },
      },
      'updateAgreement',
    );
    expect(unknownSector).toContainEqual(
      expect.objectContaining({ field: ['input', 'sectors', '0'], code: 'NOT_FOUND' }),
    );
    const del = await run<{ deleteAgreement: { deletedId: string } }>(
      `mutation ($id: ID!) { deleteAgreement(id: $id) { deletedId ${ERRORS} } }`,
      { id: created.createAgreement.agreement.id },
      keys.admin,
    );
    expect(del.deleteAgreement.deletedId).toBe(created.createAgreement.agreement.id);
  });
});

describe('meetings after recording', () => {
  async function baku(): Promise<{ id: string; version: number }> {
    const res = await app.gql<{
      meetings: { nodes: { id: string; key: string; version: number }[] };
    }>('{ meetings(first: 20) { nodes { id key version } } }');
    return res.data!.meetings.nodes.find((m) => m.key === 'meeting-2022-08-25-bayramov-suh')!;
  }
  const UPDATE = `mutation ($input: UpdateMeetingInput!) { updateMeeting(input: $input) { meeting { city endsOn version } ${ERRORS} } }`;

  test('updateMeeting: success, end before start, stale version', async () => {
    const { id, version } = await baku();
    const ok = await run<{ updateMeeting: { meeting: { city: string; version: number } } }>(
      UPDATE,
      {
        input: { id, version, city: 'Baku city' },
      },
    );
    expect(ok.updateMeeting.meeting).toMatchObject({ city: 'Baku city', version: version + 1 });
    const before = await expectRefused(
      app,
      keys.editor,
      UPDATE,
      { input: { id, version: version + 1, end: '2022-08-24' } },
      'updateMeeting',
    );
    expect(before).toContainEqual(
      expect.objectContaining({ field: ['input', 'end'], code: 'INVALID' }),
    );
    const stale = await expectRefused(
      app,
      keys.editor,
      UPDATE,
      { input: { id, version, city: 'Lost' } },
      'updateMeeting',
    );
    expect(stale[0].code).toBe('CONFLICT');
  });

  test('updateMeeting corrects the sides and the host, and refuses an unknown code', async () => {
    const { id, version } = await baku();
    const SIDES = `mutation ($input: UpdateMeetingInput!) { updateMeeting(input: $input) { meeting { version parties { code } hostCountry { code } placeCountry { code } } ${ERRORS} } }`;
    const ok = await run<{
      updateMeeting: {
        meeting: { parties: { code: string }[]; hostCountry: { code: string } | null };
      };
    }>(SIDES, { input: { id, version, parties: ['AZ', 'KR', 'EU'], hostCountry: '' } });
    expect(ok.updateMeeting.meeting.parties.map((p) => p.code).sort()).toEqual(['AZ', 'EU', 'KR']);
    expect(ok.updateMeeting.meeting.hostCountry).toBeNull();
    const unknown = await expectRefused(
      app,
      keys.editor,
      SIDES,
      { input: { id, version: version + 1, parties: ['AZ', 'ZZZZ'] } },
      'updateMeeting',
    );
    expect(unknown).toContainEqual(
      expect.objectContaining({ field: ['input', 'parties', '1'], code: 'NOT_FOUND' }),
    );
    const partiesOnly = await run<typeof ok>(SIDES, {
      input: { id, version: version + 1, parties: ['KR', 'AZ'] },
    });
    expect(partiesOnly.updateMeeting.meeting.parties).toHaveLength(2);
    const latest = (partiesOnly.updateMeeting.meeting as unknown as { version: number }).version;
    const restored = await run<typeof ok>(SIDES, {
      input: { id, version: latest, hostCountry: 'AZ' },
    });
    expect(restored.updateMeeting.meeting.parties.map((p) => p.code).sort()).toEqual(['AZ', 'KR']);
    expect(restored.updateMeeting.meeting.hostCountry).toEqual({ code: 'AZ' });
  });

  test('participants and interests: add (idempotent), bad input, remove', async () => {
    const { id } = await baku();
    const ADD_P = `mutation ($input: AddParticipantInput!) { addParticipant(input: $input) { participant { id role } ${ERRORS} } }`;
    const added = await run<{ addParticipant: { participant: { id: string } } }>(ADD_P, {
      input: { meetingId: id, person: { key: 'ilham-aliyev' }, country: 'AZ', role: 'HOST' },
    });
    expect(added.addParticipant.participant.id).toBeTruthy();
    const again = await run<typeof added>(ADD_P, {
      input: { meetingId: id, person: { key: 'ilham-aliyev' }, country: 'AZ', role: 'HOST' },
    });
    expect(again.addParticipant.participant.id).toBe(added.addParticipant.participant.id);
    const noOne = await expectRefused(
      app,
      keys.editor,
      ADD_P,
      { input: { meetingId: id, country: 'AZ', role: 'HOST' } },
      'addParticipant',
    );
    expect(noOne).toContainEqual(
      expect.objectContaining({ field: ['input', 'person'], code: 'REQUIRED' }),
    );
    const UPD_P = `mutation ($input: UpdateParticipantInput!) { updateParticipant(input: $input) { participant { role capacity version } ${ERRORS} } }`;
    const updP = await run<{
      updateParticipant: { participant: { role: string; capacity: string } };
    }>(UPD_P, {
      input: {
        id: added.addParticipant.participant.id,
        version: 1,
        role: 'GUEST',
        capacity: 'President',
      },
    });
    expect(updP.updateParticipant.participant).toMatchObject({
      role: 'GUEST',
      capacity: 'President',
      version: 2,
    });
    const staleP = await expectRefused(
      app,
      keys.editor,
      UPD_P,
      { input: { id: added.addParticipant.participant.id, version: 1, role: 'HOST' } },
      'updateParticipant',
    );
    expect(staleP[0].code).toBe('CONFLICT');
    const removedP = await run<{
      removeParticipant: { deletedId: string; userErrors: unknown[] };
    }>(`mutation ($id: ID!) { removeParticipant(id: $id) { deletedId ${ERRORS} } }`, {
      id: added.addParticipant.participant.id,
    });
    expect(removedP.removeParticipant).toEqual({
      deletedId: added.addParticipant.participant.id,
      userErrors: [],
    });

    const ADD_I = `mutation ($input: AddInterestInput!) { addInterest(input: $input) { interest { id stance } ${ERRORS} } }`;
    const interest = {
      meetingId: id,
      sector: { code: 'oil-gas' },
      country: 'KR',
      partner: 'AZ',
      stance: 'DISCUSSED',
      note: 'Invented.',
      source: 'https://www.azernews.az/nation/198522.html',
    };
    const ai = await run<{ addInterest: { interest: { id: string } } }>(ADD_I, { input: interest });
    expect(ai.addInterest.interest.id).toBeTruthy();
    const selfInterest = await expectRefused(
      app,
      keys.editor,
      ADD_I,
      { input: { ...interest, partner: 'KR' } },
      'addInterest',
    );
    expect(selfInterest).toContainEqual(expect.objectContaining({ field: ['input', 'partner'] }));
    const UPD_I = `mutation ($input: UpdateInterestInput!) { updateInterest(input: $input) { interest { stance note version } ${ERRORS} } }`;
    const updI = await run<{ updateInterest: { interest: { stance: string } } }>(UPD_I, {
      input: { id: ai.addInterest.interest.id, version: 1, stance: 'INTERESTED' },
    });
    expect(updI.updateInterest.interest).toMatchObject({ stance: 'INTERESTED', version: 2 });
    const longNote = await expectRefused(
      app,
      keys.editor,
      UPD_I,
      { input: { id: ai.addInterest.interest.id, version: 2, note: 'n'.repeat(5001) } },
      'updateInterest',
    );
    expect(longNote).toContainEqual(
      expect.objectContaining({ field: ['input', 'note'], code: 'TOO_LONG' }),
    );
    const removedI = await run<{
      removeInterest: { deletedId: string; userErrors: unknown[] };
    }>(`mutation ($id: ID!) { removeInterest(id: $id) { deletedId ${ERRORS} } }`, {
      id: ai.addInterest.interest.id,
    });
    expect(removedI.removeInterest).toEqual({
      deletedId: ai.addInterest.interest.id,
      userErrors: [],
    });
    const interestGone = await app.gql(`query ($id: ID!) { node(id: $id) { id } }`, {
      id: ai.addInterest.interest.id,
    });
    expect(interestGone.data).toEqual({ node: null });
  });

  test('deleteMeeting (admin) removes it with its participants and interests', async () => {
    const { id } = await baku();
    const before = await rowCounts(app.dataSource);
    const res = await run<{ deleteMeeting: { deletedId: string } }>(
      `mutation ($id: ID!) { deleteMeeting(id: $id) { deletedId ${ERRORS} } }`,
      { id },
      keys.admin,
    );
    expect(res.deleteMeeting.deletedId).toBe(id);
    const after = await rowCounts(app.dataSource);
    expect(after.meeting).toBe(before.meeting - 1);
    expect(after.sector_interest).toBeLessThan(before.sector_interest);
  });
});
