import autocannon from 'autocannon';
import type { AnalyticsService } from '../../modules/analytics/analytics.service';

export interface BenchQuery {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  /** The same question asked of AnalyticsService directly: SQL and row mapping, no GraphQL. */
  service?: (analytics: AnalyticsService) => Promise<unknown>;
}

export interface RunResult {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** Responses received in the run. */
  requests: number;
}

export function int(name: string, fallback: number): number {
  const value = process.env[name];
  if (!value) return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0) throw new Error(`${name} must be a positive number`);
  return parsed;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

export async function post(url: string, query: string, variables?: Record<string, unknown>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (!response.ok || body.errors) {
    throw new Error(`query failed (${response.status}): ${JSON.stringify(body.errors ?? body)}`);
  }
  return body.data!;
}

export function load(url: string, item: BenchQuery, connections: number, seconds: number) {
  return new Promise<RunResult>((resolve, reject) => {
    const latencies: number[] = [];
    let errors = 0;
    const instance = autocannon(
      {
        url,
        method: 'POST',
        connections,
        duration: seconds,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: item.query, variables: item.variables }),
      },
      (error, result) => {
        if (error) return reject(error);
        latencies.sort((a, b) => a - b);
        resolve({
          rps: result.requests.total / (result.duration || seconds),
          p50: percentile(latencies, 50),
          p95: percentile(latencies, 95),
          p99: percentile(latencies, 99),
          errors: errors + result.errors + result.timeouts,
          requests: result.requests.total,
        });
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode !== 200) errors += 1;
      latencies.push(responseTime);
    });
  });
}

export function ms(value: number): string {
  return Number.isFinite(value) ? value.toFixed(1) : 'n/a';
}
