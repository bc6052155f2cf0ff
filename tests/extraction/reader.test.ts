import 'reflect-metadata';
import { buildDraft, buildDrafts, EngineDraft } from '../../src/modules/extraction/draft-builder';
import { engineContext } from './dev-set/score';

/**
 * The report reader on short reports written for these tests: one rule each. The sentences are
 * ours; the places and offices are real, the people invented.
 */
const context = engineContext();
const top = new Map(context.sectors.map((s) => [s.code, s.top]));

const read = (text: string, publishedAt?: string, outlet?: string) =>
  buildDrafts(text, { publishedAt, outlet }, context);

const pairs = (draft: EngineDraft) =>
  [...new Set(draft.interests.map((i) => `${i.party} ${top.get(i.sector)}`))].sort();
const sides = (draft: EngineDraft) => draft.parties.map((p) => p.code).sort();
const people = (draft: EngineDraft) => draft.participants.map((p) => `${p.name}/${p.party}`);

describe('joint facts', () => {
  test('"the two ministers discussed" and a list after a colon go to both sides', () => {
    const [draft] = read(
      'Ghanaian Foreign Minister Kwame Asante met Japanese Foreign Minister Haruto Sato in Accra on Monday. The two ministers discussed cooperation in three areas: renewable energy, fisheries and higher education.',
      '2024-04-10',
    );
    expect(sides(draft)).toEqual(['GH', 'JP']);
    expect(pairs(draft)).toEqual([
      'GH agriculture',
      'GH education',
      'GH energy',
      'JP agriculture',
      'JP education',
      'JP energy',
    ]);
  });

  test('passive and impersonal sentences are joint; one speaker keeps his own interest', () => {
    const [draft] = read(
      'Chilean Foreign Minister Marta Rojas held talks with Argentine Foreign Minister Luis Ferro in Santiago on Tuesday. Lithium mining and trade were also on the agenda. Ferro said Argentina is interested in Chilean ports.',
      '2024-04-10',
    );
    expect(pairs(draft)).toEqual([
      'AR mining',
      'AR trade-economy',
      'AR transport',
      'CL mining',
      'CL trade-economy',
    ]);
  });

  test('quoted words belong to the person who said them; "we discussed" to both', () => {
    const [draft] = read(
      'Norwegian Foreign Minister Ola Berg met Estonian Foreign Minister Mari Tamm in Oslo on Friday. "We want to deepen cooperation in cybersecurity," Tamm said. "We also discussed shipping," Berg added.',
      '2024-04-13',
    );
    expect(pairs(draft)).toEqual(['EE security', 'EE transport', 'NO transport']);
  });
});

describe('context that is not a party or an interest', () => {
  test('an organization that is a side of the meeting is not a topic of multilateral cooperation', () => {
    const [draft] = read(
      'European Commission President Anna Weber met Peruvian President Carlos Quispe in Lima on Monday. Weber said the EU sees Peru as a partner for lithium mining.',
      '2024-04-10',
    );
    expect(sides(draft)).toEqual(['EU', 'PE']);
    expect(pairs(draft)).toEqual(['EU mining']);
  });

  test('an event dated "a day after" the meeting is when, not what', () => {
    const [draft] = read(
      'Kenyan President Daniel Mwangi met Ugandan President Joseph Okello in Nairobi on Monday, a day after the signing of an ASEAN trade pact. Okello proposed a railway link.',
      '2024-04-10',
    );
    expect(pairs(draft)).toEqual(['UG transport']);
  });

  test('history, thanks and the setting stay out', () => {
    const [draft] = read(
      'On the sidelines of the UN General Assembly in New York, Kazakh Foreign Minister Arman Nurov met Irish Foreign Minister Sean Byrne on Wednesday. The sides discussed cooperation in agriculture. Nurov thanked Ireland for its past humanitarian assistance. The two countries established diplomatic relations in 1992 and signed a tourism agreement in 2015.',
      '2024-09-26',
    );
    expect(sides(draft)).toEqual(['IE', 'KZ']);
    expect(pairs(draft)).toEqual(['IE agriculture', 'KZ agriculture']);
  });

  test('a third country in a background sentence is not a party', () => {
    const [draft] = read(
      'Turkish Foreign Minister Can Demir received Georgian Foreign Minister Nino Beridze in Ankara on Thursday. Beridze recalled the 2008 war with Russia. The sides discussed transport corridors.',
      '2024-05-03',
    );
    expect(sides(draft)).toEqual(['GE', 'TR']);
  });
});

