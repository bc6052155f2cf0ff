import type { PartyKind } from './country.entity';

/** One party as the reference data writes it to the country table. */
export interface PartyRecord {
  kind: PartyKind;
  code: string;
  alpha2: string | null;
  alpha3: string | null;
  numeric: string | null;
  name: string;
  /** Last day a state that no longer exists existed (YYYY-MM-DD); null for current parties. */
  validTo: string | null;
}
