import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PairCache } from './pair-cache.js';

test('a cached pair reads the same from both reports, and a later value replaces the first', () => {
  const c = new PairCache();
  c.set(3, 9, 0.25);
  assert.equal(c.get(3, 9), 0.25);
  assert.equal(c.get(9, 3), 0.25);
  assert.equal(c.get(3, 4), undefined);
  c.set(9, 3, 0.5);
  assert.equal(c.get(3, 9), 0.5);
  assert.deepEqual(c.pairs(), [[3, 9, 0.5]]);
});

test('hundreds of partners per report, then dropping reports: every other pair stays readable', () => {
  const c = new PairCache();
  // Report 0 is in a busy neighbourhood: 600 partners, their rows grow and collide.
  const p = (a: number, b: number) => ((a * 31 + b * 17) % 1000) / 1000;
  for (let b = 1; b <= 600; b++) c.set(0, b, p(0, b));
  for (let a = 1; a < 60; a++) for (let b = a + 1; b <= 60; b++) c.set(a, b, p(a, b));
  const lost: number[] = [];
  c.drop(0, (q) => lost.push(q));
  assert.equal(lost.length, 600, 'each partner is told once');
  assert.equal(c.has(0), false);
  for (let b = 61; b <= 600; b++) assert.equal(c.has(b), false, `report ${b} had only its pair with 0`);
  // Drop every third report of the dense block, then check what is left against the formula.
  for (let a = 3; a <= 60; a += 3) c.drop(a);
  let kept = 0;
  for (let a = 1; a < 60; a++) {
    for (let b = a + 1; b <= 60; b++) {
      const gone = a % 3 === 0 || b % 3 === 0;
      assert.equal(c.get(a, b), gone ? undefined : p(a, b), `${a}–${b}`);
      assert.equal(c.get(b, a), gone ? undefined : p(a, b));
      if (!gone) kept++;
    }
  }
  assert.equal(c.pairs().length, kept);
  let row = 0;
  c.forEachOf(1, (b, q) => {
    assert.equal(q, p(1, b));
    row++;
  });
  assert.equal(row, 39, 'report 1 keeps its partners 2…60 but for the 20 dropped');
});
