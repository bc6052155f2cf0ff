import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../common/project-root';

/** One CRS purpose code: a 3-digit category or a 5-digit code in one. */
export interface CrsCodeEntry {
  code: string;
  name: string;
  description?: string;
  /** For a 5-digit code: its 3-digit category. */
  category?: string;
  status?: 'active' | 'withdrawn';
  activationDate?: string;
  withdrawalDate?: string;
}

export interface CrsCodelistInfo {
  /** The codelist's own name, e.g. "Sector". */
  name: string;
  /** Its title, e.g. "DAC 5 Digit Sector". */
  title: string;
  url: string | null;
  complete: boolean;
  items: number;
}

/** Where the codes come from: the codelist repository has no version of its own but its commit. */
export interface CrsSource {
  repository: string;
  files: string[];
  commit: string | null;
  date: string | null;
  licence: string;
  attribution: string;
}

export interface CrsCodesFile {
  format: 'cooperation-atlas/crs-codes@1';
  description: string;
  source: CrsSource;
  codelists: CrsCodelistInfo[];
  codes: CrsCodeEntry[];
}

export const CRS_CODES_FILE = path.join(projectRoot(), 'datasets', 'crs-codes.json');

export class CrsCodes {
  private readonly byCode: Map<string, CrsCodeEntry>;

  constructor(readonly file: CrsCodesFile) {
    this.byCode = new Map(file.codes.map((entry) => [entry.code, entry]));
  }

  get(code: string | null | undefined): CrsCodeEntry | undefined {
    return code ? this.byCode.get(code.trim()) : undefined;
  }

  /** The category of a 5-digit code; undefined for a category or an unknown code. */
  categoryOf(entry: CrsCodeEntry): CrsCodeEntry | undefined {
    return entry.category ? this.byCode.get(entry.category) : undefined;
  }
}

const loaded = new Map<string, CrsCodes>();

/** The committed list, read once per process on first use (it never changes while running). */
export function readCrsCodes(file = CRS_CODES_FILE): CrsCodes {
  let codes = loaded.get(file);
  if (!codes) {
    codes = new CrsCodes(JSON.parse(readFileSync(file, 'utf8')) as CrsCodesFile);
    loaded.set(file, codes);
  }
  return codes;
}
