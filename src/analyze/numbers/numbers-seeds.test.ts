import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractNumbers } from './extract-numbers.js';
import { numericSpanProblems } from './numeric-spans.js';
import type { NumericFact } from './numeric-types.js';

const SEEDS = fileURLToPath(new URL('../../../../shared/data/seeds/', import.meta.url));

function seed(prefix: string): string | undefined {
  if (!existsSync(SEEDS)) return undefined;
  const name = readdirSync(SEEDS).find((n) => n.startsWith(prefix));
  return name === undefined ? undefined : readFileSync(SEEDS + name, 'utf8');
}

function one(facts: readonly NumericFact[], pick: (f: NumericFact) => boolean, what: string): NumericFact {
  const found = facts.filter(pick);
  assert.equal(found.length >= 1, true, `${what}: ${JSON.stringify(facts.map((f) => [f.text, f.category]))}`);
  return found[0]!;
}

const cases: Array<{ seed: string; check: (facts: NumericFact[]) => void }> = [
  {
    seed: '001',
    check(facts) {
      const diverted = one(facts, (f) => f.category === 'diverted', 'drones diverted by electronic warfare');
      assert.deepEqual([diverted.value, diverted.counted, diverted.approx, diverted.source?.text], [3, 'drones', 'exact', 'Shoigu']);
      const down = one(facts, (f) => f.category === 'shot-down', 'drones shot down');
      assert.deepEqual([down.value, down.counted, down.source?.name], [5, 'drones', 'Shoigu']);
      const injured = facts.filter((f) => f.category === 'injured');
      assert.ok(injured.length >= 1 && injured.every((f) => f.value === 2 && f.counted === 'people'), JSON.stringify(injured));
      const buildings = one(facts, (f) => f.category === 'damaged-buildings' && f.counted === 'buildings', 'buildings damaged');
      assert.deepEqual([buildings.approx, buildings.text], ['vague', 'Several residential buildings']);
      const woman = one(facts, (f) => f.category === 'killed' && f.value === 1, 'a woman killed');
      assert.equal(woman.text, 'a woman');
      const un = one(facts, (f) => f.category === 'killed' && f.value === 8700, 'civilians killed per the UN');
      assert.deepEqual([un.approx, un.counted, un.source?.text], ['more-than', 'civilians', 'United Nations']);
      assert.ok(facts.some((f) => f.category === 'percent' && f.value === 20 && f.approx === 'about'));
      assert.ok(facts.some((f) => f.category === 'duration' && f.value === 15 && f.approx === 'more-than' && f.unit === 'months'));
    },
  },
  {
    seed: '002',
    check(facts) {
      // Only the streak of nights and the distance are figures in this commentary.
      for (const f of facts) assert.ok((f.value === 2 && f.unit === 'nights') || (f.value === 300 && f.unit === 'miles'), f.text);
      assert.ok(facts.some((f) => f.text === 'second consecutive night'));
      const miles = one(facts, (f) => f.unit === 'miles', '300+ miles');
      assert.deepEqual([miles.text, miles.approx, miles.category], ['300+ miles', 'at-least', 'distance']);
    },
  },
  {
    seed: '003',
    check(facts) {
      const two = one(facts, (f) => f.category === 'intercepted', 'two drones intercepted');
      assert.deepEqual([two.value, two.counted, two.source?.name], [2, 'drones', 'Sergei Sobyanin']);
      const belgorod = one(facts, (f) => f.category === 'shot-down', 'a drone brought down near Belgorod');
      assert.deepEqual([belgorod.value, belgorod.counted, belgorod.cue?.text], [1, 'drones', 'brought down']);
    },
  },
  {
    seed: '004',
    check(facts) {
      const localities = one(facts, (f) => f.value === 190, '190 localities');
      // "taken over 190 localities": the phrasal verb, not "more than".
      assert.deepEqual([localities.text, localities.counted, localities.approx, localities.source?.text], ['190 localities', 'localities', 'exact', 'Russian military']);
      const none = one(facts, (f) => f.value === 0, 'no casualties');
      assert.deepEqual([none.category, none.source?.text], ['killed', 'local authorities']);
    },
  },
  {
    seed: '000',
    check(facts) {
      const targets = one(facts, (f) => f.counted === 'targets', 'at least three targets');
      assert.deepEqual([targets.value, targets.approx, targets.category, targets.source?.text], [3, 'at-least', 'hit', 'Western officials']);
      assert.ok(facts.some((f) => f.category === 'distance' && f.value === 2 && f.unit === 'km' && f.approx === 'up-to'));
    },
  },
];

for (const c of cases) {
  test(`numbers on seed ${c.seed}`, (t) => {
    const text = seed(c.seed);
    if (text === undefined) return t.skip(`${SEEDS} absent`);
    const facts = extractNumbers(text);
    assert.deepEqual(numericSpanProblems(text, facts), []);
    c.check(facts);
  });
}
