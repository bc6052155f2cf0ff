import { randomUUID } from 'node:crypto';

/** The texts of the RawJson values met by the stringify in progress (it is synchronous). */
let splicing: { tag: string; raws: string[] } | null = null;

/**
 * A value already serialized, by PostgreSQL: sent as it is, never parsed and stringified again.
 * Outside RawJsonResults.stringify (a shared answer cache, say) it serializes as its parsed value.
 */
export class RawJson {
  constructor(readonly json: string) {}

  toJSON(): unknown {
    if (splicing) return splicing.tag + (splicing.raws.push(this.json) - 1);
    return JSON.parse(this.json);
  }
}

/**
 * Apollo's stringifyResult: each RawJson is written as a placeholder string, then replaced by its
 * text. The placeholder holds a NUL, which no stored text can (the HTTP layer refuses NUL and
 * PostgreSQL text cannot hold it), and a per-app nonce.
 */
export class RawJsonResults {
  private readonly nonce = randomUUID();
  private readonly placeholder = new RegExp(`"\\\\u0000raw:${this.nonce}:(\\d+)"`, 'g');

  readonly stringify = (value: unknown): string => {
    const raws: string[] = [];
    splicing = { tag: `\u0000raw:${this.nonce}:`, raws };
    let text: string;
    try {
      text = JSON.stringify(value);
    } finally {
      splicing = null;
    }
    return raws.length
      ? text.replace(this.placeholder, (_, index: string) => raws[Number(index)])
      : text;
  };
}
