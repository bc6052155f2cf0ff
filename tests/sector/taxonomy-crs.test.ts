import { readCrsCodes } from '../../src/modules/crs-code/crs-codes';
import { readTaxonomy } from '../../src/modules/sector/sector-taxonomy';

const taxonomy = readTaxonomy();
const crs = readCrsCodes();

describe('the shipped taxonomy is tied to the CRS purpose codes (datasets/crs-codes.json)', () => {
  test.each(taxonomy.map((s) => [s.code, s.crsCode]))(
    '%s has a CRS code the list holds and has not withdrawn (%s)',
    (_code, crsCode) => {
      const entry = crs.get(crsCode);
      expect(entry).toBeDefined();
      expect(crsCode).toMatch(/^\d{3}(\d{2})?$/);
      expect(entry?.status).toBe('active');
    },
  );

  test('each parent comes before its children, so the sync can insert them in order', () => {
    const seen = new Set<string>();
    for (const sector of taxonomy) {
      if (sector.parent)
        expect([sector.code, seen.has(sector.parent)]).toEqual([sector.code, true]);
      seen.add(sector.code);
    }
  });

  test('no phrase names two sectors (the matcher would give it to the first)', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const sector of taxonomy) {
      for (const phrase of new Set(
        [sector.code.replace(/-/g, ' '), sector.name, ...sector.synonyms].map((p) =>
          p === p.toUpperCase() ? p : p.toLowerCase(),
        ),
      )) {
        const other = owner.get(phrase);
        if (other && other !== sector.code) clashes.push(`${phrase}: ${other}, ${sector.code}`);
        owner.set(phrase, sector.code);
      }
    }
    expect(clashes).toEqual([]);
  });

  test('the list records where it comes from and under which licence', () => {
    expect(crs.file.source).toMatchObject({
      repository: 'IATI/IATI-Codelists-NonEmbedded',
      licence: 'CC BY 4.0',
      commit: expect.stringMatching(/^[0-9a-f]{40}$/),
    });
    expect(crs.get('15220')?.category).toBe('152');
    expect(crs.categoryOf(crs.get('15220')!)?.name).toBe('Conflict, Peace & Security');
  });
});
