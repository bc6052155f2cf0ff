import { read, pairs, sides, people } from './reading';

/**
 * Rules found on a fresh set of real reports (branch i22k: the Middle East, North Africa and
 * Sub-Saharan Africa, the African Union and the Arab League), by class, each on short reports
 * written for these tests: places and offices are real, the people invented.
 */

describe('named participants', () => {
  test('“President-elect X”: the office goes on past its hyphen', () => {
    const [draft] = read(
      'King Harald held a phone call with Chilean President-elect Paula Rojas. They discussed trade.',
    );
    expect(people(draft)).toContain('Paula Rojas/CL');
  });

  test('a ruler or head of government is named by one word after the office', () => {
    const [draft] = read('President Kagame met Kenyan Foreign Minister Ann Otieno in Kigali.');
    expect(people(draft)).toEqual(['Kagame/RW', 'Ann Otieno/KE']);
    const [king] = read('King Harald held a phone call with Chilean President-elect Paula Rojas.');
    expect(king.participants.map((p) => p.name)).toContain('Harald');
  });

  test('the one who sent an envoy, or whose government was met, is only mentioned', () => {
    const [envoy] = read(
      'President Kagame received Professor Jean Habimana, a special envoy of Burundian President Pierre Ndayi, in Kigali.',
    );
    expect(people(envoy)).toEqual(['Kagame/RW', 'Jean Habimana/BI']);
    const [government] = read(
      "Jamaica's foreign minister Kamina Smith met representatives of the government of president-elect Luis Arce.",
    );
    expect(people(government)).toEqual(['Kamina Smith/JM']);
  });

  test('“the meeting between the President, A, and his counterpart from Peru, B”: both met', () => {
    const [draft] = read(
      'Trade was the topic of the meeting between the President of the Republic, Luis Arce, and his counterpart from Peru, Dina Rojas, who arrived in Bolivia on Monday.',
    );
    expect(people(draft)).toEqual(['Luis Arce/BO', 'Dina Rojas/PE']);
  });

  test('one word that meets someone is a person, whose side is the other one', () => {
    const [draft] = read(
      "The Iranian energy minister arrived in Baghdad on Tuesday. Karimi also met with Ali Hassan, Iraq's Minister of Finance.",
    );
    expect(people(draft)).toEqual(['Karimi/IR', 'Ali Hassan/IQ']);
  });

  test('an office with “Political and Economic Diplomacy” and “at the Ministry” is one office', () => {
    const [draft] = read(
      'Deputy Minister for Political and Economic Diplomacy at the Ministry of External Affairs of Ghana, Kofi Boateng met Robert Dussey, Minister of Foreign Affairs of the Republic of Togo.',
    );
    expect(people(draft)).toEqual(['Kofi Boateng/GH', 'Robert Dussey/TG']);
  });
});

describe('meetings found', () => {
  test('“the discussion held with X”, “another discussion Y held was with X”: meetings of the one spoken of', () => {
    const drafts = read(
      'Ghanaian Foreign Minister Ama Mensah met Portuguese Foreign Minister Ana Lopes. Another fruitful discussion Mensah held was with her Spanish counterpart, José Alvarez. The discussion held with Italian Foreign Minister Marco Rossi was focused on trade.',
    );
    expect(drafts.map(sides)).toEqual([
      ['GH', 'PT'],
      ['ES', 'GH'],
      ['GH', 'IT'],
    ]);
    expect(drafts.map((d) => people(d)[1])).toEqual([
      'Ana Lopes/PT',
      'José Alvarez/ES',
      'Marco Rossi/IT',
    ]);
  });

  test('meetings with the ministers of A and B, then each named: one meeting per side, not two', () => {
    const drafts = read(
      'State Minister at the Ministry of Foreign Affairs of Ghana, Kofi Boateng held bilateral meetings with foreign ministers of Togo and Côte d’Ivoire on the sidelines of the summit. Accordingly, he met Robert Dussey, Minister of Foreign Affairs of the Republic of Togo, and Awa Kone, the Minister of Foreign Affairs, Regional Integration and Diaspora of the Republic of Côte d’Ivoire.',
    );
    expect(drafts.map(people)).toEqual([
      ['Kofi Boateng/GH', 'Robert Dussey/TG'],
      ['Kofi Boateng/GH', 'Awa Kone/CI'],
    ]);
  });
});

