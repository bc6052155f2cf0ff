import 'reflect-metadata';
import { Case, DEV_FILES, loadCases, score, Score } from './dev-set/score';

/**
 * The development and held-out sets: short reports written for this project in the style of
 * diplomatic news, each with the draft a careful editor would record. The targets are issue 8's.
 */
function expectTargets(result: Score) {
  expect(result.partiesExact).toBeGreaterThanOrEqual(0.95);
  expect(result.dateExact).toBeGreaterThanOrEqual(0.9);
  expect(result.sectorPrecision).toBeGreaterThanOrEqual(0.9);
  expect(result.sectorRecall).toBeGreaterThanOrEqual(0.8);
  expect(result.participantRecall).toBeGreaterThanOrEqual(0.9);
}

describe('extraction quality', () => {
  const cases = DEV_FILES.flatMap(loadCases);

  test('development set: parties ≥ 95 %, dates ≥ 90 %, sector pairs P ≥ 0.90 R ≥ 0.80, people ≥ 90 %', () => {
    expectTargets(score(cases));
  });

  test('held-out set (written after the rules): the same targets', () => {
    expectTargets(score(loadCases('held-out.json')));
  });

  test('the scorer counts a wrong expectation as a miss in every measure', () => {
    const right = cases.find((item) => {
      const alone = score([item]);
      return alone.partiesExact === 1 && alone.dateExact === 1 && alone.participantRecall === 1;
    });
    expect(right).toBeDefined();
    const { id, expected } = right as Case;
    const wrong: Case = {
      ...(right as Case),
      expected: {
        ...expected,
        parties: ['FR', 'DE'],
        date: '1999-12-31',
        participants: [['Nobody We Wrote', 'FR']],
        interests: ['FR mining'],
      },
    };
    const before = score([right as Case]);
    const after = score([wrong]);
    expect(after).toMatchObject({
      partiesExact: 0,
      dateExact: 0,
      sectorRecall: 0,
      sectorPrecision: 0,
      participantRecall: 0,
    });
    expect(before.sectorRecall).toBeGreaterThan(0);
    expect(after.misses).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^${id}: parties `)),
        expect.stringMatching(new RegExp(`^${id}: date `)),
        `${id}: missing FR mining`,
        `${id}: participant Nobody We Wrote (FR)`,
      ]),
    );
  });
});
