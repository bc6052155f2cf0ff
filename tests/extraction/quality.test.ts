import 'reflect-metadata';
import { DEV_FILES, loadCases, score } from './dev-set/score';

/**
 * The development set: short reports written for this project in the style of diplomatic news,
 * each with the draft a careful editor would record. The targets are issue 8's.
 */
describe('extraction quality on the development set', () => {
  const cases = DEV_FILES.flatMap(loadCases);
  const result = score(cases);

  test('the set is large enough to mean something', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  test('parties exact in ≥ 95 % of reports, dates exact in ≥ 90 %', () => {
    expect({
      parties: result.partiesExact,
      misses: result.misses.filter((m) => m.includes('parties')),
    }).toEqual(expect.objectContaining({ parties: expect.any(Number) }));
    expect(result.partiesExact).toBeGreaterThanOrEqual(0.95);
    expect(result.dateExact).toBeGreaterThanOrEqual(0.9);
  });

  test('(party, top-level sector) precision ≥ 0.90 and recall ≥ 0.80', () => {
    expect(result.sectorPrecision).toBeGreaterThanOrEqual(0.9);
    expect(result.sectorRecall).toBeGreaterThanOrEqual(0.8);
  });

  test('named participants recalled with the right party in ≥ 90 %', () => {
    expect(result.participantRecall).toBeGreaterThanOrEqual(0.9);
  });
});
