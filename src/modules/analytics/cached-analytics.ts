import { AnswerCache } from '../../common/cache/answer-cache';
import { AnalyticsService } from './analytics.service';

/** The answers that depend only on their arguments and the data, never on the caller. */
export const CACHED_ANALYTICS = new Set<string>([
  'sectorInterest',
  'sectorOverlap',
  'topSectors',
  'topPartners',
  'engagementTimeline',
  'upcomingAnniversaries',
  'sectorShare',
]);

/**
 * The analytics service with its answers cached per arguments and data version. The day is part
 * of the key because upcomingAnniversaries counts from today when asOf is absent. Errors are
 * never cached.
 */
export function cachedAnalytics(
  service: AnalyticsService,
  cache: AnswerCache,
  version: () => Promise<string>,
): AnalyticsService {
  return new Proxy(service, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (
        typeof property !== 'string' ||
        !CACHED_ANALYTICS.has(property) ||
        typeof value !== 'function'
      ) {
        return value;
      }
      return async (...args: unknown[]) => {
        const day = new Date().toISOString().slice(0, 10);
        const key = `analytics.${property}:${day}:${JSON.stringify(args)}`;
        return cache.answer(await version(), key, () => value.apply(target, args));
      };
    },
  });
}
