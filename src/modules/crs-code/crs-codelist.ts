import { XMLParser } from 'fast-xml-parser';
import type { CrsCodeEntry, CrsCodelistInfo, CrsCodesFile, CrsSource } from './crs-codes';

/**
 * Reads the IATI codelists of the OECD DAC CRS purpose codes as published in
 * IATI/IATI-Codelists-NonEmbedded: `xml/SectorCategory.xml` (3-digit categories) and
 * `xml/Sector.xml` (5-digit codes, each naming its category). Only the English narratives are
 * kept; a code the list withdrew stays, marked so, because older data may still cite it.
 */
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  alwaysCreateTextNode: true,
  isArray: (name) => ['codelist-item', 'narrative'].includes(name),
});

interface Text {
  '#text'?: string;
  '@xml:lang'?: string;
}

interface Narratives {
  narrative?: Text[];
}

interface RawItem {
  '@status'?: string;
  '@activation-date'?: string;
  '@withdrawal-date'?: string;
  code?: Text;
  category?: Text;
  name?: Narratives;
  description?: Narratives;
}

interface RawCodelist {
  '@name'?: string;
  '@complete'?: string;
  metadata?: { name?: Narratives; url?: Text };
  'codelist-items'?: { 'codelist-item'?: RawItem[] };
}

export interface ParsedCodelist {
  info: CrsCodelistInfo;
  items: CrsCodeEntry[];
}

/** The English narrative (no language or `en`), whitespace collapsed. */
function english(field: Narratives | undefined): string | undefined {
  const narrative = field?.narrative?.find((n) => !n['@xml:lang'] || n['@xml:lang'] === 'en');
  const text = narrative?.['#text']?.replace(/\s+/g, ' ').trim();
  return text || undefined;
}

/** One codelist file; fails naming the file when it is not a codelist or an item has no code. */
export function parseCodelist(xml: string, file: string): ParsedCodelist {
  const root = (parser.parse(xml) as { codelist?: RawCodelist }).codelist;
  if (!root?.['@name']) throw new Error(`${file}: not an IATI codelist (no <codelist name>)`);
  const items = (root['codelist-items']?.['codelist-item'] ?? []).map((item, index) => {
    const code = item.code?.['#text']?.trim();
    const name = english(item.name);
    if (!code || !name) throw new Error(`${file}: item ${index + 1} has no code or no name`);
    const entry: CrsCodeEntry = { code, name };
    const description = english(item.description);
    if (description) entry.description = description;
    const category = item.category?.['#text']?.trim();
    if (category) entry.category = category;
    entry.status = item['@status'] === 'withdrawn' ? 'withdrawn' : 'active';
    if (item['@activation-date']) entry.activationDate = item['@activation-date'];
    if (item['@withdrawal-date']) entry.withdrawalDate = item['@withdrawal-date'];
    return entry;
  });
  return {
    info: {
      name: root['@name'],
      title: english(root.metadata?.name) ?? root['@name'],
      url: root.metadata?.url?.['#text'] ?? null,
      complete: root['@complete'] === '1',
      items: items.length,
    },
    items,
  };
}

/**
 * The committed file from the two codelists: categories and codes in one list sorted by code,
 * each 5-digit code's category checked against the 3-digit list.
 */
export function buildCrsCodes(
  categoryXml: string,
  sectorXml: string,
  source: CrsSource,
): CrsCodesFile {
  const categories = parseCodelist(categoryXml, 'SectorCategory.xml');
  const sectors = parseCodelist(sectorXml, 'Sector.xml');
  const known = new Set(categories.items.map((item) => item.code));
  for (const item of sectors.items) {
    if (!item.category || !known.has(item.category)) {
      throw new Error(`Sector.xml: code ${item.code} names no known category (${item.category})`);
    }
  }
  const codes = [...categories.items, ...sectors.items].sort((a, b) =>
    a.code.localeCompare(b.code),
  );
  const seen = new Set<string>();
  for (const { code } of codes) {
    if (seen.has(code)) throw new Error(`code ${code} appears twice`);
    seen.add(code);
  }
  return {
    format: 'cooperation-atlas/crs-codes@1',
    description:
      'OECD DAC CRS purpose codes (3-digit categories and 5-digit codes) as published in the IATI codelists.',
    source,
    codelists: [categories.info, sectors.info],
    codes,
  };
}
