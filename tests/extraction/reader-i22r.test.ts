import { read, sides, dates, people } from './reading';

/**
 * Rules found on a thirteenth fresh set of real reports (branch i22r: Europe and the Americas, a
 * third of them receptions, calls and video calls), by class, each on short reports written for
 * these tests: places and offices are real, the people invented.
 */

const kinds = (text: string, publishedAt?: string) =>
  read(text, publishedAt).map((d) => `${sides(d).join('+')} ${d.kind}`);

describe('meeting dates', () => {
  test('a later meeting’s day is not the first meeting’s, which names none', () => {
    expect(
      dates(
        'Foreign Minister Ilir Hoxha of Albania met his Greek counterpart Nikos Pappas in Athens. They discussed tourism.\n\nOn Wednesday, Hoxha met Cypriot Foreign Minister Andreas Kyriakou. They discussed energy.',
        '2024-03-07',
      ),
    ).toEqual([null, '2024-03-06']);
  });

  test('“last Thursday” in a Thursday’s report is the Thursday a week before', () => {
    const text = (day: string) =>
      `Polish Foreign Minister Jan Kowal met Czech Foreign Minister Petr Novak in Prague last ${day}. They discussed energy.`;
    expect(dates(text('Thursday'), '2024-03-07')).toEqual(['2024-02-29']);
    expect(dates(text('Tuesday'), '2024-03-07')).toEqual(['2024-03-05']);
  });

  test('a date written with dots is day first (“05.03.2024”)', () => {
    expect(
      dates(
        'Moldovan Foreign Minister Ion Rusu received the Ambassador of Romania, Dan Popa, on 05.03.2024. They discussed trade.',
      ),
    ).toEqual(['2024-03-05']);
  });

  test('“The talks, which took place on Tuesday, …”: the meeting’s own day', () => {
    expect(
      dates(
        'Slovak Foreign Minister Jan Hruby met his Croatian counterpart Ivo Maric in Bratislava. The talks, which took place on Tuesday, covered energy.',
        '2024-09-06',
      ),
    ).toEqual(['2024-09-03']);
  });

  test('“A day later” and “The day before” count from the meeting told just before', () => {
    const text = (opening: string) =>
      `Foreign Minister Ilir Hoxha of Albania met his Greek counterpart Nikos Pappas in Athens on Monday. They discussed tourism.\n\n${opening}, Hoxha met Cypriot Foreign Minister Andreas Kyriakou in Nicosia. They discussed energy.`;
    expect(dates(text('A day later'), '2024-03-07')).toEqual(['2024-03-04', '2024-03-05']);
    expect(dates(text('The day before'), '2024-03-07')).toEqual(['2024-03-04', '2024-03-03']);
  });
});

describe('a ministry’s readout', () => {
  test('“On March 4, Minister A held a meeting with …”: the date’s comma ends the opening', () => {
    const drafts = read(
      'On March 4, Minister of Foreign Affairs Marta Kral held a meeting with the Ambassador of Austria, Hans Weber. The interlocutors discussed energy.\n\nIn the afternoon, Minister Kral received the Ambassador of Hungary, Laszlo Toth. They discussed transport.',
      '2024-03-05',
      'Ministry of Foreign Affairs of Slovakia',
    );
    expect(drafts.map(people)).toEqual([
      ['Marta Kral/SK', 'Hans Weber/AT'],
      ['Marta Kral/SK', 'Laszlo Toth/HU'],
    ]);
    expect(drafts.map((d) => d.date?.date ?? null)).toEqual(['2024-03-04', '2024-03-04']);
  });
});

describe('the day of another event', () => {
  test('“after attending the summit on March 3”, “ahead of the forum on Friday”: not the talks’ day', () => {
    const text = (opening: string) =>
      `${opening}, Foreign Minister Ilir Hoxha of Albania met his Greek counterpart Nikos Pappas in Athens. They discussed tourism.`;
    expect(dates(text('After attending the summit on March 3'), '2024-03-07')).toEqual([null]);
    expect(dates(text('Ahead of the forum on Friday'), '2024-03-07')).toEqual([null]);
    expect(dates(text('On Monday'), '2024-03-07')).toEqual(['2024-03-04']);
  });

  test('“said on Wednesday after talks with”: the words’ day is the talks’ day', () => {
    expect(
      dates(
        'Foreign Minister Ilir Hoxha of Albania said on Wednesday after talks with his Greek counterpart Nikos Pappas in Athens that tourism would grow.',
        '2024-03-07',
      ),
    ).toEqual(['2024-03-06']);
    expect(
      dates(
        'Foreign Minister Ilir Hoxha of Albania said on Wednesday that he had met his Greek counterpart Nikos Pappas in Athens.',
        '2024-03-07',
      ),
    ).toEqual([null]);
  });
});

describe('meetings found', () => {
  test('“also held a working lunch with” a second official of the same side is a meeting', () => {
    expect(
      kinds(
        'Foreign Minister Ilir Hoxha of Albania met his Greek counterpart Nikos Pappas in Athens on Monday. They discussed tourism.\n\nHoxha also held a working lunch with Greek Prime Minister Kostas Dimou.',
        '2024-03-07',
      ),
    ).toEqual(['AL+GR BILATERAL_MEETING', 'AL+GR BILATERAL_MEETING']);
  });

  test('“took place on Monday between A and B”: both are met', () => {
    expect(
      kinds(
        'A telephone conversation took place on Monday between Albanian Foreign Minister Ilir Hoxha and Greek Foreign Minister Nikos Pappas. They discussed tourism.',
        '2024-03-07',
      ),
    ).toEqual(['AL+GR PHONE_CALL']);
  });
});

describe('people', () => {
  test('“Relations are good, Minister A said after talks with B”: A is who met B', () => {
    const [draft] = read(
      'Relations are good, Slovak Foreign Minister Jan Hruby said after talks with his Croatian counterpart Ivo Maric, whom he received on Friday.',
      '2024-09-06',
    );
    expect(people(draft)).toEqual(['Jan Hruby/SK', 'Ivo Maric/HR']);
  });
});

describe('sides', () => {
  test('“In Guatemala City on Tuesday, she met President A”: the host of that place, not the opening’s', () => {
    const drafts = read(
      'Canadian Foreign Minister Claire Roy met Mexican Foreign Secretary Juan Ortiz in Mexico City on Monday. They discussed trade.\n\nIn Guatemala City on Tuesday, Roy met President Luis Mendez. They discussed security.',
      '2024-03-07',
    );
    expect(drafts.map(people)).toEqual([
      ['Claire Roy/CA', 'Juan Ortiz/MX'],
      ['Claire Roy/CA', 'Luis Mendez/GT'],
    ]);
  });
});

describe('kind', () => {
  test('“called his counterpart”, “received a call from”: a phone call', () => {
    expect(
      kinds(
        'Foreign Minister Ilir Hoxha of Albania called his Greek counterpart Nikos Pappas on Monday to discuss tourism.',
        '2024-03-07',
      ),
    ).toEqual(['AL+GR PHONE_CALL']);
    expect(
      kinds(
        'Foreign Minister Ilir Hoxha of Albania received a call from his Greek counterpart Nikos Pappas on Monday about tourism.',
        '2024-03-07',
      ),
    ).toEqual(['AL+GR PHONE_CALL']);
  });
});
