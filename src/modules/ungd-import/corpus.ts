import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { TextDecoder } from 'node:util';

/** One statement file of the corpus: `Session 70 - 2015/COD_70_2015.txt`. */
export interface StatementFile {
  /** The corpus's code: ISO 3166-1 alpha-3, a former state's (YUG, SUN…), or EU. */
  iso3: string;
  session: number;
  year: number;
  /** Path relative to the corpus folder, as found. */
  relative: string;
  file: string;
}

export interface StatementText extends StatementFile {
  /**
   * The statement as read: Markdown emphasis (`**`) and page headers removed, line ends made
   * `\n`, a line broken inside a sentence joined. Evidence offsets are into this text.
   */
  text: string;
}

export interface BadFile {
  relative: string;
  reason: string;
}

const SESSION_DIR = /^Session (\d+) - (\d{4})$/;
const STATEMENT = /^([A-Z]{2,4})_(\d+)_(\d{4})\.txt$/;

/**
 * The statement files under `dir`, session by session. macOS AppleDouble companions (`._X`) and
 * anything not named like a statement are left out; a file whose name disagrees with its
 * folder is reported, not read.
 */
export function listStatements(
  dir: string,
  from = -Infinity,
  to = Infinity,
): { files: StatementFile[]; bad: BadFile[] } {
  const files: StatementFile[] = [];
  const bad: BadFile[] = [];
  if (!statSync(dir).isDirectory()) throw new Error(`${dir} is not a folder`);
  for (const folder of readdirSync(dir).sort()) {
    const session = SESSION_DIR.exec(folder);
    if (!session || !statSync(path.join(dir, folder)).isDirectory()) continue;
    const year = Number(session[2]);
    if (year < from || year > to) continue;
    for (const name of readdirSync(path.join(dir, folder)).sort()) {
      if (name.startsWith('._')) continue;
      const relative = `${folder}/${name}`;
      const parts = STATEMENT.exec(name);
      if (!parts) {
        if (name.endsWith('.txt'))
          bad.push({ relative, reason: 'name is not ISO3_SESSION_YEAR.txt' });
        continue;
      }
      if (Number(parts[2]) !== Number(session[1]) || Number(parts[3]) !== year) {
        bad.push({ relative, reason: `session or year differs from its folder "${folder}"` });
        continue;
      }
      files.push({
        iso3: parts[1],
        session: Number(parts[2]),
        year,
        relative,
        file: path.join(dir, folder, name),
      });
    }
  }
  return { files, bad };
}

/** Page headers of the verbatim records: "15-29664 7/25", "A/70/PV.23 01/10/2015". */
const PAGE_FURNITURE =
  /^[ \t]*(?:\d{2}-\d{5}(?:[ \t]+\d+(?:\/\d+)?)?|A\/\d+\/PV\.\d+(?:[ \t]+\d{2}\/\d{2}\/\d{4})?)[ \t]*$/gm;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The text of one statement, or why it cannot be used. */
export function readStatement(file: StatementFile): StatementText | BadFile {
  let text: string;
  try {
    text = utf8.decode(readFileSync(file.file));
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const reason = code === 'ERR_ENCODING_INVALID_ENCODED_DATA' ? 'not UTF-8 text' : message;
    return { relative: file.relative, reason };
  }
  text = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\*\*/g, '')
    .replaceAll('\u0000', '')
    .replace(PAGE_FURNITURE, '')
    // a line broken inside a sentence (at a page break) is one sentence
    .replace(/([^\s.!?:;"”’)\]])[ \t]*\n\s*/g, '$1 ');
  if (text.trim().length < 200) return { relative: file.relative, reason: 'no statement text' };
  return { ...file, text };
}
