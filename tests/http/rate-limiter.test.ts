import { CostRateLimiter } from '../../src/common/http/rate-limiter';

test('a token bucket of cost: spends, refuses, refills with time, per client', () => {
  let now = 0;
  const limiter = new CostRateLimiter(
    { enabled: true, capacity: 100, refillPerSecond: 10 },
    () => now,
  );
  expect(limiter.take('ip:a', 60)).toMatchObject({ allowed: true, remaining: 40 });
  const refused = limiter.take('ip:a', 60);
  expect(refused).toMatchObject({ allowed: false, remaining: 40, retryAfterSeconds: 2 });
  // Another client has its own bucket.
  expect(limiter.take('key:1', 100)).toMatchObject({ allowed: true, remaining: 0 });
  now += 2000;
  expect(limiter.take('ip:a', 60)).toMatchObject({ allowed: true, remaining: 0 });
  // Never more than the capacity, however long the pause.
  now += 3_600_000;
  expect(limiter.take('ip:a', 0)).toMatchObject({ allowed: true, remaining: 100 });
});

test('disabled, it only reports', () => {
  const limiter = new CostRateLimiter({ enabled: false, capacity: 10, refillPerSecond: 1 });
  expect(limiter.take('ip:a', 1000).allowed).toBe(true);
});
