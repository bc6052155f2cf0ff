import { DataSource } from 'typeorm';

/**
 * Where cached answers live. Values must survive JSON (a Redis-backed store can serialize
 * them); keys already carry the data version, so a store never needs to invalidate anything.
 */
export interface AnswerStore {
  get(key: string): Promise<unknown | undefined>;
  set(key: string, value: unknown): Promise<void>;
}

/**
 * A bounded in-process LRU: a Map keeps insertion order, and a hit moves the key to the end.
 * Bounded by entries and by an estimate of their size (JSON length, two bytes a character).
 */
export class MemoryAnswerStore implements AnswerStore {
  private readonly entries = new Map<string, { value: unknown; bytes: number }>();
  private bytes = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxBytes: number,
  ) {}

  async get(key: string): Promise<unknown | undefined> {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  async set(key: string, value: unknown): Promise<void> {
    const bytes = 2 * (key.length + (JSON.stringify(value)?.length ?? 0));
    if (this.maxEntries <= 0 || bytes > this.maxBytes) return;
    this.remove(key);
    this.entries.set(key, { value, bytes });
    this.bytes += bytes;
    while (this.entries.size > this.maxEntries || this.bytes > this.maxBytes) {
      this.remove(this.entries.keys().next().value as string);
    }
  }

  private remove(key: string) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }

  get size(): number {
    return this.entries.size;
  }
}

/** The committed data version (migration DataVersion): changes with every committed write. */
export async function readDataVersion(dataSource: DataSource): Promise<string> {
  const rows: { version: string }[] = await dataSource.query(
    'SELECT sum("version")::text AS "version" FROM "atlas_data_version"',
  );
  return rows[0]?.version ?? '0';
}

/**
 * Answers that are the same for every caller, cached per question and data version. A request
 * reads the version once (`version` is memoized per request by the caller), so a write committed
 * by any process is seen by the next request of every process.
 */
export class AnswerCache {
  constructor(private readonly store: AnswerStore) {}

  async answer<T>(version: string, key: string, compute: () => Promise<T>): Promise<T> {
    const cached = await this.peek(version, key);
    if (cached !== undefined) return cached as T;
    const value = await compute();
    await this.put(version, key, value);
    return value;
  }

  peek(version: string, key: string): Promise<unknown | undefined> {
    return this.store.get(`${version}:${key}`);
  }

  put(version: string, key: string, value: unknown): Promise<void> {
    return this.store.set(`${version}:${key}`, value);
  }
}

/**
 * The default cache from ANSWER_CACHE_ENTRIES (1000; 0 turns it off) and ANSWER_CACHE_MB (32),
 * wrapped by `wrap` (app.ts puts the Redis store behind it when there is one).
 */
export function answerCacheFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  wrap: (near: AnswerStore) => AnswerStore = (near) => near,
): AnswerCache | null {
  const number = (name: string, fallback: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 0) {
      throw new Error(`${name} must be a whole number of 0 or more`);
    }
    return value;
  };
  const entries = number('ANSWER_CACHE_ENTRIES', 1000);
  if (entries === 0) return null;
  return new AnswerCache(
    wrap(new MemoryAnswerStore(entries, number('ANSWER_CACHE_MB', 32) * 1024 * 1024)),
  );
}
