import { read, pairs, sides, people } from './reading';

/**
 * Rules found on a tenth fresh set of real reports (branch i22n: Latin America, the Caribbean and
 * the Pacific islands), by class, each on short reports written for these tests: places and
 * offices are real, the people invented.
 */

describe('meetings found', () => {
  test('“also met with A, and with B”: each office met is a meeting of its own', () => {
    const drafts = read(
      'Chilean Foreign Minister Tomas Ibarra held talks on Tuesday in Santiago with Uruguayan Foreign Minister Marcos Ferrer.\n\nThe Uruguayan minister also met on Tuesday with Chilean Senate President Ana Olmedo, and with Deputy Foreign Minister Rosa Quintero. They agreed on the good state of relations.',
      '2023-05-10',
    );
    expect(drafts.map(people)).toEqual([
      ['Tomas Ibarra/CL', 'Marcos Ferrer/UY'],
      ['Marcos Ferrer/UY', 'Ana Olmedo/CL'],
      ['Marcos Ferrer/UY', 'Rosa Quintero/CL'],
    ]);
  });

  test('“had talks with his counterpart, A, and the Prime Minister, B”: two meetings', () => {
    const drafts = read(
      'Tonga’s Foreign Minister, Sione Mateo, is in Samoa for a week.\n\nHe has also had talks with his Samoan counterpart, Lemalu Faleolo, and the Prime Minister, Sir Tavita Lealaiauloto.',
    );
    expect(drafts.map(people)).toEqual([
      ['Sione Mateo/TO', 'Lemalu Faleolo/WS'],
      ['Sione Mateo/TO', 'Tavita Lealaiauloto/WS'],
    ]);
  });
});

describe('meetings not found', () => {
  test('“visited the Weather Coast …, the home of X”: a place visited is no meeting', () => {
    const drafts = read(
      'Fiji’s Foreign Minister, Josefa Tuilau, is in Tonga this week.\n\nHe has also visited the Vava’u islands, the home of the leader of the Tonga Rugby Union, Viliami Fifita.\n\nHe has also had talks with his Tongan counterpart, Sione Mateo.',
    );
    expect(drafts.map(people)).toEqual([['Josefa Tuilau/FJ', 'Sione Mateo/TO']]);
  });
});
