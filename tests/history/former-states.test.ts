import { allParties, isoCountries } from '../../src/modules/country/country-codes';
import { PartyKind } from '../../src/modules/country/country.entity';
import { FORMER_STATES } from '../../src/modules/country/former-states';
import { ORGANIZATION_PARTY_DEFINITIONS } from '../../src/modules/country/organization-parties';
import { startTestApp, TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ seed: false });
});
afterAll(() => app.close());

test('states that no longer exist have ISO 3166-3 codes that collide with no current code', () => {
  const current = new Set(isoCountries().flatMap((c) => [c.code, c.alpha3]));
  for (const state of FORMER_STATES) {
    expect(state.code).toMatch(/^[A-Z]{4}$/);
    expect(state.alpha3).toMatch(/^[A-Z]{3}$/);
    expect(current.has(state.code) || current.has(state.alpha3)).toBe(false);
    expect(state.validTo).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(state.kind).toBe(PartyKind.STATE);
  }
  expect(FORMER_STATES.map((s) => s.code)).toEqual(
    expect.arrayContaining(['SUHH', 'YUCS', 'CSHH', 'DDDE', 'YDYE', 'CSXX']),
  );
});

test('every party code is unique, and organization codes follow the rule that keeps them off ISO', () => {
  const codes = allParties().map((p) => p.code);
  expect(new Set(codes).size).toBe(codes.length);
  for (const { code } of ORGANIZATION_PARTY_DEFINITIONS) {
    const ok = code === 'EU' || code === 'UN' || /\d/.test(code) || /^[A-Z0-9]{4,8}$/.test(code);
    expect([code, ok]).toEqual([code, true]);
  }
});

test('a former state is a party of its own, found by its code or its former alpha-3', async () => {
  const query = `query ($code: String!) { country(code: $code) { code alpha2 alpha3 kind validTo name } }`;
  const ussr = await app.gql<{ country: Record<string, unknown> }>(query, { code: 'SUN' });
  expect(ussr.data?.country).toEqual({
    code: 'SUHH',
    alpha2: null,
    alpha3: 'SUN',
    kind: 'STATE',
    validTo: '1991-12-25',
    name: 'Union of Soviet Socialist Republics',
  });
  const russia = await app.gql<{ country: Record<string, unknown> }>(query, { code: 'RU' });
  expect(russia.data?.country).toMatchObject({ code: 'RU', validTo: null });
  const gdr = await app.gql<{ country: Record<string, unknown> }>(query, { code: 'ddde' });
  expect(gdr.data?.country).toMatchObject({ code: 'DDDE', validTo: '1990-10-02' });
});
