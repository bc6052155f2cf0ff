import { pairs, read } from './reading';

/**
 * Rules found after the stop-33 merge on the fresh sets' misses, by class, each on short reports
 * written for these tests: places and offices are real, the people invented.
 */

const MET = 'Peruvian Foreign Minister Ana Soto met her Chilean counterpart, Luis Rojas, in Lima.';

describe('asides in a sentence of the talks', () => {
  test('an aside on the meeting itself ends at its comma; the talks’ content follows', () => {
    const [draft] = read(
      `${MET} During the meeting, which lasted four hours, Soto and Rojas discussed tourism and free trade.`,
    );
    expect(pairs(draft)).toEqual(
      expect.arrayContaining(['PE tourism', 'CL tourism', 'PE trade-economy', 'CL trade-economy']),
    );
  });

  test('an aside on anything else still runs to the next clause', () => {
    const [draft] = read(`${MET} They signed a deal on ports, which will also boost tourism.`);
    expect(pairs(draft)).not.toContain('PE tourism');
  });
});
