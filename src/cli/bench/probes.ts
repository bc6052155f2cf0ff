import http from 'node:http';
import { percentile } from './measure';

/** Samples the server's resident memory from its /metrics while the bench runs. */
export function rssSampler(url: string) {
  const metrics = new URL('/metrics', url).toString();
  let max = 0;
  let phaseMax = 0;
  let samples = 0;
  const sample = async () => {
    try {
      const text = await (await fetch(metrics)).text();
      const match = /^process_resident_memory_bytes (\d+)/m.exec(text);
      if (match) {
        max = Math.max(max, Number(match[1]));
        phaseMax = Math.max(phaseMax, Number(match[1]));
        samples += 1;
      }
    } catch {
      // the server may be busy; the next sample counts
    }
  };
  const timer = setInterval(() => void sample(), 1000);
  return {
    sample,
    stop: () => clearInterval(timer),
    result: () => ({ maxMb: max / 2 ** 20, samples }),
    /** Peak since the previous call, in MB. */
    phase: () => {
      const peak = phaseMax / 2 ** 20;
      phaseMax = 0;
      return peak;
    },
  };
}

export interface LookupResult {
  name: string;
  p50: number;
  p95: number;
  requests: number;
}

/**
 * One connection kept alive, node:http rather than fetch: against a bare node:http server on this
 * machine, fetch (undici) measured p50 1.1 ms and p95 3.5 ms where node:http measured 0.4 and
 * 0.8, which would have hidden the server's own latency under the client's.
 */
function sequentialClient(url: string) {
  const target = new URL(url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const ask = (query: string, variables: Record<string, unknown>) =>
    new Promise<void>((resolve, reject) => {
      const body = JSON.stringify({ query, variables });
      const request = http.request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            const text = Buffer.concat(chunks).toString();
            if (response.statusCode !== 200 || text.includes('"errors"')) {
              reject(new Error(`lookup failed (${response.statusCode}): ${text.slice(0, 300)}`));
            } else resolve();
          });
        },
      );
      request.on('error', reject);
      request.end(body);
    });
  return { ask, close: () => agent.destroy() };
}

/** One request at a time, over many different ids: latency as one user sees it. */
export async function lookups(url: string, ids: string[], rounds: number): Promise<LookupResult[]> {
  const questions = [
    {
      name: 'meeting(id) with participants and interests',
      query: `query ($id: ID!) { meeting(id: $id) { id title date participants { person { name } country { alpha2 } }
        interests { sector { code } country { alpha2 } } } }`,
    },
    {
      name: 'node(id)',
      query: `query ($id: ID!) { node(id: $id) { id ... on Meeting { title date } } }`,
    },
    {
      name: '{ __typename } (the floor: HTTP, Apollo and our plugins, no resolver, no SQL)',
      query: `{ __typename }`,
    },
  ];
  const client = sequentialClient(url);
  const results: LookupResult[] = [];
  try {
    for (const question of questions) {
      for (const id of ids.slice(0, 5)) await client.ask(question.query, { id }); // warm-up
      const times: number[] = [];
      for (let round = 0; round < rounds; round += 1) {
        for (const id of ids) {
          const begin = performance.now();
          await client.ask(question.query, { id });
          times.push(performance.now() - begin);
        }
      }
      times.sort((a, b) => a - b);
      results.push({
        name: question.name,
        p50: percentile(times, 50),
        p95: percentile(times, 95),
        requests: times.length,
      });
    }
  } finally {
    client.close();
  }
  return results;
}
