import type { HistoryRecord } from './corpus';
import type { ReadRecord } from './read-record';
import type { RecordEvent } from './record-text';

const order = (r: HistoryRecord) => (r.kind === 'visit' ? 2 : r.role === 'president' ? 0 : 1);

/** Records by date, then the president's trips, the secretary's, the visits, then by id. */
export function compareRecords(a: HistoryRecord, b: HistoryRecord): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  if (order(a) !== order(b)) return order(a) - order(b);
  return Number(a.id) - Number(b.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

const overlap = (a: HistoryRecord, b: HistoryRecord) => a.start <= b.end && b.start <= a.end;

/** Whether two records name one event: a shared organization, or the same kind of event by name. */
function sameEvent(a: RecordEvent, b: RecordEvent): boolean {
  if (a.organizations.length || b.organizations.length) {
    return a.organizations.some((code) => b.organizations.includes(code));
  }
  if (a.kind !== b.kind) return false;
  const shared = a.words.filter((w) => b.words.includes(w));
  return (
    shared.length >= 2 || (shared.length === 1 && a.words.length === 1 && b.words.length === 1)
  );
}

class UnionFind {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]];
      i = this.parent[i];
    }
    return i;
  }
  union(a: number, b: number) {
    const [x, y] = [this.find(a), this.find(b)].sort((p, q) => p - q);
    this.parent[y] = x;
  }
}

/**
 * Records that describe one meeting, as groups in record order. Two records are one meeting
 * when they took place in the same state on overlapping days and either name the same event
 * (the NATO summit, the funeral of President Kennedy) or one is the secretary's trip made with
 * the president on the other.
 */
export function groupRecords(records: ReadRecord[]): ReadRecord[][] {
  const sorted = [...records].sort((a, b) => compareRecords(a.record, b.record));
  const sets = new UnionFind(sorted.length);
  const byHost = new Map<string, number[]>();
  sorted.forEach((r, i) => byHost.set(r.host, [...(byHost.get(r.host) ?? []), i]));
  for (const indexes of byHost.values()) {
    for (let x = 0; x < indexes.length; x += 1) {
      const a = sorted[indexes[x]];
      for (let y = x + 1; y < indexes.length; y += 1) {
        const b = sorted[indexes[y]];
        if (b.record.start > a.record.end) break;
        if (!overlap(a.record, b.record)) continue;
        const together =
          (a.accompaniesPresident && b.record.kind === 'trip' && b.record.role === 'president') ||
          (b.accompaniesPresident && a.record.kind === 'trip' && a.record.role === 'president') ||
          a.events.some((e) => b.events.some((f) => sameEvent(e, f)));
        if (together) sets.union(indexes[x], indexes[y]);
      }
    }
  }
  const groups = new Map<number, ReadRecord[]>();
  sorted.forEach((r, i) => {
    const root = sets.find(i);
    groups.set(root, [...(groups.get(root) ?? []), r]);
  });
  return [...groups.values()];
}
