import { load, median, ms, post, RunResult } from './measure';

export const NESTED_PAGE = `{ meetings(first: 50) { nodes { id title date participants { person { name } country { alpha2 } }
  interests { sector { code } country { alpha2 } } } } }`;

/** The peer's questions (PostGraphile 5, ../shared/peer): the same as ours, asked of both. */
export function peerPairs(
  country: string,
  countryId: number,
): { name: string; ours: string; peer: string }[] {
  return [
    {
      name: 'nested page: 50 newest meetings with participants (person, country) and interests (sector, country)',
      ours: NESTED_PAGE,
      peer: `{ allMeetings(first: 50, orderBy: [START_DATE_DESC, PRIMARY_KEY_DESC]) { nodes { id title startDate
        participantsByMeetingId { nodes { personByPersonId { name } countryByCountryId { alpha2 } } }
        sectorInterestsByMeetingId { nodes { sectorBySectorId { code } countryByCountryId { alpha2 } } } } } }`,
    },
    {
      name: `one party's interests by sector (busiest party ${country})`,
      ours: `{ topSectors(country: "${country}", limit: 100, exactSector: true) { sector { code } mentions } }`,
      peer: `{ allSectorInterests(condition: {countryId: ${countryId}}) { groupedAggregates(groupBy: [SECTOR_ID]) {
        keys distinctCount { meetingId } } } }`,
    },
  ];
}

export interface PeerResult {
  name: string;
  ours: RunResult;
  peer: RunResult;
}

/** Each pair alternately against both servers, `runs` times; medians of the runs. */
export async function againstPeer(
  url: string,
  peerUrl: string,
  pairs: ReturnType<typeof peerPairs>,
  connections: number,
  seconds: number,
  runs: number,
): Promise<PeerResult[]> {
  const results: PeerResult[] = [];
  const medianRun = (list: RunResult[]): RunResult => ({
    rps: median(list.map((r) => r.rps)),
    p50: median(list.map((r) => r.p50)),
    p95: median(list.map((r) => r.p95)),
    p99: median(list.map((r) => r.p99)),
    errors: list.reduce((sum, r) => sum + r.errors, 0),
    requests: list.reduce((sum, r) => sum + r.requests, 0),
  });
  for (const pair of pairs) {
    await post(url, pair.ours);
    await post(peerUrl, pair.peer);
    const ours: RunResult[] = [];
    const peer: RunResult[] = [];
    for (let run = 0; run < runs; run += 1) {
      ours.push(await load(url, { name: pair.name, query: pair.ours }, connections, seconds));
      peer.push(await load(peerUrl, { name: pair.name, query: pair.peer }, connections, seconds));
    }
    const result = { name: pair.name, ours: medianRun(ours), peer: medianRun(peer) };
    results.push(result);
    console.log(
      `peer: ${pair.name}: ours ${result.ours.rps.toFixed(0)} req/s p95 ${ms(result.ours.p95)} ms, peer ${result.peer.rps.toFixed(0)} req/s p95 ${ms(result.peer.p95)} ms, ratio ${(result.ours.rps / result.peer.rps).toFixed(2)}`,
    );
  }
  return results;
}
