import { test } from 'node:test';
import assert from 'node:assert/strict';
import { modelProbability } from '../corpus/cluster/story-similarity.js';
import { fitLogistic, shuffled } from './clustering-train.js';

test('logistic fit finds the informative feature and ignores the noise one', () => {
  // y depends on feature 0 only; feature 1 alternates by block, whatever y is.
  const x: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < 200; i++) {
    const a = (i % 20) / 19;
    x.push([a, Math.floor(i / 20) % 2]);
    // A few labels against the trend keep the data non-separable, so weights stay finite.
    y.push(a > 0.5 !== (i % 37 === 0) ? 1 : 0);
  }
  const m = fitLogistic(x, y, 0.1);
  assert.ok(m.weights[0]! > 5, `weight ${m.weights[0]}`);
  assert.ok(Math.abs(m.weights[1]!) < 0.5, `noise weight ${m.weights[1]}`);
  assert.ok(modelProbability(m, [0.9, 0]) > 0.9);
  assert.ok(modelProbability(m, [0.1, 1]) < 0.1);
});

test('seeded shuffles are permutations and repeat for the same seed', () => {
  const xs = [...Array(30).keys()];
  const a = shuffled(xs, 4);
  assert.deepEqual([...a].sort((p, q) => p - q), xs);
  assert.deepEqual(shuffled(xs, 4), a);
  assert.notDeepEqual(shuffled(xs, 5), a);
  assert.deepEqual(xs, [...Array(30).keys()], 'input untouched');
});
