import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ShingleSketch } from './shingle-sketch.js';

test('the sketch counts reports per shingle, never below the truth, and survives a round trip', () => {
  const s = new ShingleSketch(4, 1 << 12);
  const boiler = [11, 22, 33];
  for (let r = 0; r < 40; r++) s.addReport(new Set([...boiler, 1000 + r * 7, 5000 + r * 13]));
  for (const b of boiler) assert.equal(s.estimate(b), 40);
  assert.ok(s.estimate(1000) >= 1 && s.estimate(1000) <= 2);
  assert.equal(s.estimate(987654), 0);
  const back = ShingleSketch.fromJSON(JSON.parse(JSON.stringify(s.toJSON())));
  for (const x of [11, 22, 33, 1000, 5013, 987654]) assert.equal(back.estimate(x), s.estimate(x));
  assert.ok('cells' in s.toJSON(), 'a sparse sketch is saved sparse');
  assert.throws(() => ShingleSketch.fromJSON({ depth: 4, width: 16, dense: 'AAAA' }), RangeError);
});
