import ExcelJS from 'exceljs';

/** Who delivered a statement, as the corpus's speakers sheet gives it. */
export interface Speaker {
  name: string;
  post?: string;
}

const clean = (value: ExcelJS.CellValue): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'richText' in value) {
    return value.richText.map((part) => part.text).join('');
  }
  if (typeof value === 'object' && 'text' in value) return String(value.text);
  return String(value);
};

/** `COD_70` → speaker; columns found by their headings (Year, Session, ISO Code, Name…, Post). */
export async function readSpeakers(file: string): Promise<Map<string, Speaker>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error(`${file} has no worksheet`);
  const headings = new Map<string, number>();
  sheet
    .getRow(1)
    .eachCell((cell, column) => headings.set(clean(cell.value).trim().toLowerCase(), column));
  const column = (pattern: RegExp) => [...headings].find(([heading]) => pattern.test(heading))?.[1];
  const session = column(/^session/);
  const iso = column(/^iso/);
  const name = column(/^name/);
  const post = column(/^post/);
  if (!session || !iso || !name) {
    throw new Error(`${file}: expected the columns Session, ISO Code and Name of Person Speaking`);
  }
  const speakers = new Map<string, Speaker>();
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const code = clean(row.getCell(iso).value).trim().toUpperCase();
    const who = tidyName(clean(row.getCell(name).value));
    const at = Number(clean(row.getCell(session).value));
    if (!code || !who || !Number.isInteger(at)) return;
    const office = post ? clean(row.getCell(post).value).replace(/\s+/g, ' ').trim() : '';
    speakers.set(`${code}_${at}`, { name: who, ...(office ? { post: office } : {}) });
  });
  return speakers;
}

/** "Mr.  Manuilsky " → "Manuilsky": forms of address are not part of a name. */
export function tidyName(name: string): string {
  return name
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:(?:Mr|Mrs|Ms|Mme|Dr|H\.\s?E)\.?\s+)+/i, '')
    .trim();
}
