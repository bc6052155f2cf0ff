import { read, people } from './reading';

/** Forms of address are listed once (forms-of-address.ts) for names, offices and full stops. */
describe('forms of address', () => {
  test('“met with Hon. Rev. Dr. A, Prime Minister of X”: the full stops of the forms end nothing', () => {
    const drafts = read(
      'Prime Minister Kenji Mori of Japan held a video call with Hon. Rev. Dr. Sione Vaka, Prime Minister of Tonga, on fisheries.',
    );
    expect(drafts.map(people)).toEqual([['Kenji Mori/JP', 'Sione Vaka/TO']]);
  });

  test('“Col.” and “Amb.” before a name end no sentence either', () => {
    const drafts = read(
      'Minister Anna Berg of Estonia received Amb. Ahmed Saleh, the Ambassador of Yemen, in Tallinn. They discussed energy.',
    );
    expect(drafts.map(people)).toEqual([['Anna Berg/EE', 'Ahmed Saleh/YE']]);
  });
});
