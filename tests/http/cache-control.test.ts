import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { startHttpTestApp, HttpTestApp } from './support/http-test-app';
import { issueKeys } from '../curation/helpers';

let app: HttpTestApp;
let editor: string;
beforeAll(async () => {
  app = await startHttpTestApp();
  editor = (await issueKeys(app.dataSource)).editor;
});
afterAll(() => app.close());

const cacheControl = async (query: string, headers: Record<string, string> = {}) =>
  (await app.gql(query, undefined, headers)).headers.get('cache-control');

describe('Cache-Control on GraphQL answers', () => {
  test('reference data may be kept for minutes', async () => {
    expect(await cacheControl('{ countries(first: 5) { nodes { code name } } }')).toBe(
      'public, max-age=300',
    );
    expect(await cacheControl('{ sectors { nodes { code children { code } } } }')).toBe(
      'public, max-age=300',
    );
  });

  test('analytics for a short time', async () => {
    expect(await cacheControl('{ topSectors(country: "KR") { sector { code } mentions } }')).toBe(
      'public, max-age=30',
    );
  });

  test('an answer carries the policy of its strictest part', async () => {
    expect(await cacheControl('{ meetings(first: 2) { nodes { title } } }')).toBe(
      'public, max-age=60',
    );
    expect(
      await cacheControl(
        '{ country(code: "KR") { name meetings(first: 2) { nodes { title } } } topSectors(country: "KR") { mentions } }',
      ),
    ).toBe('public, max-age=30');
  });

  test('a request with an API key, a mutation or an error is never stored', async () => {
    expect(
      await cacheControl('{ countries(first: 1) { nodes { code } } }', {
        authorization: `Bearer ${editor}`,
      }),
    ).toBe('private, no-store');
    expect(
      await cacheControl(
        'mutation { deleteMeeting(id: "TWVldGluZzox", version: 1) { deletedId } }',
      ),
    ).toMatch(/no-store/);
    expect(await cacheControl('{ topSectors(country: "ZZZZZ") { mentions } }')).toBe('no-store');
  });

  test('caches are told that answers differ by key and origin', async () => {
    const res = await app.gql('{ countries(first: 1) { nodes { code } } }');
    expect(res.headers.get('vary')).toMatch(/authorization/i);
  });

  test('a GET answer carries a weak ETag, as express writes it', async () => {
    const query = encodeURIComponent('{ countries(first: 2) { nodes { code } } }');
    const res = await fetch(`${app.url}?query=${query}`, {
      headers: { 'apollo-require-preflight': '1' },
    });
    expect(res.status).toBe(200);
    const body = Buffer.from(await res.arrayBuffer());
    const hash = createHash('sha1').update(body).digest('base64').slice(0, 27);
    expect(res.headers.get('etag')).toBe(`W/"${body.length.toString(16)}-${hash}"`);
  });

  test('a POST answer carries no ETag: it is never answered 304', async () => {
    const res = await app.gql('{ countries(first: 2) { nodes { code } } }');
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBeNull();
  });

  test('the same query keeps its policy when asked again', async () => {
    const query = '{ country(code: "KR") { name } topSectors(country: "KR") { mentions } }';
    expect(await cacheControl(query)).toBe('public, max-age=30');
    expect(await cacheControl(query)).toBe('public, max-age=30');
    expect(await cacheControl('{ country(code: "KR") { name } }')).toBe('public, max-age=300');
  });
});
