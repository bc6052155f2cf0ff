/**
 * Maps an async iterator like graphql-js's own subscribe does, but written by hand: `return()`
 * on an async generator waits for the pending `next()`, so unsubscribing would hang until the
 * next event.
 */
export function mapStream<T, R>(
  source: AsyncIterable<T>,
  map: (value: T) => R | Promise<R>,
): AsyncGenerator<R, void, void> {
  const iterator = source[Symbol.asyncIterator]();
  const finish = async () => {
    await iterator.return?.();
    return { value: undefined, done: true } as const;
  };
  const stream: AsyncGenerator<R, void, void> = {
    async next() {
      const result = await iterator.next();
      if (result.done) return { value: undefined, done: true };
      return { value: await map(result.value), done: false };
    },
    return: finish,
    async throw(error: unknown) {
      await iterator.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return stream;
    },
  };
  return stream;
}
