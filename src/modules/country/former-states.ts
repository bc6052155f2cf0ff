import { PartyKind } from './country.entity';
import type { PartyRecord } from './party-record';

/**
 * States that no longer exist, as ISO 3166-3 lists them: each is a party of its own under its
 * four-letter ISO 3166-3 code, keeps its former alpha-3 and numeric codes, and is never folded
 * into a successor. `validTo` is the last day the state existed. Their former alpha-2 codes are
 * left out: ISO reassigned some (CS meant Czechoslovakia, then Serbia and Montenegro).
 */
export const FORMER_STATES: PartyRecord[] = [
  former('SUHH', 'SUN', '810', 'Union of Soviet Socialist Republics', '1991-12-25'),
  former('CSHH', 'CSK', '200', 'Czechoslovakia', '1992-12-31'),
  former('DDDE', 'DDR', '278', 'German Democratic Republic', '1990-10-02'),
  former('YUCS', 'YUG', '891', 'Yugoslavia', '2003-02-03'),
  former('CSXX', 'SCG', '891', 'Serbia and Montenegro', '2006-06-02'),
  former('YDYE', 'YMD', '720', 'South Yemen', '1990-05-21'),
  former('ANHH', 'ANT', '530', 'Netherlands Antilles', '2010-10-09'),
];

function former(
  code: string,
  alpha3: string,
  numeric: string,
  name: string,
  validTo: string,
): PartyRecord {
  return { kind: PartyKind.STATE, code, alpha2: null, alpha3, numeric, name, validTo };
}
