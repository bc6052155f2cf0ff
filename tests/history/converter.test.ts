import { rmSync } from 'node:fs';
import type { Dataset, DatasetMeeting } from '../../src/modules/dataset/dataset.types';
import { validateDataset } from '../../src/modules/dataset/dataset.validator';
import { convertHistory, ConversionReport } from '../../src/modules/history-import/convert';
import { readCorpus } from '../../src/modules/history-import/corpus';
import { partyOfSlug } from '../../src/modules/history-import/slug-parties';
import { SurnameIndex } from '../../src/modules/history-import/surnames';
import { rankOfTitle, splitVisitors } from '../../src/modules/history-import/titles';
import { readTaxonomy } from '../../src/modules/sector/sector-taxonomy';
import { BAKER, KERRY, OBAMA, writeCorpus } from './support';

const SNAPSHOT = { travels: 'commit t', visits: 'commit v' };

let dir: string;
let dataset: Dataset;
let report: ConversionReport;
const meeting = (key: string): DatasetMeeting => {
  const found = dataset.meetings!.find((m) => m.key === key);
  if (!found) throw new Error(`no meeting ${key}`);
  return found;
};

beforeAll(() => {
  dir = writeCorpus({
    president: [
      {
        id: 10,
        ...OBAMA,
        start: '2014-03-24',
        end: '2014-03-26',
        slug: 'belgium',
        place: 'Belgium',
        locale: 'Brussels',
        remarks: 'Attended the NATO Summit Meeting.',
      },
      {
        id: 11,
        ...OBAMA,
        start: '2015-06-07',
        slug: 'korea-south',
        place: 'Korea, Republic of',
        locale: 'Seoul',
        remarks: 'State visit. Met with President Hana Lee-sun.',
      },
    ],
    secretary: [
      {
        id: 20,
        ...KERRY,
        start: '2014-03-24',
        end: '2014-03-26',
        slug: 'belgium',
        place: 'Belgium',
        locale: 'Brussels',
        remarks: 'Accompanied President Obama.',
      },
      {
        id: 21,
        ...KERRY,
        start: '2013-05-02',
        slug: 'united-kingdom',
        place: 'United Kingdom',
        locale: 'London',
        remarks:
          'Met with Prime Minister Alan Testbury and Queen Elizabeth II. Met with Russian Foreign Minister Pavel Ivanovich Orlov. Discussed trade and renewable energy.',
      },
      {
        id: 24,
        ...KERRY,
        start: '2014-01-10',
        slug: 'united-kingdom',
        place: 'United Kingdom',
        locale: 'London',
        remarks: 'Met with Prime Minister Testbury.',
      },
      {
        id: 22,
        ...BAKER,
        start: '1990-05-16',
        slug: 'russia',
        place: 'U.S.S.R.',
        locale: 'Moscow',
        remarks: 'Met with Foreign Minister Shevardnadze.',
      },
      {
        id: 23,
        ...BAKER,
        start: '1991-03-10',
        slug: 'yugoslavia',
        place: 'Yugoslavia',
        locale: 'Belgrade',
        remarks: 'Met with Prime Minister Ante Testovic.',
      },
    ],
    visits: [
      {
        id: 30,
        start: '2022-05-16',
        visitor: 'Prime Minister Kyriakos Mitsotakis',
        slug: 'greece',
        place: 'Greece',
        description: 'Official working visit. Addressed a joint meeting of Congress.',
      },
      {
        id: 31,
        start: '2009-09-24',
        end: '2009-09-25',
        visitor: 'President Maria Exempla',
        slug: 'argentina',
        place: 'Argentina',
        description: 'Attended the G-20 Economic Summit in Pittsburgh, Pennsylvania.',
      },
      {
        id: 32,
        start: '2009-09-24',
        end: '2009-09-25',
        visitor: 'Prime Minister Jon Sample',
        slug: 'australia',
        place: 'Australia',
        description: 'Attended the G-20 Economic Summit in Pittsburgh, Pennsylvania.',
      },
      {
        id: 33,
        start: '1995-10-21',
        visitor: 'King Abdullah and Crown Prince Hussein',
        slug: 'jordan',
        place: 'Jordan',
        description: 'Met with President Clinton.',
      },
      {
        id: 34,
        start: '1996-04-02',
        visitor: 'President Quentin Nowhere',
        slug: 'atlantis',
        place: 'Atlantis',
        description: 'Private visit.',
      },
      {
        id: 35,
        start: '2019-03-01',
        visitor: 'Chancellor Greta Beispiel',
        slug: 'germany',
        place: 'Germany',
        description:
          'Attended the funeral of former Chancellor Karl Musterfrau. Met with President Trump.',
      },
    ],
  });
  ({ dataset, report } = convertHistory(readCorpus(dir), readTaxonomy(), SNAPSHOT));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('the converted dataset passes the dataset validator', () => {
  expect(validateDataset(dataset)).toEqual([]);
  expect(dataset.format).toBe('cooperation-atlas/v1');
  expect(dataset.description).toContain('commit t');
});

test('a president trip: the traveller with the terms of presidents.xml, the traveller page as source', () => {
  const seoul = meeting('hsg-trip-11');
  expect(seoul).toMatchObject({
    kind: 'OFFICIAL_VISIT',
    start: '2015-06-07',
    city: 'Seoul',
    placeCountry: 'KR',
    hostCountry: 'KR',
    parties: ['US', 'KR'],
    sources: ['https://history.state.gov/departmenthistory/travels/president/obama-barack'],
  });
  expect(seoul.participants).toEqual([
    {
      person: 'obama-barack',
      country: 'US',
      role: 'HEAD_OF_DELEGATION',
      capacity: 'President of the United States',
    },
    expect.objectContaining({
      person: 'hana-lee-sun-kr',
      country: 'KR',
      role: 'HOST',
      capacity: 'President',
    }),
  ]);
  const obama = dataset.people!.find((p) => p.key === 'obama-barack');
  expect(obama?.positions).toEqual([
    {
      title: '44th President of the United States',
      rank: 'HEAD_OF_STATE',
      start: '2009-01-20',
      end: '2017-01-20',
    },
  ]);
  expect(seoul.summary).toContain('President Barack Obama was in Seoul, South Korea on 2015-06-07');
});

test('a secretary trip: people named in remarks on the right side, with their words as evidence', () => {
  const london = meeting('hsg-trip-21');
  expect(london.sources).toEqual([
    'https://history.state.gov/departmenthistory/travels/secretary/kerry-john-forbes',
  ]);
  expect(london.parties).toEqual(['US', 'GB', 'RU']);
  const byPerson = Object.fromEntries((london.participants ?? []).map((p) => [p.person, p]));
  expect(byPerson['alan-testbury-gb']).toMatchObject({
    country: 'GB',
    role: 'HOST',
    capacity: 'Prime Minister',
  });
  expect(byPerson['elizabeth-ii-gb']).toMatchObject({ country: 'GB', capacity: 'Queen' });
  expect(byPerson['pavel-ivanovich-orlov-ru']).toMatchObject({
    country: 'RU',
    role: 'GUEST',
    capacity: 'Foreign Minister',
  });
  const remarks = 'Met with Prime Minister Alan Testbury and Queen Elizabeth II.';
  const [evidence] = byPerson['alan-testbury-gb'].evidence!;
  expect(remarks.slice(evidence.start, evidence.end)).toBe('Prime Minister Alan Testbury');
  const kerry = dataset.people!.find((p) => p.key === 'kerry-john-forbes');
  expect(kerry?.positions).toEqual([
    { title: 'Secretary of State', organization: 'us-department-of-state', rank: 'MINISTER' },
  ]);
});

test('a foreign visit: title and name split, the country page as source, the kind the text names', () => {
  const visit = meeting('hsg-visit-30');
  expect(visit).toMatchObject({
    kind: 'OFFICIAL_VISIT',
    parties: ['GR', 'US'],
    hostCountry: 'US',
    sources: ['https://history.state.gov/departmenthistory/visits/greece'],
  });
  expect(visit.participants).toEqual([
    {
      person: 'kyriakos-mitsotakis-gr',
      country: 'GR',
      role: 'HEAD_OF_DELEGATION',
      capacity: 'Prime Minister',
    },
  ]);
  expect(dataset.people!.find((p) => p.key === 'kyriakos-mitsotakis-gr')).toEqual({
    key: 'kyriakos-mitsotakis-gr',
    name: 'Kyriakos Mitsotakis',
    country: 'GR',
    positions: [{ title: 'Prime Minister', rank: 'HEAD_OF_GOVERNMENT' }],
  });
  expect(visit.title).toBe(
    'Prime Minister Kyriakos Mitsotakis of Greece in the United States (official working visit)',
  );
});

test('slugs become parties: plain names, the table, and states that no longer exist by date', () => {
  expect(partyOfSlug('canada', '2000-01-01')).toBe('CA');
  expect(partyOfSlug('korea-south', '1960-01-01')).toBe('KR');
  expect(partyOfSlug('holy-see', '1980-01-01')).toBe('VA');
  expect(partyOfSlug('russia', '1990-05-16')).toBe('SUHH');
  expect(partyOfSlug('russia', '1992-01-31')).toBe('RU');
  expect(partyOfSlug('serbia', '2004-01-01')).toBe('CSXX');
  expect(partyOfSlug('atlantis', '2000-01-01')).toBeUndefined();
  expect(meeting('hsg-trip-22').parties).toEqual(['US', 'SUHH']);
  expect(meeting('hsg-trip-23')).toMatchObject({ parties: ['US', 'YUCS'], placeCountry: 'YUCS' });
});

test('people split: several visitors, one surname alone, office ranks', () => {
  expect(splitVisitors('King Abdullah and Crown Prince Hussein')).toEqual([
    { title: 'King', head: 'King', name: 'Abdullah' },
    { title: 'Crown Prince', head: 'Prince', name: 'Hussein' },
  ]);
  expect(splitVisitors('President Tomas Ejemplo, Jr.')).toEqual([
    { title: 'President', head: 'President', name: 'Tomas Ejemplo Jr.' },
  ]);
  expect(splitVisitors('Premier & Prince Sihanouk')).toEqual([
    { title: 'Premier and Prince', head: 'Prince', name: 'Sihanouk' },
  ]);
  const jordan = meeting('hsg-visit-33');
  expect(jordan.participants).toEqual([
    { person: 'abdullah-jo', country: 'JO', role: 'HEAD_OF_DELEGATION', capacity: 'King' },
    { person: 'hussein-jo', country: 'JO', role: 'DELEGATION_MEMBER', capacity: 'Crown Prince' },
    expect.objectContaining({ person: 'clinton-william-j', country: 'US', role: 'HOST' }),
  ]);
  const moscow = meeting('hsg-trip-22');
  expect(moscow.participants![1]).toMatchObject({
    description: 'Foreign Minister Shevardnadze',
    country: 'SUHH',
  });
  expect(report.unnamedPeople.get('Foreign Minister Shevardnadze (SUHH)')).toBe(1);
  expect(rankOfTitle('Deputy Foreign Minister')).toBe('DEPUTY_MINISTER');
  expect(rankOfTitle('Chancellor')).toBe('HEAD_OF_GOVERNMENT');
  expect(rankOfTitle('Crown Prince')).toBe('OTHER');
});

test('a surname alone is the one holder of that office whom records name in full near that date', () => {
  expect(meeting('hsg-trip-24').participants![1]).toMatchObject({
    person: 'alan-testbury-gb',
    capacity: 'Prime Minister',
  });
  expect(report.resolvedSurnames).toBe(1);
  const index = new SurnameIndex();
  index.add('IN', 'Prime Minister', 'Indira Gandhi', '1971-11-04');
  index.add('IN', 'Prime Minister', 'Indira Gandhi', '1982-07-29');
  index.add('IN', 'Prime Minister', 'Rajiv Gandhi', '1985-06-12');
  expect(index.resolve('IN', 'Prime Minister', 'Gandhi', '1975-01-01')).toBe('Indira Gandhi');
  expect(index.resolve('IN', 'Prime Minister', 'Gandhi', '1984-01-01')).toBeUndefined();
  expect(index.resolve('IN', 'Prime Minister', 'Gandhi', '1986-01-01')).toBe('Rajiv Gandhi');
  expect(index.resolve('IN', 'Prime Minister', 'Gandhi', '1990-01-01')).toBeUndefined();
  expect(index.resolve('IN', 'President', 'Gandhi', '1975-01-01')).toBeUndefined();
});

test('records describing one summit are one meeting with every party; an accompanying secretary joins the president', () => {
  const g20 = meeting('hsg-visit-31');
  expect(g20.kind).toBe('SUMMIT');
  expect([...g20.parties].sort()).toEqual(['AR', 'AU', 'G20', 'US']);
  expect(g20.sources).toHaveLength(2);
  expect(dataset.meetings!.some((m) => m.key === 'hsg-visit-32')).toBe(false);
  const nato = meeting('hsg-trip-10');
  expect(nato).toMatchObject({ kind: 'SUMMIT', parties: ['US', 'BE', 'NATO'] });
  expect(nato.participants!.map((p) => [p.person, p.role])).toEqual([
    ['obama-barack', 'HEAD_OF_DELEGATION'],
    ['kerry-john-forbes', 'DELEGATION_MEMBER'],
  ]);
  expect(dataset.meetings!.some((m) => m.key === 'hsg-trip-20')).toBe(false);
  expect(report.mergedRecords).toBe(4);
  expect(report.mergedMeetings).toBe(2);
});

test('a record of an event and of talks of its own is two meetings', () => {
  const funeral = meeting('hsg-visit-35');
  const talks = meeting('hsg-visit-35-talks');
  expect(funeral.kind).toBe('OTHER');
  expect(funeral.participants!.map((p) => p.person)).toEqual(['greta-beispiel-de']);
  expect(talks.kind).toBe('BILATERAL_MEETING');
  expect(talks.participants!.map((p) => p.person)).toEqual(['greta-beispiel-de', 'trump-donald-j']);
  const trump = dataset.people!.find((p) => p.key === 'trump-donald-j');
  expect(trump?.positions?.map((p) => p.title)).toEqual([
    '45th President of the United States',
    '47th President of the United States',
  ]);
});

test('sectors named in remarks are interests with their exact words', () => {
  const london = meeting('hsg-trip-21');
  const text =
    'Met with Prime Minister Alan Testbury and Queen Elizabeth II. Met with Russian Foreign Minister Pavel Ivanovich Orlov. Discussed trade and renewable energy.';
  const sectors = (london.interests ?? []).map((i) => i.sector).sort();
  expect(sectors).toEqual(['alternative-energy', 'trade-economy']);
  for (const interest of london.interests!) {
    expect(interest).toMatchObject({
      country: 'US',
      partner: 'GB',
      stance: 'DISCUSSED',
      source: london.sources[0],
    });
    for (const e of interest.evidence!) expect(text.slice(e.start, e.end)).toBe(e.text);
  }
  expect(dataset.sectors!.map((s) => s.code)).toEqual(
    expect.arrayContaining(['energy', 'alternative-energy', 'trade-economy']),
  );
  expect(report.recordsWithSector).toBe(1);
});

test('a slug no table places is reported with its records, and nothing is made of them', () => {
  expect(report.unplacedSlugs).toEqual([
    { slug: 'atlantis', place: 'Atlantis', records: ['data/1990.xml#34'] },
  ]);
  expect(dataset.meetings!.some((m) => m.key === 'hsg-visit-34')).toBe(false);
});

test('the same corpus converts to the same dataset', () => {
  const again = convertHistory(readCorpus(dir), readTaxonomy(), SNAPSHOT).dataset;
  expect(JSON.stringify(again)).toBe(JSON.stringify(dataset));
});
