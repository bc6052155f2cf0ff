import type { ConversionReport, Snapshot } from './convert';

const pct = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(1)} %`;

const table = (head: [string, string], rows: [string, string | number][]) =>
  [
    `| ${head[0]} | ${head[1]} |`,
    '| --- | ---: |',
    ...rows.map(([a, b]) => `| ${a} | ${b} |`),
  ].join('\n');

const sorted = (map: Map<string, number>) =>
  [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));

/**
 * The quality report of a conversion as Markdown. It holds only what the input decides (no
 * times), so converting the same snapshot again writes the same file.
 */
export function qualityMarkdown(
  report: ConversionReport,
  snapshot: Snapshot,
  file: string,
): string {
  const { records } = report;
  const total = records.presidentTrips + records.secretaryTrips + records.visits;
  const unplacedRecords = report.unplacedSlugs.reduce((n, s) => n + s.records.length, 0);
  const unnamed = sorted(report.unnamedPeople);
  const unnamedMentions = unnamed.reduce((n, [, c]) => n + c, 0);
  return `# Office of the Historian import: quality in numbers

Written by \`npm run import:history\` (src/modules/history-import/quality.ts) for
\`${file}\`, from HistoryAtState/travels ${snapshot.travels} and HistoryAtState/visits
${snapshot.visits}. docs/history-import.md explains the rules behind each number.

## Records and meetings

${table(
  ['', 'count'],
  [
    ['Records read', total],
    ['— trips of the President', records.presidentTrips],
    ['— trips of the Secretary of State', records.secretaryTrips],
    ['— visits of foreign leaders', records.visits],
    ['Records that could not be placed (skipped)', unplacedRecords],
    ['Meetings made', report.meetings],
    ['Records merged into a meeting that other records also describe', report.mergedRecords],
    ['Meetings made of more than one record', report.mergedMeetings],
    ['Records read as two meetings (a shared event and talks of their own)', report.splitRecords],
    ['Parties taking part (states, former states, organizations)', report.parties],
    ['Sources (history.state.gov pages)', report.sources],
  ],
)}

The largest merge: ${report.largestMerge.records} records, \`${report.largestMerge.key}\`
(${report.largestMerge.title}).

## Meetings by kind

${table(['kind', 'meetings'], sorted(report.meetingsByKind))}

## Organizations as parties

${table(['party', 'meetings'], sorted(report.meetingsByOrganization))}

## States that no longer exist

${table(['party', 'meetings'], sorted(report.formerStateMeetings))}

## People

${table(
  ['', 'count'],
  [
    ['People (travellers, visitors, people named in remarks)', report.people],
    ['Participants', report.participants],
    [
      '— of them a named person',
      `${report.namedParticipants} (${pct(report.namedParticipants, report.participants)})`,
    ],
    [
      '— named by one word only, kept as a description',
      report.participants - report.namedParticipants,
    ],
    [
      'People named in remarks whose side no country word gave (placed with the host)',
      report.assumedSides,
    ],
  ],
)}

## Sectors

${report.recordsWithSector} of ${total - unplacedRecords} placed records (${pct(
    report.recordsWithSector,
    total - unplacedRecords,
  )}) name a sector the sector matcher finds; ${report.interests} interests.

${table(['sector', 'interests'], sorted(report.interestsBySector))}

## Slugs that could not be placed

${
  report.unplacedSlugs.length
    ? table(
        ['slug (as the record names the place)', 'records'],
        report.unplacedSlugs.map((s) => [`\`${s.slug}\` (${s.place})`, s.records.join(', ')]),
      )
    : 'None.'
}

## People that could not be placed by name

${report.resolvedSurnames} mentions by surname alone were read as the one person of that office
and side whom other records name in full within two years ("Prime Minister Netanyahu" as Benjamin
Netanyahu). ${unnamedMentions} mentions of ${unnamed.length} people remain, named by one word
that is a surname (a monarch's one name counts as a name). They are participants with a
description, not people, since one surname cannot tell two holders of an office apart
("President Park" was Park Chung-hee and Park Geun-hye).

${table(['as the record names them (party)', 'mentions'], unnamed)}
`;
}