describe('interests', () => {
  test('hospitality, a visit to enterprises and the summit one came for are no sectors', () => {
    const [draft] = read(
      'Kenyan Foreign Minister Ann Otieno met President Kagame in Kigali. She thanked him for his hospitality. Her programme also includes visiting economic enterprises in Kigali. The ministers who are here for the 30th AU Summit also met.',
    );
    expect(pairs(draft)).toEqual([]);
  });
});

describe('sides and who raised it', () => {
  test('“Members of President A’s delegation included B; C”: the side of the one who led it', () => {
    const [draft] = read(
      'Ghana’s President Nana Mensah met Acting President Yemi Adebayo of Nigeria in Abuja on Sunday. Adebayo thanked the Ghanaian President for visiting Nigeria. Members of the President Mensah’s delegation included Ghana’s Minister of Foreign Affairs, Ama Owusu; Minister of National Security, Kwame Boadu; and officials of the Foreign Ministry.',
    );
    expect(people(draft)).toEqual([
      'Nana Mensah/GH',
      'Yemi Adebayo/NG',
      'Ama Owusu/GH',
      'Kwame Boadu/GH',
    ]);
  });

  test('what the accords signed cover is both sides’, even in one side’s words; a plan’s name is no sector', () => {
    const [draft] = read(
      'Kenyan President Paul Otieno held talks in Nairobi with his Tanzanian counterpart Ali Mwinyi. These accords signalled the broad scope of the two countries’ cooperation, covering economic and cultural areas, Otieno said. The accords were important for Kenya’s own Economic Reconstruction and Recovery Plan, he added.',
    );
    expect(pairs(draft)).toEqual([
      'KE culture',
      'KE trade-economy',
      'TZ culture',
      'TZ trade-economy',
    ]);
  });

  test('“His Majesty” is the king the report names', () => {
    const [draft] = read(
      'His Majesty King Hamad of Bahrain, in a phone call on Monday with Kenyan President Paul Otieno, discussed relations. His Majesty reaffirmed the importance of coordination against the COVID-19 pandemic.',
    );
    expect(pairs(draft)).toEqual(['BH health']);
  });

  test('a headline’s “AU Chief” is no person; a role played and the coming summit are no sectors', () => {
    const [draft] = read(
      'The AU Chief meets Chinese official. The African Union Commission Chairperson Ana Mbeki met Chinese Vice Minister Li Wei. Li said that the AU has played a constructive role on climate change. Li also visited the conference centre that will host the coming AU Summit.',
    );
    expect(people(draft)).toEqual(['Ana Mbeki/AFRUNION', 'Li Wei/CN']);
    expect(pairs(draft)).toEqual([]);
  });
});

describe('attendees', () => {
  test('“attended by A, Minister of State, and B, Qatari Ambassador to …”: both attend, on the list’s one side', () => {
    const [draft] = read(
      "Qatar's Foreign Minister Khalid Al Thani has received the Chairperson of the African Union Commission, Ana Mbeki. The meeting was attended by Sheikh Saif bin Ali Al Thani, Minister of State, and Hamad Salem Al Marri, Qatari Ambassador to Ethiopia and the country's Permanent Representative to the African Union. The Prime Minister also stressed the need to invest in the region's political stability.",
    );
    expect(people(draft)).toEqual([
      'Khalid Al Thani/QA',
      'Ana Mbeki/AFRUNION',
      'Saif bin Ali Al Thani/QA',
      'Hamad Salem Al Marri/QA',
    ]);
    expect(pairs(draft)).toEqual([]);
  });
});

describe('lists of meetings', () => {
  test('“discussions today with the foreign ministers of A, B and C”: one meeting each', () => {
    const drafts = read(
      'Egyptian Foreign Minister Omar Hassan met Ethiopian President Sara Tadesse. Hassan wrote: “Rich discussions today with my dear colleagues, the foreign ministers of Kenya, Nigeria and Burundi, on the sidelines of the Executive Council.”',
    );
    expect(drafts.map(sides)).toEqual([
      ['EG', 'ET'],
      ['EG', 'KE'],
      ['EG', 'NG'],
      ['BI', 'EG'],
    ]);
  });
});
