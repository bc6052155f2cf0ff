import { readFileSync } from 'node:fs';
import path from 'node:path';

const FIXTURES = path.resolve(__dirname, '../fixtures');
const SEED_REPORT_META = JSON.parse(
  readFileSync(path.join(FIXTURES, 'azernews-2022-08-26-azerbaijan-korea.json'), 'utf8'),
) as { file: string; url: string };

/** The seed report, committed as a fixture (tests/fixtures/README.md says where it is from). */
export const SEED_REPORT_PATH = path.join(FIXTURES, SEED_REPORT_META.file);
export const SEED_REPORT_URL = SEED_REPORT_META.url;

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
