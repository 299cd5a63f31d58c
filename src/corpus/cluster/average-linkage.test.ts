import { test } from 'node:test';
import assert from 'node:assert/strict';
import { averageLinkage } from './average-linkage.js';

function matrix(rows: number[][]): (a: number, b: number) => number {
  return (a, b) => rows[a]![b]!;
}

// Reports 0–2 describe one event, 3–4 another; 5 is unrelated.
const SIM = matrix([
  [1, 0.9, 0.7, 0.2, 0.1, 0],
  [0.9, 1, 0.8, 0.3, 0.2, 0],
  [0.7, 0.8, 1, 0.1, 0.1, 0],
  [0.2, 0.3, 0.1, 1, 0.85, 0.05],
  [0.1, 0.2, 0.1, 0.85, 1, 0],
  [0, 0, 0, 0.05, 0, 1],
]);

test('groups stop joining when the mean similarity falls below the threshold', () => {
  const units = [[0], [1], [2], [3], [4], [5]];
  assert.deepEqual(averageLinkage(units, SIM, 0.5), [[0, 1, 2], [3, 4], [5]]);
  // {0,1,2} vs {3,4}: mean of six pairs = (0.2+0.1+0.3+0.2+0.1+0.1)/6 = 1/6.
  assert.deepEqual(averageLinkage(units, SIM, 0.16), [[0, 1, 2, 3, 4], [5]]);
  assert.deepEqual(averageLinkage(units, SIM, 0.95), [[0], [1], [2], [3], [4], [5]]);
});

test('the mean is over report pairs, so a unit of several reports weighs by its size', () => {
  // Unit 0 holds reports 0,1,2 and is never taken apart; 3 and 4 join each other but not it.
  const groups = averageLinkage([[0, 1, 2], [3], [4]], SIM, 0.5);
  assert.deepEqual(groups, [[0], [1, 2]]);
  // Report 2 alone against the unit {0,1}: (0.7 + 0.8) / 2 = 0.75 ≥ 0.74, joins; not at 0.76.
  assert.deepEqual(averageLinkage([[0, 1], [2]], SIM, 0.74), [[0, 1]]);
  assert.deepEqual(averageLinkage([[0, 1], [2]], SIM, 0.76), [[0], [1]]);
});

test('ties are broken by position, so the same input gives the same groups', () => {
  const flat = () => 0.6;
  const a = averageLinkage([[0], [1], [2], [3]], flat, 0.5);
  const b = averageLinkage([[0], [1], [2], [3]], flat, 0.5);
  assert.deepEqual(a, [[0, 1, 2, 3]]);
  assert.deepEqual(a, b);
  assert.deepEqual(averageLinkage([], flat, 0.5), []);
});
