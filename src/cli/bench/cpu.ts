import { readdirSync, readFileSync } from 'node:fs';

/** CPU seconds used so far by the server (its /metrics) and by PostgreSQL's backends. */
export interface CpuReading {
  node: number;
  postgres: number;
}

/** Linux's clock ticks per second for /proc/<pid>/stat (USER_HZ, 100 on every common kernel). */
const TICKS = 100;

/**
 * Reads the server's process_cpu_seconds_total and the utime + stime of every PostgreSQL backend
 * serving `database` (from /proc: the machine is shared, so other databases' backends are left
 * out). Backends that exit between two readings lose their time: the app's pool keeps its own.
 */
export function cpuMeter(url: string, database: string | null) {
  const metrics = new URL('/metrics', url).toString();
  const postgres = (): number => {
    if (!database) return NaN;
    let ticks = 0;
    let dirs: string[] = [];
    try {
      dirs = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
    } catch {
      return NaN;
    }
    for (const pid of dirs) {
      try {
        const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        if (!cmdline.startsWith('postgres: ') || !cmdline.includes(` ${database} `)) continue;
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        ticks += Number(fields[11]) + Number(fields[12]);
      } catch {
        // the process ended while being read
      }
    }
    return ticks / TICKS;
  };
  return {
    async read(): Promise<CpuReading> {
      let node = NaN;
      try {
        const text = await (await fetch(metrics)).text();
        const match = /^process_cpu_seconds_total ([\d.e+-]+)/m.exec(text);
        if (match) node = Number(match[1]);
      } catch {
        // no /metrics: Node's share stays unknown
      }
      return { node, postgres: postgres() };
    },
  };
}

/** Milliseconds of CPU per request between two readings. */
export function perRequest(before: CpuReading, after: CpuReading, requests: number) {
  return {
    node: ((after.node - before.node) * 1000) / requests,
    postgres: ((after.postgres - before.postgres) * 1000) / requests,
  };
}
