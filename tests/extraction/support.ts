import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The seed report's reference copy, kept outside the repository (../shared/reference). */
export const SEED_REPORT_PATH = path.resolve(
  __dirname,
  '../../../shared/reference/azernews-2022-08-26-azerbaijan-korea.txt',
);
export const SEED_REPORT_URL = 'https://www.azernews.az/nation/198522.html';

export function seedReport(): string {
  return readFileSync(SEED_REPORT_PATH, 'utf8');
}

export const DRAFT_FIELDS = `
  kind date datePrecision city
  parties { party { code } evidence { start end text } }
  participants { name party { code } title person { id name } evidence { start end text } }
  interests { party { code } partner { code } sector { code parent { code } } stance speaker evidence { start end text } }
  duplicateOf { id title }
  warnings
  input`;
