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
  // One assertion over every record: hundreds of thousands of `expect` calls take a minute.
  const source = /^https:\/\/doi\.org\/10\.7910\/DVN\/0TJX8Y#[A-Z]{2,4}_\d+_\d{4}\.txt$/;
  const problems: string[] = [];
  for (const m of meetings) {
    if (m.kind !== 'GENERAL_DEBATE_STATEMENT') problems.push(`${m.key}: kind ${m.kind}`);
    if (m.parties[1] !== 'UN') problems.push(`${m.key}: parties ${m.parties.join(' ')}`);
    if (!source.test(m.sources[0] ?? '')) problems.push(`${m.key}: source ${m.sources[0]}`);
    for (const it of m.interests ?? []) {
      const evidence = it.evidence ?? [];
      if (it.country !== m.parties[0]) problems.push(`${m.key}: interest of ${it.country}`);
      if (evidence.length < 1 || evidence.length > 2) {
        problems.push(`${m.key} ${it.sector}: ${evidence.length} evidence sentences`);
      }
      if (evidence.some((e) => e.text.length > 300)) {
        problems.push(`${m.key} ${it.sector}: evidence over 300 characters`);
      }
    }
  }
  expect(problems).toEqual([]);
}, 120_000);
