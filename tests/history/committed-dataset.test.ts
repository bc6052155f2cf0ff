import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Dataset } from '../../src/modules/dataset/dataset.types';
import { validateDataset } from '../../src/modules/dataset/dataset.validator';

const FILE = path.join(__dirname, '..', '..', 'datasets', 'us-history-state.json.gz');

test('the committed Office of the Historian dataset passes the dataset validator', () => {
  const dataset = JSON.parse(gunzipSync(readFileSync(FILE)).toString('utf8')) as Dataset;
  expect(validateDataset(dataset)).toEqual([]);
  const meetings = dataset.meetings ?? [];
  expect(meetings.every((m) => m.sources.length > 0)).toBe(true);
  expect(
    meetings.every((m) => m.sources.every((u) => u.startsWith('https://history.state.gov/'))),
  ).toBe(true);
});
