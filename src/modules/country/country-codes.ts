import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json';
import { PartyKind } from './country.entity';
import { FORMER_STATES } from './former-states';
import type { PartyRecord } from './party-record';
import { ORGANIZATION_PARTY_DEFINITIONS } from './organization-parties';

countries.registerLocale(english);

export type { PartyRecord };

/** The organization parties as country rows (organization-parties.ts holds their codes). */
export const ORGANIZATION_PARTIES: PartyRecord[] = ORGANIZATION_PARTY_DEFINITIONS.map(
  ({ code, name }) => ({
    kind: PartyKind.INTERNATIONAL_ORGANIZATION,
    code,
    alpha2: null,
    alpha3: null,
    numeric: null,
    name,
    validTo: null,
  }),
);

/** Every current ISO 3166-1 country, as the i18n-iso-countries package maintains them. */
export function isoCountries(): PartyRecord[] {
  return Object.keys(countries.getAlpha2Codes()).map((alpha2) => ({
    kind: PartyKind.STATE,
    code: alpha2,
    alpha2,
    alpha3: countries.alpha2ToAlpha3(alpha2) ?? null,
    numeric: countries.alpha2ToNumeric(alpha2) ?? null,
    name: countries.getName(alpha2, 'en') ?? alpha2,
    validTo: null,
  }));
}

/** Current ISO countries, states that no longer exist (former-states.ts), organization parties. */
export function allParties(): PartyRecord[] {
  return [...isoCountries(), ...FORMER_STATES, ...ORGANIZATION_PARTIES];
}
