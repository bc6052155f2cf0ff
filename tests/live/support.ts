import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { LiveTopic, PublishedEvent } from '../../src/modules/live/event-bus';
import type { TestApp } from '../support/test-app';

export interface Collected<T> {
  events: T[];
  errors: unknown[];
  completed: boolean;
  dispose(): void;
}

/** A graphql-ws client on the app, with `connectionParams`; closes (code, reason) are recorded. */
export function connect(app: TestApp, connectionParams?: Record<string, unknown>) {
  const closes: { code: number; reason: string }[] = [];
  const client: Client = createClient({
    url: app.wsUrl,
    webSocketImpl: WebSocket,
    connectionParams,
    retryAttempts: 0,
    lazy: true,
    on: {
      closed: (event) => {
        const e = event as { code: number; reason: string };
        closes.push({ code: e.code, reason: String(e.reason) });
      },
    },
  });
  return { client, closes };
}

export function subscribe<T = Record<string, unknown>>(
  client: Client,
  query: string,
  variables?: Record<string, unknown>,
): Collected<T> {
  const collected: Collected<T> = {
    events: [],
    errors: [],
    completed: false,
    dispose: () => undefined,
  };
  collected.dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (result) => {
        if (result.errors) collected.errors.push(...result.errors);
        else collected.events.push(result.data as T);
      },
      error: (error) => collected.errors.push(error),
      complete: () => {
        collected.completed = true;
      },
    },
  );
  return collected;
}

export async function waitFor(what: string, check: () => boolean, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Publishes `probe` on the app's own bus until `collected` has heard it. graphql-ws acknowledges a
 * connection, never a subscription: hearing a probe is how a test knows the server listens, so
 * a write made after this cannot be missed. It is a fence too: each subscriber hears its events
 * in order, so whatever was published for it before the probe has arrived by then. Probes stay
 * in `events`; tests leave them out with `withoutProbes`.
 */
export async function heard<T>(
  app: TestApp,
  collected: Collected<T>,
  probe: PublishedEvent,
  isProbe: (event: T) => boolean,
): Promise<void> {
  const probes = () => collected.events.filter(isProbe).length;
  const before = probes();
  const deadline = Date.now() + 10_000;
  while (probes() === before) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the subscription to listen');
    app.live.publish(probe);
    await waitFor('the probe', () => probes() > before, 200).catch(() => undefined);
  }
}

/** A meetingRecorded probe: an existing meeting, published with the codes a filter looks at. */
export function meetingProbe(
  meetingId: number,
  countryCodes: string[] = [],
  sectorCodes: string[] = [],
): PublishedEvent {
  return {
    topic: LiveTopic.MEETING_RECORDED,
    payload: {
      meetingId,
      countryCodes,
      sectorCodes,
      operation: 'probe',
      at: new Date().toISOString(),
    },
  };
}

/** A sectorInterestChanged probe for `country`: its `operation` is "probe". */
export function interestProbe(country: string): PublishedEvent {
  return {
    topic: LiveTopic.SECTOR_INTEREST_CHANGED,
    payload: {
      country,
      sectorCodes: [],
      meetingId: null,
      operation: 'probe',
      at: new Date().toISOString(),
    },
  };
}

export const isInterestProbe = (event: { sectorInterestChanged: { operation: string } }) =>
  event.sectorInterestChanged.operation === 'probe';

export const withoutProbes = <T>(collected: Collected<T>, isProbe: (event: T) => boolean) =>
  collected.events.filter((event) => !isProbe(event));

/** A small recordMeeting input: AZ and `partner`, one interest of AZ per sector code. */
export function meetingInput(key: string, partner: string, sectors: string[]) {
  const url = `https://example.org/live/${key}`;
  return {
    key,
    title: `Talks ${key}`,
    kind: 'BILATERAL_MEETING',
    start: '2021-03-04',
    city: `City ${key}`,
    summary: 'Written by the live-updates tests.',
    parties: ['AZ', partner],
    sources: [
      {
        url,
        title: `Report ${key}`,
        publisher: { key: 'azernews' },
        publishedAt: '2021-03-04T10:00:00Z',
      },
    ],
    interests: sectors.map((code) => ({
      sector: { code },
      country: 'AZ',
      partner,
      stance: 'DISCUSSED',
      note: `${code} came up.`,
      source: url,
    })),
  };
}

export const RECORD = `mutation ($input: RecordMeetingInput!) {
  recordMeeting(input: $input) { created meeting { id key } userErrors { field message code } }
}`;
