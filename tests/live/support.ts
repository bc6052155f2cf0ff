import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
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

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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
