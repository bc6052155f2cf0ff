/**
 * Forms of address: the words that stand before a person's name and are not part of it. Names,
 * offices and sentence splitting each read them; they are listed here once.
 */

/** Those that may also stand among an office's words ("His Excellency the Minister", "Sheikh"). */
const IN_OFFICES = [
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Prof',
  'Professor',
  'Hon',
  'Rev',
  'Shri',
  'Sri',
  'Smt',
  'Sayyid',
  'Sayed',
  'Seyyed',
  'Sheikh',
  'Chief',
  'Prince',
  'Excellency',
  'His',
  'Her',
  'Eng',
  // Cambodian and Bhutanese forms: "Samdech Akka Moha Sena Padei Techo", "Lyonpo"
  'Samdech',
  'Techo',
  'Thipadei',
  'Lyonpo',
];

/** Ranks, royal and courtly forms: before a name, never inside an office's words. */
const BEFORE_NAMES = [
  'Sheikha',
  'Shaikh',
  'Princess',
  'Emir',
  'Sultan',
  'King',
  'Queen',
  'Crown',
  'Sir',
  'Dame',
  'Lord',
  'Lady',
  'Datuk',
  'Dato',
  'Seri',
  'Honourable',
  'Honorable',
  'Engr',
  'Gen',
  'Maj',
  'Col',
  'Lt',
  'Capt',
  'Adm',
  'Ambassador',
  'Akka',
  'Moha',
  'Sena',
  'Padei',
  'Dasho',
];

/** Forms written short with a full stop ("Dr.", "Eng.", "H.E."), which ends no sentence. */
export const SHORT_FORMS = [
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Prof',
  'Hon',
  'Rev',
  'Amb',
  'Sen',
  'Gov',
  'Eng',
  'Engr',
  'Gen',
  'Lt',
  'Col',
  'H\\.E',
  'H\\.H',
];

const WORDS = new Set(
  [...IN_OFFICES, ...BEFORE_NAMES, 'H.E'].flatMap((word) => [word, `${word}.`]),
);

/** A form of address, with or without its full stop. */
export const isFormOfAddress = (word: string) => WORDS.has(word);

/** A form of address that may stand among an office's words, with or without its full stop. */
export const OFFICE_FORM = new RegExp(`^(?:${IN_OFFICES.join('|')}|H\\.?E)\\.?$`);