describe('sides and names', () => {
  test('a counterpart phrase and the outlet settle an unnamed side', () => {
    const [draft] = read(
      'Foreign Minister Anna Lindqvist spoke by phone with her Malaysian counterpart Ahmad Razak bin Ismail on Tuesday. The two ministers discussed tourism.',
      '2024-03-12',
      'Swedish Daily',
    );
    expect(draft.kind).toBe('PHONE_CALL');
    expect(sides(draft)).toEqual(['MY', 'SE']);
    expect(people(draft)).toEqual(['Anna Lindqvist/SE', 'Ahmad Razak bin Ismail/MY']);
  });

  test('initials, particles, diacritics and names in capitals', () => {
    const [draft] = read(
      'Indian External Affairs Minister S. Jaishankar held talks with Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani yesterday. Vietnamese Foreign Minister Bùi Thanh Sơn and Mr. TANAKA Kenji, Minister of State of Japan, also attended.',
      '2024-02-20',
    );
    expect(people(draft)).toEqual(
      expect.arrayContaining(['S. Jaishankar/IN', 'Mohammed bin Abdulrahman Al Thani/QA']),
    );
    expect(draft.date?.date).toBe('2024-02-19');
  });

  test('an organization is a party when its official meets as its representative', () => {
    const [draft] = read(
      'African Union Commission Chairperson Moussa Kabore received Australian Foreign Minister Penny Wills in Addis Ababa on Wednesday. The talks focused on food security.',
      '2024-05-10',
    );
    expect(sides(draft)).toEqual(['AFRUNION', 'AU']);
  });
});

describe('organizations, settings and first-person releases', () => {
  test('the UN meets through its Secretary-General; the General Assembly is only the setting', () => {
    const [draft] = read(
      'UN Secretary-General Antonio Ferreira met with Tajik President Rustam Nazarov on the sidelines of the 78th session of the UN General Assembly in New York on Tuesday. They discussed climate change and water resources. Nazarov informed the Secretary-General about the recent border incidents with Kyrgyzstan. The President thanked the UN for its humanitarian support.',
      '2023-09-20',
    );
    expect(sides(draft)).toEqual(['TJ', 'UN']);
    expect(pairs(draft)).toEqual(['TJ environment', 'UN environment']);
    expect(draft.city).toBe('New York');
  });

  test('the outlet names the side of an official given without one; praise and topics stay out', () => {
    const [draft] = read(
      'Secretary of State Antony J. Miller met with Moroccan Foreign Minister Karim Alaoui in Washington. The Secretary commended Morocco’s leadership on climate change. They discussed regional security, including Libya. Department Spokesperson Ned Brown said the two also discussed trade.',
      '2023-05-02',
      'U.S. Department of State',
    );
    expect(sides(draft)).toEqual(['MA', 'US']);
    expect(people(draft)).toEqual(['Antony J. Miller/US', 'Karim Alaoui/MA']);
    expect(pairs(draft)).toEqual([
      'MA security',
      'MA trade-economy',
      'US security',
      'US trade-economy',
    ]);
  });

  test('"I met …": the author is the outlet’s side; members of parliament are another meeting', () => {
    const drafts = read(
      'I met my counterpart, Foreign Minister Losa Tuilagi, in Apia today. We discussed fisheries, and Australia will provide new funding for renewable energy. I also met Members of Parliament to discuss the Pacific Islands Forum.',
      '2024-04-10',
      'Minister for Foreign Affairs (Australia)',
    );
    expect(drafts.map(sides)).toEqual([
      ['AU', 'WS'],
      ['AU', 'WS'],
    ]);
    expect(people(drafts[0])).toEqual(['Losa Tuilagi/WS']);
    expect(pairs(drafts[0])).toEqual(['AU agriculture', 'AU energy', 'WS agriculture']);
    expect(pairs(drafts[1])).toEqual(['AU multilateral', 'WS multilateral']);
  });

  test('"in the national capital" is the city of the date line; a welcome at the airport is no meeting', () => {
    const drafts = read(
      'New Delhi [India], March 3 (ANI): Prime Minister Narendra Sharma held talks with President of the European Commission Ursula von der Leyen in the national capital on Friday. Earlier, von der Leyen was received at the airport by Minister of State Anita Rao.',
      '2023-03-04',
    );
    expect(drafts).toHaveLength(1);
    expect([sides(drafts[0]), drafts[0].city, drafts[0].date?.date]).toEqual([
      ['EU', 'IN'],
      'New Delhi',
      '2023-03-03',
    ]);
  });
});

