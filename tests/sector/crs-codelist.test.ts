import { buildCrsCodes, parseCodelist } from '../../src/modules/crs-code/crs-codelist';

/** Two small codelists in the IATI layout, written for this test. */
const categoryXml = `<?xml version="1.0" encoding="utf-8"?>
<codelist name="SectorCategory" xml:lang="en" complete="1" embedded="0">
  <metadata>
    <name><narrative>DAC 3 Digit Sector</narrative></name>
    <url>http://example.org/dac</url>
  </metadata>
  <codelist-items>
    <codelist-item>
      <code>140</code>
      <name>
        <narrative>Water Supply &amp; Sanitation</narrative>
        <narrative xml:lang="fr">Distribution d'eau et assainissement</narrative>
      </name>
    </codelist-item>
    <codelist-item status="withdrawn" withdrawal-date="2020-02-28">
      <code>230</code>
      <name><narrative>ENERGY GENERATION AND SUPPLY</narrative></name>
      <description>
        <narrative xml:lang="fr">Politique énergétique</narrative>
        <narrative>Energy sector policy,
          planning and programmes.</narrative>
      </description>
    </codelist-item>
  </codelist-items>
</codelist>`;

const sectorXml = (category = '140') => `<codelist name="Sector" complete="1">
  <metadata><name><narrative>DAC 5 Digit Sector</narrative></name></metadata>
  <codelist-items>
    <codelist-item status="active" activation-date="2018-01-01">
      <code>14032</code>
      <category>${category}</category>
      <name><narrative>Basic sanitation</narrative></name>
    </codelist-item>
    <codelist-item status="active">
      <code>14010</code>
      <category>140</category>
      <name><narrative>Water sector policy</narrative></name>
      <description><narrative>Water sector policy and planning.</narrative></description>
    </codelist-item>
  </codelist-items>
</codelist>`;

const source = {
  repository: 'IATI/IATI-Codelists-NonEmbedded',
  files: ['xml/SectorCategory.xml', 'xml/Sector.xml'],
  commit: 'abc',
  date: '2026-06-22',
  licence: 'CC BY 4.0',
  attribution: 'IATI',
};

describe('the CRS codelist converter', () => {
  test('keeps codes as text, the English narratives, entities decoded and the status', () => {
    const { info, items } = parseCodelist(categoryXml, 'SectorCategory.xml');
    expect(info).toEqual({
      name: 'SectorCategory',
      title: 'DAC 3 Digit Sector',
      url: 'http://example.org/dac',
      complete: true,
      items: 2,
    });
    expect(items).toEqual([
      { code: '140', name: 'Water Supply & Sanitation', status: 'active' },
      {
        code: '230',
        name: 'ENERGY GENERATION AND SUPPLY',
        description: 'Energy sector policy, planning and programmes.',
        status: 'withdrawn',
        withdrawalDate: '2020-02-28',
      },
    ]);
  });

  test('one list sorted by code, each 5-digit code with its category, and the source', () => {
    const file = buildCrsCodes(categoryXml, sectorXml(), source);
    expect(file.source).toEqual(source);
    expect(file.codelists.map((l) => `${l.name}:${l.items}`)).toEqual([
      'SectorCategory:2',
      'Sector:2',
    ]);
    expect(file.codes.map((c) => `${c.code}<${c.category ?? ''}`)).toEqual([
      '140<',
      '14010<140',
      '14032<140',
      '230<',
    ]);
    expect(file.codes[2]).toEqual({
      code: '14032',
      name: 'Basic sanitation',
      category: '140',
      status: 'active',
      activationDate: '2018-01-01',
    });
  });

  test('a code whose category is not in the 3-digit list, or a file that is no codelist, fails', () => {
    expect(() => buildCrsCodes(categoryXml, sectorXml('999'), source)).toThrow(
      'code 14032 names no known category (999)',
    );
    expect(() => parseCodelist('<html><body/></html>', 'x.xml')).toThrow(
      'x.xml: not an IATI codelist',
    );
  });
});
