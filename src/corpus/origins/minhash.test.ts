import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bandKeys, minhashSignature } from './minhash.js';
import { BandTable, WindowedBandTable } from './band-table.js';
import { StampedSums } from '../stamped-sums.js';

/** Two sets of 400 shingles that share `shared` of them. */
function pair(shared: number): [number[], number[]] {
  const common = Array.from({ length: shared }, (_, i) => (i * 2654435761) >>> 0);
  const a = common.concat(Array.from({ length: 400 - shared }, (_, i) => (0x10000000 + i * 40503) >>> 0));
  const b = common.concat(Array.from({ length: 400 - shared }, (_, i) => (0x20000000 + i * 40503) >>> 0));
  return [a, b];
}

test('the share of equal signature positions estimates Jaccard similarity', () => {
  for (const shared of [0, 100, 240, 360]) {
    const [a, b] = pair(shared);
    const jaccard = shared / (800 - shared);
    const sa = minhashSignature(a, 256);
    const sb = minhashSignature(b, 256);
    const agree = sa.filter((v, i) => v === sb[i]).length / 256;
    assert.ok(Math.abs(agree - jaccard) < 0.1, `J=${jaccard.toFixed(2)} estimated ${agree}`);
  }
  assert.deepEqual(minhashSignature(new Set([5, 1, 3]), 16), minhashSignature([3, 5, 1, 1], 16), 'a set: order and repeats do not matter');
});

test('near-duplicates share band keys, unrelated sets do not', () => {
  const keysOf = (xs: number[]) => bandKeys(minhashSignature(xs, 96), 48, 2);
  const [a, b] = pair(360);
  const [c, d] = pair(0);
  const common = (x: Uint32Array, y: Uint32Array) => x.filter((k) => y.includes(k)).length;
  assert.ok(common(keysOf(a), keysOf(b)) >= 20);
  assert.equal(common(keysOf(c), keysOf(d)), 0);
});

test('the band table finds what was put in, and reads only the newest of a crowded bucket', () => {
  const t = new BandTable(3, 16);
  for (let doc = 0; doc < 5; doc++) t.insert(0xdeadbeef, doc);
  for (let k = 0; k < 1000; k++) t.insert((k * 2654435761) >>> 0, 100 + k); // forces rehashing
  const seen: number[] = [];
  t.forEach(0xdeadbeef, (d) => seen.push(d));
  assert.deepEqual(seen, [4, 3, 2], 'the newest three, newest first');
  const one: number[] = [];
  t.forEach((500 * 2654435761) >>> 0, (d) => one.push(d));
  assert.deepEqual(one, [600]);
  const none: number[] = [];
  t.forEach(12345, (d) => none.push(d));
  assert.deepEqual(none, []);
  assert.equal(t.size, 1005);
});

test('counting bucket hits reads what forEach visits: the newest of each bucket, across both generations', () => {
  const t = new WindowedBandTable(4, 6);
  // Reports 0…8 share key A; even reports also share key B. A window of 6 keeps two generations of 3.
  for (let doc = 0; doc < 9; doc++) t.insert(doc % 2 === 0 ? [0xaaaa, 0xbbbb] : [0xaaaa], doc);
  const visited: number[] = [];
  t.forEach(0xaaaa, (d) => visited.push(d));
  const hits = new StampedSums();
  hits.begin();
  t.countHits(0xaaaa, hits);
  assert.deepEqual(hits.touched, visited, 'the same reports, in the same order');
  assert.deepEqual(visited, [8, 7, 6, 5], 'the newest four; the oldest generation is gone');
  t.countHits(0xbbbb, hits);
  assert.deepEqual(
    hits.touched.map((d) => [d, hits.get(d)]),
    [[8, 2], [7, 1], [6, 2], [5, 1], [4, 1]],
    'reports in both buckets count twice',
  );
});
