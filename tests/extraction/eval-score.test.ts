import {
  LabelledReport,
  ReadMeeting,
  nameTokens,
  scoreReport,
  totals,
  withinLabelledSectors,
} from '../../src/cli/eval/extraction-score';

const TEXT =
  'Minister Ana Peña met Minister Olu Bade in Lima on Monday. They discussed trade and mining.';

const meeting = (over: Partial<ReadMeeting>): ReadMeeting => ({
  kind: 'BILATERAL_MEETING',
  date: '2024-01-01',
  city: 'Lima',
  parties: ['PE', 'NG'],
  people: [],
  interests: [],
  evidence: [],
  ...over,
});

const SINGLE: LabelledReport = {
  id: 'single',
  publishedAt: '2024-01-02',
  text: TEXT,
  gold: {
    kind: 'BILATERAL_MEETING',
    date: '2024-01-01',
    city: 'Lima',
    parties: ['PE', 'NG'],
    people: [
      { name: 'Ana Peña', party: 'PE' },
      { name: 'Olu Bade', party: 'NG' },
    ],
    interests: [
      { party: 'BOTH', sector: 'trade-economy' },
      { party: 'PE', sector: 'mining' },
    ],
  },
};

const first = { ...SINGLE.gold };
const second = {
  ...SINGLE.gold,
  date: null,
  parties: ['PE', 'CL'],
  people: [{ name: 'SOTO Luis', party: 'CL' }],
  interests: [{ party: 'BOTH', sector: 'energy' }],
};
const MULTI: LabelledReport = {
  ...SINGLE,
  id: 'multi',
  gold: { ...first, meetings: [first, second] },
};

describe('the extraction scorer', () => {
  test('can leave out the pairs whose sector the labels have no code for', () => {
    const read = meeting({
      interests: [
        { party: 'PE', sector: 'mining' },
        { party: 'PE', sector: 'human-rights' },
      ],
    });
    expect(scoreReport(SINGLE, [read]).pairs).toEqual({ returned: 2, labelled: 3, right: 1 });
    expect(scoreReport(SINGLE, [withinLabelledSectors(read)]).pairs).toEqual({
      returned: 1,
      labelled: 3,
      right: 1,
    });
  });

  test('expands BOTH to the parties of its meeting and compares pairs as sets', () => {
    const score = scoreReport(SINGLE, [
      meeting({
        parties: ['NG', 'PE'],
        interests: [
          { party: 'PE', sector: 'trade-economy' },
          { party: 'PE', sector: 'trade-economy' },
          { party: 'NG', sector: 'energy' },
        ],
      }),
    ]);
    expect(score.partiesExact).toBe(true);
    expect(score.pairs).toEqual({ returned: 2, labelled: 3, right: 1 });
    expect(score.misses).toEqual(
      expect.arrayContaining(['extra pair NG energy', 'missing pair NG trade-economy']),
    );
  });

  test('matches people by the last labelled token, accents and case ignored, with the party', () => {
    expect(nameTokens('Pōhiva TU’I’ONETOA')).toEqual(['pohiva', 'tuionetoa']);
    const score = scoreReport(SINGLE, [
      meeting({
        people: [
          { name: 'Pena', party: 'PE' },
          { name: 'Olu Bade', party: 'PE' },
        ],
      }),
    ]);
    expect(score.peopleFound).toBe(1);
    expect(score.misses).toContain('person Olu Bade (NG)');
  });

  test('matches meetings by party set, counts extra drafts and the union over meetings', () => {
    const score = scoreReport(MULTI, [
      meeting({
        parties: ['CL', 'PE'],
        date: null,
        interests: [{ party: 'CL', sector: 'energy' }],
      }),
      meeting({ parties: ['PE', 'US'], interests: [{ party: 'PE', sector: 'mining' }] }),
    ]);
    expect(score.partiesExact).toBe(false);
    expect(score.meetingsFound).toBe(1);
    expect(score.extraDrafts).toBe(1);
    // per meeting: the CL-PE pair is right; the US draft's pair counts as returned
    expect(score.pairs).toEqual({ returned: 2, labelled: 5, right: 1 });
    // union: PE mining is labelled in the first meeting, so it counts there
    expect(score.unionPairs).toEqual({ returned: 2, labelled: 5, right: 2 });
    expect(score.datesLabelled).toBe(1);
    expect(score.datesRight).toBe(0);
  });

  test('checks every evidence span against the text and sums the figures', () => {
    const at = TEXT.indexOf('mining');
    const good = { start: at, end: at + 6, text: 'mining' };
    const bad = { start: at + 1, end: at + 7, text: 'mining' };
    const one = scoreReport(SINGLE, [meeting({ evidence: [good, bad] })]);
    expect([one.spans, one.spansExact]).toEqual([2, 1]);
    const sum = totals([one, scoreReport(SINGLE, [])]);
    expect(sum.partiesExact).toBe(0.5);
    expect(sum.meetingsFound).toBe(0.5);
    expect(sum.date).toBe(0.5);
    expect(sum.spansExact).toBe(0.5);
  });
});
