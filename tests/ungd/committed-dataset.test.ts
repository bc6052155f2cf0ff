import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Dataset } from '../../src/modules/dataset/dataset.types';
import { validateDataset } from '../../src/modules/dataset/dataset.validator';

const FILE = path.join(__dirname, '..', '..', 'datasets', 'un-general-debate.json.gz');

test('the committed UN General Debate dataset is valid and holds facts, not speeches', () => {
  const dataset = JSON.parse(gunzipSync(readFileSync(FILE)).toString('utf8')) as Dataset;
  expect(validateDataset(dataset)).toEqual([]);
  const meetings = dataset.meetings ?? [];
  expect(meetings.length).toBeGreaterThan(10_000);
  for (const m of meetings) {
    expect(m.kind).toBe('GENERAL_DEBATE_STATEMENT');
    expect(m.parties[1]).toBe('UN');
    expect(m.sources[0]).toMatch(
      /^https:\/\/doi\.org\/10\.7910\/DVN\/0TJX8Y#[A-Z]{2,4}_\d+_\d{4}\.txt$/,
    );
    for (const it of m.interests ?? []) {
      expect(it.country).toBe(m.parties[0]);
      expect(it.evidence!.length).toBeGreaterThan(0);
      expect(it.evidence!.length).toBeLessThanOrEqual(2);
      for (const e of it.evidence!) expect(e.text.length).toBeLessThanOrEqual(300);
    }
  }
}, 120_000);
