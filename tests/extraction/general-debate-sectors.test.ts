import { SectorMatcher } from '../../src/modules/extraction/sector-matcher';
import { readTaxonomy } from '../../src/modules/sector/sector-taxonomy';

/**
 * The sectors a General Debate statement raises, found by the reader's sector matcher. The
 * sentences are ours, written in the register of the debate; each trap uses a sector word in
 * another sense, and must name no sector at all.
 */
const matcher = new SectorMatcher(readTaxonomy().map((s) => ({ ...s, top: s.parent ?? s.code })));
const sectors = (text: string) => matcher.find(text).map((m) => `${m.code}:${m.text}`);

describe('the new sectors are found, with the phrase that names them', () => {
  test.each([
    [
      'Access to safe drinking water and sanitation remains out of reach for millions of our people.',
      ['water-sanitation:safe drinking water', 'water-sanitation:sanitation'],
    ],
    [
      'Climate change is an existential threat to small island States, and rising sea levels will swallow our atolls.',
      ['climate-change:Climate change', 'climate-change:rising sea levels'],
    ],
    [
      'We call for a new convention on the law of the sea that protects the marine environment.',
      ['oceans-seas:convention on the law of the sea', 'oceans-seas:marine environment'],
    ],
    [
      'My Government has invested in early warning systems and disaster preparedness after the cyclone.',
      [
        'disaster-risk-reduction:early warning systems',
        'disaster-risk-reduction:disaster preparedness',
      ],
    ],
    [
      'Food insecurity and malnutrition affect one child in three in the Sahel.',
      ['food-security:Food insecurity', 'food-security:malnutrition'],
    ],
    [
      'Illegal, unreported and unregulated fishing depletes the fish stocks on which our economy depends.',
      [
        'fisheries:Illegal, unreported and unregulated fishing',
        'fisheries:fish stocks',
        'trade-economy:economy',
      ],
    ],
    [
      'The industrialization of Africa is the key to its development.',
      ['industrial-development:industrialization'],
    ],
    [
      'We need a reform of the international financial architecture and lower costs of remittances.',
      ['finance-banking:international financial architecture', 'finance-banking:remittances'],
    ],
    [
      'The external debt of developing countries has become an intolerable burden, and debt relief is urgent.',
      ['debt-relief:external debt', 'debt-relief:debt relief'],
    ],
    [
      'Youth unemployment is the greatest threat to our stability; decent work must be at the heart of the agenda.',
      ['employment-labour:Youth unemployment', 'employment-labour:decent work'],
    ],
    [
      'The Global Compact for Safe, Orderly and Regular Migration protects the rights of migrants.',
      [
        'migration:Global Compact for Safe, Orderly and Regular Migration',
        'migration:rights of migrants',
      ],
    ],
    [
      'The empowerment of women and girls and an end to gender-based violence remain our priorities.',
      ['gender-equality:empowerment of women and girls', 'gender-equality:gender-based violence'],
    ],
    [
      'We are committed to human rights, good governance and the rule of law.',
      [
        'human-rights:human rights',
        'governance-rule-of-law:good governance',
        'governance-rule-of-law:rule of law',
      ],
    ],
    [
      'Preventive diplomacy and the peaceful settlement of disputes must come before peacekeeping.',
      [
        'peace-conflict-prevention:Preventive diplomacy',
        'peace-conflict-prevention:peaceful settlement of disputes',
        'peace-conflict-prevention:peacekeeping',
      ],
    ],
    [
      'We urge the nuclear-weapon States to honour the Treaty on the Non-Proliferation of Nuclear Weapons.',
      ['disarmament:Treaty on the Non-Proliferation of Nuclear Weapons'],
    ],
    [
      'Every State has the right to the peaceful uses of nuclear energy under safeguards.',
      ['nuclear-energy:peaceful uses of nuclear energy'],
    ],
    [
      'The scourge of drug trafficking and the cartels that finance it corrode our institutions.',
      ['drug-control:drug trafficking'],
    ],
    [
      'Rapid population growth outstrips our efforts in family planning.',
      ['population-development:Rapid population growth', 'population-development:family planning'],
    ],
    [
      'The eradication of poverty is the overriding goal of the 2030 Agenda.',
      ['poverty-social-protection:eradication of poverty'],
    ],
  ])('%s', (sentence, expected) => {
    expect(sectors(sentence)).toEqual(expected);
  });

  test('each new sector is the child its CRS code suggests, so the reports’ figures stay', () => {
    const parent = new Map(readTaxonomy().map((s) => [s.code, s.parent]));
    expect(
      [
        'climate-change',
        'oceans-seas',
        'food-security',
        'fisheries',
        'disaster-risk-reduction',
        'peace-conflict-prevention',
        'disarmament',
        'drug-control',
        'nuclear-energy',
        'debt-relief',
      ].map((code) => `${code} < ${parent.get(code)}`),
    ).toEqual([
      'climate-change < environment',
      'oceans-seas < environment',
      'food-security < agriculture',
      'fisheries < agriculture',
      'disaster-risk-reduction < humanitarian',
      'peace-conflict-prevention < security',
      'disarmament < security',
      'drug-control < security',
      'nuclear-energy < energy',
      'debt-relief < finance-banking',
    ]);
  });
});

describe('traps: a sector word in another sense names no sector', () => {
  test.each([
    'Some delegations sought to water down the draft resolution.',
    'We have sailed through troubled waters to reach this Assembly.',
    'A climate of trust must prevail between the two neighbours.',
    'The political climate in the region has improved since last year.',
    'The collapse of the talks would be a disaster for the whole region.',
    'The Indian Ocean must remain a zone of peace.',
    'This is no fishing expedition; our proposal is serious.',
    'The industrialized countries bear a special responsibility.',
    'We are banking on the wisdom of this Assembly.',
    'We owe a debt of gratitude to the outgoing President.',
    'The employment of force against a sovereign State is unacceptable.',
    'The prisoners went on hunger strike last spring.',
    'A State that is a nuclear power bears a special responsibility.',
    'The population of the islands lives in fear of the next storm season.',
    'Peace in our time is a hope shared by every delegation.',
  ])('%s', (sentence) => {
    expect(sectors(sentence)).toEqual([]);
  });
});
