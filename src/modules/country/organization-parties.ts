/**
 * International organizations that act as parties: their meeting is one side of a meeting, as a
 * state is. Codes cannot collide with ISO 3166-1: EU and UN are exceptionally reserved by ISO for
 * these very bodies; a code with a digit (G7, G20) can never be an ISO code; every other code has
 * four to eight characters, longer than any ISO alpha-2 or alpha-3 code. A body whose usual
 * acronym has two or three letters gets a longer code (AFRUNION: "AU" is Australia's).
 *
 * `names` are the phrases reports use for the body; the report reader matches them.
 */
export interface OrganizationPartyDefinition {
  code: string;
  name: string;
  names: string[];
}

export const ORGANIZATION_PARTY_DEFINITIONS: OrganizationPartyDefinition[] = [
  {
    code: 'EU',
    name: 'European Union',
    // The European Communities are the EU's legal predecessors (the EU succeeded them in 2009).
    names: [
      'EU',
      'European Commission',
      'European Council',
      'European Community',
      'European Communities',
      'European Economic Community',
      'EEC',
    ],
  },
  { code: 'UN', name: 'United Nations', names: ['UN', 'U.N.'] },
  {
    code: 'NATO',
    name: 'North Atlantic Treaty Organization',
    names: [
      'NATO',
      'North Atlantic Council',
      'North Atlantic Alliance',
      'North Atlantic Cooperation Council',
      'NACC',
      'Euro-Atlantic Partnership Council',
      'EAPC',
    ],
  },
  { code: 'ASEAN', name: 'Association of Southeast Asian Nations', names: ['ASEAN'] },
  {
    code: 'OSCE',
    name: 'Organization for Security and Co-operation in Europe',
    // The CSCE became the OSCE in 1995: one organization under two names.
    names: [
      'OSCE',
      'Organization for Security and Cooperation in Europe',
      'CSCE',
      'Conference on Security and Cooperation in Europe',
      'Conference on Security and Co-operation in Europe',
    ],
  },
  {
    code: 'OECD',
    name: 'Organisation for Economic Co-operation and Development',
    names: ['OECD', 'Organization for Economic Cooperation and Development'],
  },
  { code: 'AFRUNION', name: 'African Union', names: ['African Union', 'AU Commission'] },
  {
    code: 'APEC',
    name: 'Asia-Pacific Economic Cooperation',
    names: ['APEC', 'Asia Pacific Economic Cooperation'],
  },
  { code: 'G7', name: 'Group of Seven', names: ['G7', 'G-7', 'Group of Seven'] },
  { code: 'G8', name: 'Group of Eight', names: ['G8', 'G-8', 'Group of Eight'] },
  { code: 'G20', name: 'Group of Twenty', names: ['G20', 'G-20', 'Group of Twenty'] },
  {
    code: 'OASORG',
    name: 'Organization of American States',
    names: ['OAS', 'Organisation of American States'],
  },
  {
    code: 'GCCORG',
    name: 'Gulf Cooperation Council',
    names: ['GCC', 'Cooperation Council for the Arab States of the Gulf'],
  },
  {
    code: 'SCOORG',
    name: 'Shanghai Cooperation Organisation',
    names: ['SCO', 'Shanghai Cooperation Organization'],
  },
  { code: 'ARABLEAG', name: 'League of Arab States', names: ['Arab League'] },
  { code: 'CARICOM', name: 'Caribbean Community', names: ['CARICOM'] },
  { code: 'MERCOSUR', name: 'Southern Common Market', names: ['Mercosur', 'MERCOSUR', 'Mercosul'] },
  {
    code: 'ECOWAS',
    name: 'Economic Community of West African States',
    names: ['ECOWAS'],
  },
  { code: 'SADC', name: 'Southern African Development Community', names: ['SADC'] },
  {
    code: 'OICORG',
    name: 'Organisation of Islamic Cooperation',
    names: ['OIC', 'Organization of Islamic Cooperation', 'Organization of the Islamic Conference'],
  },
  {
    code: 'WHOORG',
    name: 'World Health Organization',
    names: ['WHO', 'World Health Organisation'],
  },
  { code: 'IAEA', name: 'International Atomic Energy Agency', names: ['IAEA'] },
  { code: 'IBRD', name: 'World Bank', names: ['World Bank', 'World Bank Group'] },
  { code: 'IMFORG', name: 'International Monetary Fund', names: ['IMF'] },
  { code: 'WTOORG', name: 'World Trade Organization', names: ['WTO', 'World Trade Organisation'] },
  // Bodies that no longer exist are parties of their own, never folded into a successor.
  {
    code: 'OAUORG',
    name: 'Organization of African Unity',
    names: ['OAU', 'Organisation of African Unity'],
  },
  {
    code: 'CENTO',
    name: 'Central Treaty Organization',
    names: ['CENTO', 'Baghdad Pact'],
  },
  {
    code: 'SEATO',
    name: 'Southeast Asia Treaty Organization',
    names: ['SEATO'],
  },
  { code: 'ANZUS', name: 'ANZUS Council', names: ['ANZUS'] },
  { code: 'PIFORG', name: 'Pacific Islands Forum', names: ['Pacific Islands Forum'] },
];
