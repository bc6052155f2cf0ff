import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { AppProcess } from './app-process';

const CLI = path.join(__dirname, '..', '..', '..', 'dist', 'src', 'cli', 'apikey.js');

/** An API key made by the real CLI (`npm run apikey`) against the given database. */
export function issueKey(databaseUrl: string, role: 'viewer' | 'editor' | 'admin'): string {
  const out = execFileSync(
    process.execPath,
    [CLI, 'create', '--role', role, '--name', `scale ${role}`],
    {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      encoding: 'utf8',
    },
  );
  return out.trim().split('\n').at(-1)!.trim();
}

export const RECORD = `mutation ($input: RecordMeetingInput!) {
  recordMeeting(input: $input) { created meeting { id key } userErrors { field message code } }
}`;

/** A meeting of its own for write number `n`: a date of its own, so no two are duplicates. */
export function meetingInput(n: number, tag: string) {
  const day = new Date(Date.UTC(2024, 0, 1) + n * 3 * 86_400_000).toISOString().slice(0, 10);
  return {
    key: `scale-${tag}-${n}`,
    kind: 'BILATERAL_MEETING',
    parties: ['AZ', 'KR'],
    start: day,
    title: `Scale test meeting ${tag} ${n}`,
    summary: 'Recorded by the scale-out tests.',
    sources: [
      {
        url: `https://example.org/scale/${tag}/${n}`,
        title: `Report ${n}`,
        publisher: { name: 'Scale Test Wire' },
        publishedAt: `${day}T12:00:00Z`,
      },
    ],
  };
}

export interface Recorded {
  id: string;
  token: string | null;
}

export async function record(
  app: AppProcess,
  key: string,
  n: number,
  tag: string,
): Promise<Recorded> {
  const res = await app.gql(
    RECORD,
    { input: meetingInput(n, tag) },
    { authorization: `Bearer ${key}` },
  );
  const payload = res.body.data?.recordMeeting as
    { created: boolean; meeting: { id: string }; userErrors: unknown[] } | undefined;
  if (res.status !== 200 || !payload || payload.userErrors.length > 0 || !payload.created) {
    throw new Error(`recordMeeting ${n} failed: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return { id: payload.meeting.id, token: res.headers.get('x-atlas-consistency-token') };
}

export const BY_ID = `query ($id: ID!) { node(id: $id) { id } }`;
