import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub } from '@graphql-yoga/subscription';
import { Redis } from 'ioredis';
import type { Logger } from '../../common/logger';

/** Topics of the live updates; sectorInterestChanged is routed by country code. */
export const LiveTopic = {
  MEETING_RECORDED: 'atlas:meetingRecorded',
  SECTOR_INTEREST_CHANGED: 'atlas:sectorInterestChanged',
} as const;

/** What the pub/sub carries: small JSON, so it crosses Redis unchanged. */
export interface MeetingRecordedEvent {
  meetingId: number;
  /** Parties and the countries of its interests. */
  countryCodes: string[];
  sectorCodes: string[];
  operation: string;
  at: string;
}

export interface SectorInterestEvent {
  country: string;
  sectorCodes: string[];
  meetingId: number | null;
  operation: string;
  at: string;
}

type Topics = {
  [LiveTopic.MEETING_RECORDED]: [MeetingRecordedEvent];
  [LiveTopic.SECTOR_INTEREST_CHANGED]: [string, SectorInterestEvent];
};

/**
 * The pub/sub of one app: in-process, or over Redis when `redisUrl` is given so a subscriber on
 * any process hears a write made on any other. `pubSub` is what type-graphql's buildSchema takes.
 */
export interface LiveBus {
  pubSub: ReturnType<typeof createPubSub<Topics>>;
  /** True when events cross processes (Redis). */
  shared: boolean;
  /** Never throws: a pub/sub outage must not fail a committed write. */
  publish(event: PublishedEvent): void;
  /** Opens the Redis connections (an app does; a CLI that only builds the schema never does). */
  connect(): void;
  close(): Promise<void>;
}

export type PublishedEvent =
  | { topic: typeof LiveTopic.MEETING_RECORDED; payload: MeetingRecordedEvent }
  | { topic: typeof LiveTopic.SECTOR_INTEREST_CHANGED; payload: SectorInterestEvent };

export interface LiveBusOptions {
  /** Redis server for cross-process events (REDIS_URL); in-process when absent. */
  redisUrl?: string;
  logger?: Logger;
}

export function createLiveBus(options: LiveBusOptions = {}): LiveBus {
  if (!options.redisUrl) {
    const pubSub = createPubSub<Topics>();
    return {
      pubSub,
      shared: false,
      publish: (event) => publishTo(pubSub, event),
      connect: () => undefined,
      close: async () => undefined,
    };
  }
  return redisBus(options.redisUrl, options.logger);
}

export function liveBusFromEnv(env: NodeJS.ProcessEnv = process.env, logger?: Logger): LiveBus {
  return createLiveBus({ redisUrl: env.REDIS_URL || undefined, logger });
}

function publishTo(pubSub: LiveBus['pubSub'], event: PublishedEvent): void {
  if (event.topic === LiveTopic.MEETING_RECORDED) pubSub.publish(event.topic, event.payload);
  else pubSub.publish(event.topic, event.payload.country, event.payload);
}

function redisBus(url: string, logger?: Logger): LiveBus {
  let lastWarning = 0;
  const warn = (error: unknown, what: string) => {
    // One line per 10 s at most: a Redis outage must not flood the log.
    if (Date.now() - lastWarning < 10_000) return;
    lastWarning = Date.now();
    logger?.warn({ err: error instanceof Error ? error.message : String(error) }, what);
  };
  // Publishing fails fast while Redis is away (no offline queue); subscriptions are queued and
  // renewed by ioredis when it comes back.
  const publisher = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
  });
  const subscriber = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: null });
  publisher.on('error', (error) => warn(error, 'live updates: Redis publisher error'));
  subscriber.on('error', (error) => warn(error, 'live updates: Redis subscriber error'));
  // redis-event-target calls publish/subscribe without handling their promises: guard them, or
  // a Redis outage becomes an unhandled rejection.
  const guardedPublisher = {
    publish: (channel: string, message: string) =>
      publisher.publish(channel, message).catch((error: unknown) => {
        warn(error, 'live updates: event not published (Redis unavailable)');
        return 0;
      }),
  };
  const guardedSubscriber = {
    on: (event: 'message', listener: (channel: string, message: string) => void) =>
      subscriber.on(event, listener),
    subscribe: (channel: string) =>
      subscriber.subscribe(channel).catch((error: unknown) => {
        warn(error, 'live updates: Redis subscribe failed');
        return 0;
      }),
    unsubscribe: (channel: string) =>
      subscriber.unsubscribe(channel).catch((error: unknown) => {
        warn(error, 'live updates: Redis unsubscribe failed');
        return 0;
      }),
  };
  const eventTarget = createRedisEventTarget<never>({
    publishClient: guardedPublisher as unknown as Redis,
    subscribeClient: guardedSubscriber as unknown as Redis,
  });
  const pubSub = createPubSub<Topics>({ eventTarget });
  return {
    pubSub,
    shared: true,
    publish(event) {
      try {
        publishTo(pubSub, event);
      } catch (error) {
        warn(error, 'live updates: event not published');
      }
    },
    connect() {
      for (const client of [publisher, subscriber]) {
        if (client.status === 'wait') {
          // ioredis keeps retrying after a failed first attempt.
          client
            .connect()
            .catch((error: unknown) => warn(error, 'live updates: Redis unavailable'));
        }
      }
    },
    async close() {
      // quit() waits for the connection to end; a client that is not connected just stops retrying.
      await Promise.all(
        [publisher, subscriber].map((client) =>
          client.status === 'ready'
            ? client.quit().then(
                () => undefined,
                () => client.disconnect(),
              )
            : client.disconnect(),
        ),
      );
    },
  };
}
