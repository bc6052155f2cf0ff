/**
 * Events a subscriber may fall behind by before it is dropped as too slow. A burst larger than
 * this (an import of thousands of meetings) drops it too: re-querying is cheaper than catching up.
 */
export const MAX_BACKLOG = 1000;

/** A subscriber did not keep up: the connection is closed (see common/http/subscriptions.ts). */
export class SlowConsumerError extends Error {
  constructor(limit: number) {
    super(`Subscriber too slow: more than ${limit} events waiting; reconnect and re-query.`);
  }
}

/** Called when a subscriber falls too far behind (the connection is dropped). */
export type OverflowHandler = (error: SlowConsumerError) => void;

/**
 * Reads `source` eagerly, keeps the events that pass `keep`, and holds at most `limit` of them
 * for a consumer that reads slower than they come; past that the stream fails with
 * SlowConsumerError instead of buffering without bound. Unlike an async generator, `return()`
 * ends it at once, even while a `next()` is waiting.
 */
export function boundedStream<T>(
  source: AsyncIterable<T>,
  keep: (event: T) => boolean,
  options: { limit?: number; onOverflow?: OverflowHandler } = {},
): AsyncIterableIterator<T> {
  const limit = options.limit ?? MAX_BACKLOG;
  const upstream = source[Symbol.asyncIterator]();
  const queue: T[] = [];
  let failure: unknown;
  let ended = false;
  type Waiter = { resolve: (r: IteratorResult<T>) => void; reject: (e: unknown) => void };
  let waiter = null as Waiter | null;
  const settle = () => {
    if (!waiter || queue.length || !(ended || failure)) return;
    const w = waiter;
    waiter = null;
    if (failure) w.reject(failure);
    else w.resolve({ value: undefined, done: true });
  };
  const stop = () => {
    if (ended) return;
    ended = true;
    void upstream.return?.();
    settle();
  };
  void (async () => {
    try {
      for (let r = await upstream.next(); !r.done && !ended; r = await upstream.next()) {
        if (!keep(r.value)) continue;
        if (waiter) {
          const w = waiter;
          waiter = null;
          w.resolve({ value: r.value, done: false });
        } else if (queue.length >= limit) {
          // The backlog is dropped now, and the owner told: a consumer stuck on a full socket
          // would never pull far enough to see the error.
          queue.length = 0;
          failure = new SlowConsumerError(limit);
          options.onOverflow?.(failure as SlowConsumerError);
          break;
        } else queue.push(r.value);
      }
    } catch (error) {
      failure = error;
    }
    stop();
  })();
  return {
    next() {
      if (queue.length) return Promise.resolve({ value: queue.shift()!, done: false });
      if (failure) return Promise.reject(failure);
      if (ended) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => {
        waiter = { resolve, reject };
      });
    },
    return() {
      queue.length = 0;
      failure = undefined;
      stop();
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
