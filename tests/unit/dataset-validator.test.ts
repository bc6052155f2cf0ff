import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validateDataset } from '../../src/modules/dataset/dataset.validator';

const seed = JSON.parse(
  readFileSync(path.join(__dirname, '..', '..', 'datasets', 'azerbaijan-korea-2022.json'), 'utf8'),
);

test('the seed dataset is valid', () => {
  expect(validateDataset(seed)).toEqual([]);
});

test('every problem is reported with its JSON path', () => {
  const broken = structuredClone(seed);
  broken.meetings[1].interests[0].sector = 'space-travel';
  broken.meetings[1].start = '2022-02-30';
  broken.meetings[0].parties[0] = 'XX';
  broken.sources[0].url = 'not a url';
  broken.relations[0].parties = ['AZ', 'az'];
  const problems = validateDataset(broken).map((p) => p.path);
  expect(problems).toEqual(
    expect.arrayContaining([
      '$.meetings[1].interests[0].sector',
      '$.meetings[1].start',
      '$.meetings[0].parties[0]',
      '$.sources[0].url',
      '$.relations[0].parties',
    ]),
  );
});

test('a non-object, a wrong format tag and duplicate keys are rejected', () => {
  expect(validateDataset([]).map((p) => p.path)).toEqual(['$']);
  const wrong = { ...structuredClone(seed), format: 'v0' };
  wrong.people.push({ ...wrong.people[0] });
  const paths = validateDataset(wrong).map((p) => p.path);
  expect(paths).toContain('$.format');
  expect(paths).toContain(`$.people[${wrong.people.length - 1}].key`);
});
