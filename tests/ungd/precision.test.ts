import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readTaxonomy } from '../../src/modules/sector/sector-taxonomy';
import { factTools } from '../../src/modules/ungd-import/convert';
import { statementFacts } from '../../src/modules/ungd-import/statement-facts';

/**
 * Precision of the (party, sector) facts the UNGD converter draws from statement sentences, on
 * 60 sentences written and labelled by hand (tests/fixtures/ungd-precision.json).
 */
interface Labelled {
  party: string;
  text: string;
  sectors: string[][];
}

const { sentences } = JSON.parse(
  readFileSync(path.join(__dirname, '..', 'fixtures', 'ungd-precision.json'), 'utf8'),
) as { sentences: Labelled[] };
const taxonomy = readTaxonomy();
const parent = new Map(taxonomy.map((s) => [s.code, s.parent]));
const tools = factTools(taxonomy);

/** A found sector counts for a label naming it or one of its ancestors. */
function matches(code: string, label: string[]): boolean {
  for (let at: string | undefined = code; at; at = parent.get(at)) {
    if (label.includes(at)) return true;
  }
  return false;
}

function score(found: (s: Labelled) => string[]) {
  let truePositives = 0;
  let predicted = 0;
  let gold = 0;
  for (const sentence of sentences) {
    const codes = [...new Set(found(sentence))];
    const open = [...sentence.sectors];
    predicted += codes.length;
    gold += open.length;
    for (const code of codes) {
      const hit = open.findIndex((label) => matches(code, label));
      if (hit >= 0) {
        truePositives++;
        open.splice(hit, 1);
      }
    }
  }
  return { precision: truePositives / predicted, recall: truePositives / gold, predicted, gold };
}

test('the fixture has 60 sentences, traps among them', () => {
  expect(sentences).toHaveLength(60);
  expect(sentences.filter((s) => s.sectors.length === 0).length).toBeGreaterThanOrEqual(15);
});

test('(party, sector) precision of the converter is at least 0.9', () => {
  const result = score((s) => statementFacts(s.text, s.party, tools).map((f) => f.sector));
  console.log(
    `UNGD facts on the labelled sentences: precision ${result.precision.toFixed(3)}, recall ${result.recall.toFixed(3)} (${result.predicted} found, ${result.gold} labelled)`,
  );
  expect(result.precision).toBeGreaterThanOrEqual(0.9);
  expect(result.recall).toBeGreaterThan(0.5);
});

test('the traps bite: every sector word taken at face value falls below 0.9', () => {
  const raw = score((s) => tools.matcher.find(s.text).map((m) => m.code));
  expect(raw.precision).toBeLessThan(0.9);
});
