/** mulberry32: small, fast, good enough for synthetic data, and identical on every platform. */
export function prng(seedValue: number): () => number {
  let state = seedValue >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function weighted<T>(items: [T, number][], random: () => number): T {
  const total = items.reduce((sum, [, weight]) => sum + weight, 0);
  let pick = random() * total;
  for (const [item, weight] of items) {
    pick -= weight;
    if (pick < 0) return item;
  }
  return items[items.length - 1][0];
}

/** Samples ranks 0..n-1 with P(k) proportional to 1 / (k + q)^s. */
export function zipf(n: number, s: number, q: number, random: () => number): () => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let k = 0; k < n; k += 1) {
    total += 1 / Math.pow(k + q, s);
    cumulative[k] = total;
  }
  return () => {
    const target = random() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid] < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ran', 'sed', 'to', 'vu', 'zen', 'bar', 'el', 'no', 'sha'];

export function name(random: () => number, parts: number): string {
  let text = '';
  for (let i = 0; i < parts; i += 1) text += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A date of the given precision: the day itself, the first of its month, or of its year. */
export function partialDate(day: string, precision: string): string {
  if (precision === 'DAY') return day;
  return precision === 'MONTH' ? `${day.slice(0, 8)}01` : `${day.slice(0, 4)}-01-01`;
}
