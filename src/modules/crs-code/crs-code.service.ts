import { CrsCode } from './crs-code.types';
import { CrsCodeEntry, CrsCodes, readCrsCodes } from './crs-codes';

const asCrsCode = (entry: CrsCodeEntry): CrsCode => ({
  code: entry.code,
  name: entry.name,
  description: entry.description ?? null,
  categoryCode: entry.category ?? null,
  withdrawn: entry.status === 'withdrawn',
});

/** Reads of the CRS purpose codes, from the committed list (datasets/crs-codes.json). */
export class CrsCodeService {
  constructor(private readonly codes: CrsCodes = readCrsCodes()) {}

  /** The code, or null when the list does not hold it. */
  find(code: string | null | undefined): CrsCode | null {
    const entry = this.codes.get(code);
    return entry ? asCrsCode(entry) : null;
  }

  category(code: CrsCode): CrsCode | null {
    return this.find(code.categoryCode);
  }
}
