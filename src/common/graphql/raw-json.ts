import { randomUUID } from 'node:crypto';

/** The values met by the stringify in progress (it is synchronous). */
let splicing: { tag: string; raws: RawJson[] } | null = null;

/** How many answers may wait between their stringify and their send. */
const PENDING_LIMIT = 256;

/**
 * A value already serialized, by PostgreSQL: sent as it is, never parsed and stringified again.
 * It is kept in pieces (a list's items, 32 kB at most each, see json-sql.ts): a string past
 * 128 kB is a large object in V8, and on some machines each one costs about a millisecond.
 * Outside RawJsonResults.stringify (a shared answer cache, say) it serializes as its parsed value.
 */
export class RawJson {
  private constructor(readonly pieces: readonly string[]) {}

  static of(json: string): RawJson {
    return new RawJson([json]);
  }

  /** A JSON array of items already written, each a piece of JSON text. */
  static list(items: readonly string[]): RawJson {
    if (!items.length) return new RawJson(['[]']);
    const pieces = ['['];
    items.forEach((item, index) => pieces.push(index ? ',' : '', item));
    pieces.push(']');
    return new RawJson(pieces);
  }

  get json(): string {
    return this.pieces.join('');
  }

  toJSON(): unknown {
    if (splicing) return splicing.tag + (splicing.raws.push(this) - 1);
    return JSON.parse(this.json);
  }
}

/**
 * Apollo's stringifyResult and the HTTP handler's body. stringify writes each RawJson as a
 * placeholder string and keeps the values, per answer; `body` then writes the bytes, the
 * placeholders replaced by the pieces, without ever joining them into one string. The placeholder
 * holds a NUL, which no stored text can (the HTTP layer refuses NUL and PostgreSQL text cannot
 * hold it), and a per-app nonce.
 */
export class RawJsonResults {
  private readonly nonce = randomUUID();
  private readonly placeholder = new RegExp(`"\\\\u0000raw:${this.nonce}:(\\d+):(\\d+)"`, 'g');
  private readonly pending = new Map<number, RawJson[]>();
  private answers = 0;

  readonly stringify = (value: unknown): string => {
    const raws: RawJson[] = [];
    const answer = ++this.answers;
    splicing = { tag: `\u0000raw:${this.nonce}:${answer}:`, raws };
    try {
      const text = JSON.stringify(value);
      if (raws.length) this.keep(answer, raws);
      return text;
    } finally {
      splicing = null;
    }
  };

  /** The bytes of an answer stringify wrote: its text, with every RawJson's pieces in place. */
  body(text: string): Buffer {
    const parts: string[] = [];
    let answer: number | undefined;
    let from = 0;
    for (const match of text.matchAll(this.placeholder)) {
      answer = Number(match[1]);
      const raws = this.pending.get(answer);
      // Only an answer past PENDING_LIMIT has none: it cannot be written.
      if (!raws) throw new Error('the answer was dropped before it was sent');
      parts.push(text.slice(from, match.index), ...raws[Number(match[2])].pieces);
      from = match.index + match[0].length;
    }
    if (answer === undefined) return Buffer.from(text);
    this.pending.delete(answer);
    parts.push(text.slice(from));
    let size = 0;
    for (const part of parts) size += Buffer.byteLength(part);
    const bytes = Buffer.allocUnsafe(size);
    let at = 0;
    for (const part of parts) at += bytes.write(part, at);
    return bytes;
  }

  private keep(answer: number, raws: RawJson[]): void {
    this.pending.set(answer, raws);
    // An answer is sent a few microtasks after its stringify; one that never is must not stay.
    if (this.pending.size > PENDING_LIMIT) this.pending.delete(this.pending.keys().next().value!);
  }
}
