import type { Dataset, DatasetMeeting } from '../../src/modules/dataset/dataset.types';

/**
 * A deterministic dataset in the shape of the seed files at any size: statements at the UN
 * (parties [state, UN], year precision, interests with evidence sentences) and visits between
 * states (day or month precision, named and unnamed participants, a visit enclosing a talk),
 * with people holding positions, organizations with a parent, relations and agreements.
 */
export interface SyntheticOptions {
  meetings: number;
  /** Interests per meeting (default 3). */
  interestsPerMeeting?: number;
  /** Key prefix, so two datasets can be told apart (default "syn"). */
  prefix?: string;
  seed?: number;
}

const PARTIES = [
  'US',
  'GB',
  'FR',
  'DE',
  'JP',
  'KR',
  'CN',
  'IN',
  'BR',
  'MX',
  'NG',
  'EG',
  'ZA',
  'KE',
  'AZ',
  'TR',
  'IR',
  'SA',
  'ID',
  'AU',
  'CA',
  'AR',
  'CL',
  'PE',
  'NO',
  'SE',
  'PL',
  'UA',
  'IT',
  'ES',
];
const STANCES = ['INTERESTED', 'PROPOSED', 'HIGHLIGHTED', 'AGREED', 'DISCUSSED'];
const SECTORS = [
  { code: 'syn-energy', name: 'Energy', description: 'Energy of any kind.' },
  {
    code: 'syn-renewables',
    name: 'Renewables',
    description: 'Sun and wind.',
    parent: 'syn-energy',
  },
  { code: 'syn-trade', name: 'Trade', description: 'Goods and services.' },
  { code: 'syn-health', name: 'Health', description: 'Public health.' },
  { code: 'syn-climate', name: 'Climate', description: 'Climate change.' },
  { code: 'syn-security', name: 'Security', description: 'Peace and security.' },
];

function prng(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function syntheticDataset(options: SyntheticOptions): Dataset {
  const random = prng(options.seed ?? 7);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)];
  const prefix = options.prefix ?? 'syn';
  const perMeeting = options.interestsPerMeeting ?? 3;
  const lower = (code: string) => code.toLowerCase();
  const organizations: Dataset['organizations'] = [
    {
      key: `${prefix}-un`,
      name: 'United Nations',
      kind: 'INTERNATIONAL_ORGANIZATION',
      countries: ['UN'],
    },
    ...PARTIES.map((p) => ({
      key: `${prefix}-mfa-${lower(p)}`,
      name: `Foreign ministry of ${p}`,
      kind: 'MINISTRY',
      countries: [p],
    })),
    {
      key: `${prefix}-desk`,
      name: 'Press desk',
      kind: 'OTHER',
      countries: ['UN'],
      parent: `${prefix}-un`,
    },
  ];
  const person = (p: string, i: number) => `${prefix}-person-${lower(p)}-${i}`;
  const people: Dataset['people'] = PARTIES.flatMap((p) =>
    [0, 1, 2].map((i) => ({
      key: person(p, i),
      name: `Person ${i} of ${p}`,
      country: p,
      ...(i === 0 ? { aliases: [`P${i} ${p}`, `Persona ${p}`] } : {}),
      positions: [
        {
          title: i === 0 ? 'Head of State' : 'Minister of Foreign Affairs',
          rank: i === 0 ? 'HEAD_OF_STATE' : 'MINISTER',
          organization: `${prefix}-mfa-${lower(p)}`,
          ...(i === 2 ? { start: '1990-05', end: '1999' } : {}),
        },
      ],
    })),
  );
  const sources: Dataset['sources'] = [];
  const meetings: DatasetMeeting[] = [];
  for (let n = 0; n < options.meetings; n++) {
    const year = 1866 + Math.floor(random() * 160);
    const state = pick(PARTIES);
    const url = `https://example.org/${prefix}/${n}`;
    sources.push({
      url,
      title: `Record ${n}`,
      publisher: `${prefix}-desk`,
      publishedAt: `${year}-06-01T12:00:00+00:00`,
    });
    const statement = n % 2 === 0;
    const other = statement ? 'UN' : state === 'US' ? 'GB' : 'US';
    const key = `${prefix}-meeting-${n}`;
    const sentence = `In ${year} the delegation of ${state} spoke of energy, trade and health.`;
    const interests = Array.from({ length: perMeeting }, (_, i) => ({
      sector: SECTORS[(n + i) % SECTORS.length].code,
      country: state,
      partner: other,
      stance: STANCES[(n * 7 + i) % STANCES.length],
      note: `Interest ${i} of record ${n}.`,
      source: url,
      ...(i % 2 === 0 ? { evidence: [{ start: 0, end: sentence.length, text: sentence }] } : {}),
    }));
    meetings.push({
      key,
      title: statement ? `Statement of ${state}, ${year}` : `Visit of ${state} to ${other}`,
      kind: statement ? 'GENERAL_DEBATE_STATEMENT' : n % 3 === 0 ? 'OFFICIAL_VISIT' : 'SUMMIT',
      start: statement
        ? String(year)
        : `${year}-0${1 + (n % 9)}${n % 5 === 0 ? '' : '-1' + (n % 10)}`,
      ...(statement ? { city: 'New York' } : { placeCountry: other, hostCountry: other }),
      parties: [state, other],
      summary: `Synthetic record ${n}.`,
      sources: [url],
      ...(!statement && n % 6 === 1 && n > 2 ? { visit: `${prefix}-meeting-${n - 2}` } : {}),
      participants: [
        { person: person(state, n % 3), country: state, role: 'HEAD_OF_DELEGATION' },
        ...(statement
          ? []
          : [{ description: 'Officials of the host', country: other, role: 'HOST' }]),
      ],
      interests,
    });
  }
  return {
    format: 'cooperation-atlas/v1',
    name: `Synthetic ${prefix}`,
    sectors: SECTORS,
    organizations,
    people,
    sources,
    meetings,
    relations: [{ parties: ['US', 'GB'], established: '1785', sources: [sources[0].url] }],
    agreements: [
      {
        key: `${prefix}-agreement`,
        name: 'A synthetic agreement',
        kind: 'AGREEMENT',
        summary: 'Invented.',
        countries: ['US', 'GB'],
        organizations: [`${prefix}-un`],
        sectors: ['syn-trade'],
        sources: [sources[0].url],
      },
    ],
  } as Dataset;
}
