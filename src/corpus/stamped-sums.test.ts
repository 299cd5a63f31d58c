import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StampedSums } from './stamped-sums.js';

test('sums by report number start from zero at every query, and list the reports touched in order', () => {
  const s = new StampedSums();
  s.begin();
  s.add(7, 0.5);
  s.add(3, 1);
  s.add(7, 0.25);
  assert.equal(s.get(7), 0.75);
  assert.equal(s.get(3), 1);
  assert.equal(s.get(4), 0, 'a report not touched reads 0');
  assert.deepEqual(s.touched, [7, 3]);
  s.begin();
  assert.equal(s.get(7), 0, 'the last query left nothing behind');
  assert.deepEqual(s.touched, []);
  s.add(3, 2);
  assert.equal(s.get(3), 2);
});

test('report numbers far beyond the first capacity grow the arrays and keep earlier sums', () => {
  const s = new StampedSums();
  s.begin();
  s.add(10, 1);
  s.add(1_000_003, 4);
  s.add(10, 1);
  assert.equal(s.get(10), 2);
  assert.equal(s.get(1_000_003), 4);
  assert.equal(s.get(5_000_000), 0);
  assert.deepEqual(s.touched, [10, 1_000_003]);
});