describe('several meetings in one report', () => {
  test('a tour of two capitals gives two drafts, each with its own side, date and city', () => {
    const drafts = read(
      'Kenyan President Daniel Mwangi visited Uganda on Monday, where he met President Samuel Okello in Kampala. The two leaders discussed regional security. Mwangi then travelled to Tanzania and held talks with President Grace Mushi in Dodoma on Tuesday, focusing on trade and energy.',
      '2024-06-06',
    );
    expect(drafts.map((d) => [sides(d), d.date?.date, d.city])).toEqual([
      [['KE', 'UG'], '2024-06-03', 'Kampala'],
      [['KE', 'TZ'], '2024-06-04', 'Dodoma'],
    ]);
    expect(pairs(drafts[0])).toEqual(['KE security', 'UG security']);
    expect(pairs(drafts[1])).toEqual([
      'KE energy',
      'KE trade-economy',
      'TZ energy',
      'TZ trade-economy',
    ]);
  });

  test('separate meetings at a summit, one draft per counterpart', () => {
    const drafts = read(
      'Peruvian Foreign Minister Elena Quispe met separately with her counterparts from Chile, Brazil and Mexico on Monday.\n\nQuispe and Chilean Foreign Minister Tomás Vidal discussed lithium mining.\n\nWith Brazilian Foreign Minister Paulo Ramos, she talked about climate change.',
      '2024-11-12',
    );
    expect(drafts.map(sides)).toEqual([
      ['CL', 'PE'],
      ['BR', 'PE'],
      ['MX', 'PE'],
    ]);
    expect(pairs(drafts[1])).toEqual(['BR environment', 'PE environment']);
    expect(pairs(drafts[2])).toEqual([]);
  });

  test('buildDraft answers the first meeting', () => {
    const text =
      'Kenyan President Daniel Mwangi met President Samuel Okello of Uganda in Kampala. Mwangi also met Prime Minister Rose Atim of Uganda.';
    expect(people(buildDraft(text, undefined, context))).toEqual([
      'Daniel Mwangi/KE',
      'Samuel Okello/UG',
    ]);
    expect(read(text)).toHaveLength(2);
  });
});

describe('dates', () => {
  test('"on Tuesday" is the most recent Tuesday on or before publication', () => {
    const text =
      'Polish Foreign Minister Adam Nowak met Lithuanian Foreign Minister Rasa Kairys in Vilnius on Tuesday.';
    expect(read(text, '2024-04-09')[0].date?.date).toBe('2024-04-09');
    expect(read(text, '2024-04-12')[0].date?.date).toBe('2024-04-09');
  });

  test('a date line without a year, or no publication date, gives no day', () => {
    expect(
      read(
        'Riga, March 4 (LETA) – Latvian Foreign Minister Ivars Ozols met Finnish Foreign Minister Aino Virta today.',
      )[0].date,
    ).toBeUndefined();
    expect(
      read(
        ' date 2024-03-05 Riga – Latvian Foreign Minister Ivars Ozols met Finnish Foreign Minister Aino Virta today.',
      )[0].date?.date,
    ).toBe('2024-03-05');
  });

  test('the date of another event is not the meeting date', () => {
    const [draft] = read(
      'Czech Foreign Minister Petr Kral, who visited Austria last year, met Austrian Foreign Minister Eva Huber in Prague. The report was published on Monday.',
      '2024-04-10',
    );
    expect(draft.date).toBeUndefined();
  });
});

test('every evidence span is the text it quotes', () => {
  const text =
    'Ghanaian Foreign Minister Kwame Asante met Japanese Foreign Minister Haruto Sato in Accra on Monday. “We discussed fisheries and trade,” Asante said.';
  for (const draft of read(text, '2024-04-10')) {
    const spans = [
      ...draft.parties.flatMap((p) => p.evidence),
      ...draft.participants.flatMap((p) => p.evidence),
      ...draft.interests.flatMap((i) => i.evidence),
    ];
    expect(spans.length).toBeGreaterThan(3);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  }
});
