import { dates, pairs, people, read, sides } from './reading';

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

describe('page furniture inside the body', () => {
  test('a link to another story (“Also read: …”) is no sentence of the report', () => {
    const [draft] = read(
      `${MET} They discussed energy.\nAlso read: Pressure from the EU on Peru over quinoa is the start of a plan, they accuse\nSoto called the talks useful.`,
    );
    expect(pairs(draft)).toEqual(['CL energy', 'PE energy']);
  });
});

describe('people met', () => {
  test('“his Djiboutian counterpart, Minister A, and President B”: both of Djibouti, both met', () => {
    const drafts = read(
      'Kenyan Foreign Minister Amos Kiprop held talks with his Djiboutian counterpart, Minister Hassan Ali Omar, and President Idris Moussa Farah.',
    );
    expect(drafts.flatMap(people)).toEqual(
      expect.arrayContaining(['Hassan Ali Omar/DJ', 'Idris Moussa Farah/DJ']),
    );
    expect(drafts.every((d) => sides(d).join() === 'DJ,KE')).toBe(true);
  });
});

describe('the occasion of a meeting', () => {
  const text =
    'PRESIDENT Kofi Banda has held talks with Angolan President Rui Neto, focusing on ties between Malawi and Angola. Both leaders met on the margins of the inauguration of Namibia’s new President, Dr Anna Shikongo. They discussed agriculture.';

  test('the one inaugurated is no participant, the inaugurating country no side', () => {
    const drafts = read(text);
    expect(drafts).toHaveLength(1);
    expect(sides(drafts[0])).toEqual(['AO', 'MW']);
    expect(people(drafts[0])).toEqual(['Kofi Banda/MW', 'Rui Neto/AO']);
  });
});

describe('heads of each side', () => {
  test('“led on the Indian side by A, …, and on the Ghanaian side by B”: each of that side', () => {
    const [draft] = read(
      'India and Ghana on Friday held Foreign Office Consultations and reviewed their relations. The Consultations were led on the Indian side by Ravi Menon, Joint Secretary, and on the Ghanaian side by Kwame Asare, Director (Asia), the ministry said.',
    );
    expect(people(draft)).toEqual(['Ravi Menon/IN', 'Kwame Asare/GH']);
  });
});

describe('sector words', () => {
  test('“agro-processing” is agriculture', () => {
    const [draft] = read(
      'Indian Foreign Minister Ravi Menon met Ghanaian Foreign Minister Kwame Asare in Accra. They called for cooperation in agro-processing.',
    );
    expect(pairs(draft)).toEqual(['GH agriculture', 'IN agriculture']);
  });
});

describe('meeting dates', () => {
  test('“last night” is the day before the report’s date line', () => {
    expect(
      dates(
        'President Anna Rai of Nepal held talks with her Bangladeshi counterpart Karim Uddin last night. They discussed tourism.',
        '2024-03-06',
      ),
    ).toEqual(['2024-03-05']);
  });
});

describe('attendance', () => {
  test('“A and B also attended” names who was there, not a meeting of theirs', () => {
    const drafts = read(
      'President Anna Rai of Nepal held talks with her Bangladeshi counterpart Karim Uddin. Minister for Foreign Affairs Hari Thapa and Foreign Affairs Minister of Bangladesh Dr Rafiq Alam also attended. They discussed tourism.',
    );
    expect(drafts).toHaveLength(1);
  });
});
