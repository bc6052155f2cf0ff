import { randomUUID } from 'node:crypto';

/**
 * A value already serialized, by PostgreSQL: sent as it is, never parsed and stringified again.
 * Any other serializer (a shared answer cache) meets toJSON and gets the parsed value.
 */
export class RawJson {
  constructor(readonly json: string) {}

  toJSON(): unknown {
    return JSON.parse(this.json);
  }
}

/**
 * Apollo's stringifyResult for results that may hold RawJson: each is written as a placeholder
 * string, then replaced by its text. The placeholder holds a NUL, which no stored text can (the
 * HTTP layer refuses NUL and PostgreSQL text cannot hold it), and a per-process nonce.
 */
export class RawJsonResults {
  private readonly marked = new WeakSet<object>();
  private readonly nonce = randomUUID();
  private readonly placeholder = new RegExp(`"\\\\u0000raw:${this.nonce}:(\\d+)"`, 'g');

  /** Marks a result's data as holding RawJson values. */
  mark<T extends object>(data: T): T {
    this.marked.add(data);
    return data;
  }

  readonly stringify = (value: { data?: unknown }): string => {
    const data = value.data;
    if (!data || typeof data !== 'object' || !this.marked.has(data)) return JSON.stringify(value);
    const raws: string[] = [];
    const tag = `\u0000raw:${this.nonce}:`;
    const text = JSON.stringify(value, function (this: Record<string, unknown>, key, replaced) {
      const original = this[key];
      return original instanceof RawJson ? tag + (raws.push(original.json) - 1) : replaced;
    });
    return text.replace(this.placeholder, (_, index: string) => raws[Number(index)]);
  };
}
