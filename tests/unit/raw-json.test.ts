import { RawJson, RawJsonResults } from '../../src/common/graphql/raw-json';

const answer = (value: unknown) => ({ data: value });

test('a list of pieces parses as its items outside an answer', () => {
  expect(RawJson.list(['{"a":1}', '{"b":"Sơn"}']).toJSON()).toEqual([{ a: 1 }, { b: 'Sơn' }]);
  expect(RawJson.list([]).toJSON()).toEqual([]);
  expect(RawJson.of('null').toJSON()).toBeNull();
});

test('the body of an answer holds each value in its place, as JSON.stringify writes it', () => {
  const results = new RawJsonResults();
  const items = ['{"name":"Bùi Thanh Sơn"}', '{"name":"x"}', '{"n":3}'];
  const text = results.stringify(
    answer({ list: RawJson.list(items), one: RawJson.of('{"k":[1,2]}'), plain: 'é' }),
  );
  const expected = JSON.stringify(
    answer({ list: items.map((item) => JSON.parse(item)), one: { k: [1, 2] }, plain: 'é' }),
  );
  expect(results.body(text).toString('utf8')).toBe(expected);
});

test('two answers written before either is sent keep their own values', () => {
  const results = new RawJsonResults();
  const first = results.stringify(answer({ v: RawJson.list(['1', '2']) }));
  const second = results.stringify(answer({ v: RawJson.list(['3']) }));
  expect(results.body(second).toString()).toBe('{"data":{"v":[3]}}');
  expect(results.body(first).toString()).toBe('{"data":{"v":[1,2]}}');
});

test('an answer without raw values is its own text', () => {
  const results = new RawJsonResults();
  const text = results.stringify(answer({ v: 'plain' }));
  expect(results.body(text).toString()).toBe(text);
});
