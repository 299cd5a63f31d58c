import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scoreClustering } from './clustering-metrics.js';

const DEV = fileURLToPath(new URL('../../../shared/data/story-clusters/ecbplus.dev.jsonl', import.meta.url));

function labels(groups: string[][]): Map<string, string> {
  const m = new Map<string, string>();
  groups.forEach((g, i) => g.forEach((id) => m.set(id, `c${i}`)));
  return m;
}

function close(actual: number, expected: number, what: string, eps = 1e-12): void {
  assert.ok(Math.abs(actual - expected) <= eps, `${what}: ${actual} != ${expected}`);
}

test('a partly wrong partition scores the hand-computed B³, pair and ARI values', () => {
  // gold {a,b,c} {d,e}; predicted {a,b} {c,d,e}
  const s = scoreClustering(labels([['a', 'b', 'c'], ['d', 'e']]), labels([['a', 'b'], ['c', 'd', 'e']]));
  // B³ per doc precision: a 1, b 1, c 1/3, d 2/3, e 2/3 → 11/15; recall: 2/3, 2/3, 1/3, 1, 1 → 11/15.
  close(s.bcubed.precision, 11 / 15, 'B3 P');
  close(s.bcubed.recall, 11 / 15, 'B3 R');
  close(s.bcubed.f1, 11 / 15, 'B3 F1');
  // gold pairs ab ac bc de; predicted pairs ab cd ce de; common ab de.
  close(s.pair.precision, 0.5, 'pair P');
  close(s.pair.recall, 0.5, 'pair R');
  close(s.pair.f1, 0.5, 'pair F1');
  // expected index 4·4/10 = 1.6, max 4 → (2 − 1.6)/(4 − 1.6)
  close(s.ari, 1 / 6, 'ARI');
  assert.deepEqual([s.docs, s.clusters, s.goldClusters], [5, 2, 2]);
});

test('B³ F1 is the harmonic mean of the means, not the mean of per-document F1', () => {
  // gold {a,b,c,d}; predicted {a,b,c} {d}
  const s = scoreClustering(labels([['a', 'b', 'c', 'd']]), labels([['a', 'b', 'c'], ['d']]));
  close(s.bcubed.precision, 1, 'P');
  close(s.bcubed.recall, (3 * 0.75 + 0.25) / 4, 'R'); // 0.625
  close(s.bcubed.f1, (2 * 0.625) / 1.625, 'F1');
  close(s.pair.precision, 1, 'pair P');
  close(s.pair.recall, 3 / 6, 'pair R');
});

test('all singletons: pair precision is 0/0 reported as 1, pair F1 and ARI are 0', () => {
  const gold = labels([['a', 'b', 'c'], ['d']]);
  const s = scoreClustering(gold, labels([['a'], ['b'], ['c'], ['d']]));
  close(s.bcubed.precision, 1, 'P');
  close(s.bcubed.recall, (3 * (1 / 3) + 1) / 4, 'R');
  assert.equal(s.pair.precision, 1);
  assert.equal(s.pair.recall, 0);
  assert.equal(s.pair.f1, 0);
  assert.equal(s.ari, 0);
  assert.equal(s.clusters, 4);
});

test('a document missing from the prediction is its own cluster; unknown predicted ids are ignored', () => {
  const gold = labels([['a', 'b'], ['c', 'd']]);
  const pred = new Map([['a', 'x'], ['b', 'x'], ['c', 'y'], ['zz', 'y']]);
  const s = scoreClustering(gold, pred);
  assert.equal(s.clusters, 3);
  close(s.bcubed.precision, 1, 'P');
  close(s.bcubed.recall, (1 + 1 + 0.5 + 0.5) / 4, 'R');
  close(s.pair.recall, 0.5, 'pair R');
});

test('identical partitions score 1 everywhere, also when both are trivial', () => {
  const g = labels([['a', 'b', 'c'], ['d', 'e']]);
  const same = scoreClustering(g, labels([['e', 'd'], ['c', 'b', 'a']]));
  assert.deepEqual([same.bcubed.f1, same.pair.f1, same.ari], [1, 1, 1]);
  const one = labels([['a', 'b', 'c']]);
  assert.equal(scoreClustering(one, one).ari, 1);
});

interface GoldRecord {
  id: string;
  cluster: string;
  topic: string;
}

test('reproduces the dataset README baseline rows that need no clustering', (t) => {
  if (!existsSync(DEV)) {
    t.skip('story-clusters dev data absent');
    return;
  }
  const recs = readFileSync(DEV, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldRecord);
  const gold = new Map(recs.map((r) => [r.id, r.cluster]));
  const round = (x: number) => Math.round(x * 1000) / 1000;

  const alone = scoreClustering(gold, new Map(recs.map((r) => [r.id, r.id])));
  assert.deepEqual(
    [alone.bcubed.precision, alone.bcubed.recall, alone.bcubed.f1, alone.pair.precision, alone.pair.f1, alone.ari, alone.clusters].map(round),
    [1, 0.085, 0.158, 1, 0, 0, 772],
  );

  const one = scoreClustering(gold, new Map(recs.map((r) => [r.id, 'all'])));
  assert.deepEqual(
    [one.bcubed.precision, one.bcubed.recall, one.bcubed.f1, one.pair.precision, one.pair.recall, one.pair.f1, one.ari, one.clusters].map(round),
    [0.016, 1, 0.032, 0.015, 1, 0.03, 0, 1],
  );

  const topic = scoreClustering(gold, new Map(recs.map((r) => [r.id, r.topic])));
  assert.deepEqual(
    [topic.bcubed.precision, topic.bcubed.recall, topic.bcubed.f1, topic.pair.precision, topic.pair.recall, topic.pair.f1, topic.ari, topic.clusters].map(round),
    [0.518, 1, 0.683, 0.496, 1, 0.663, 0.656, 33],
  );
});
