/**
 * Finding two events inside one story. Incremental clustering decides when a report arrives;
 * the first report of a second, similar event (the same bank bombed years later) can join the
 * first event's story, and the reports after it follow. Batch clustering would have kept them
 * apart, because the second event's reports resemble each other more than the first's.
 *
 * The check: split the story's reports in two by 2-means over the terms that tell its reports
 * apart (terms most of its reports share — the topic's own vocabulary — are ignored), then ask
 * the same-story model whether the two halves are one story. Work is O(size · terms), and the
 * clusterer runs it only when a small story has grown by half since its last check.
 */
import type { SparseVector } from './sparse-vector.js';
import { addProfile, emptyProfile, type Profile } from './story-profile.js';
import type { ChannelWeights } from './story-similarity.js';

/** Terms shared by more than this share of a story's reports do not separate its reports. */
const SHARED_SHARE = 0.6;
const ROUNDS = 10;

function localVector(p: Profile, keep: (key: string) => number): SparseVector {
  const v: SparseVector = new Map();
  for (const [t, x] of p.words) {
    const w = keep(`w:${t}`);
    if (w > 0) v.set(`w:${t}`, x * w);
  }
  for (const [t, x] of p.names) {
    const w = keep(`n:${t}`);
    if (w > 0) v.set(`n:${t}`, x * w);
  }
  for (const [t, x] of p.numbers) {
    const w = keep(`x:${t}`);
    if (w > 0) v.set(`x:${t}`, x * w);
  }
  return v;
}

function norm(v: SparseVector): number {
  let s = 0;
  for (const x of v.values()) s += x * x;
  return Math.sqrt(s);
}

function cosine(a: SparseVector, an: number, b: SparseVector, bn: number): number {
  if (an === 0 || bn === 0) return 0;
  let dot = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [t, x] of small) {
    const y = large.get(t);
    if (y !== undefined) dot += x * y;
  }
  return dot / (an * bn);
}

function centroid(vs: readonly SparseVector[], idx: readonly number[]): SparseVector {
  const c: SparseVector = new Map();
  for (const i of idx) for (const [t, x] of vs[i]!) c.set(t, (c.get(t) ?? 0) + x);
  return c;
}

/**
 * Proposes a 2-way split of `members` (the reports of one story): positions of the reports
 * that would move out, with the profiles of both halves; undefined when the reports do not
 * fall into two groups of at least `minGroup`.
 */
export function proposeSplit(
  members: readonly Profile[],
  weights: ChannelWeights,
  minGroup = 2,
): { move: Set<number>; stay: Profile; go: Profile } | undefined {
  const n = members.length;
  if (n < 2 * minGroup) return undefined;
  const localDf = new Map<string, number>();
  for (const m of members) {
    for (const t of m.words.keys()) localDf.set(`w:${t}`, (localDf.get(`w:${t}`) ?? 0) + 1);
    for (const t of m.names.keys()) localDf.set(`n:${t}`, (localDf.get(`n:${t}`) ?? 0) + 1);
    for (const t of m.numbers.keys()) localDf.set(`x:${t}`, (localDf.get(`x:${t}`) ?? 0) + 1);
  }
  // A term separates reports when some but not most of them have it.
  const keep = (key: string): number => {
    const df = localDf.get(key) ?? 0;
    if (df < 2 || df > SHARED_SHARE * n) return 0;
    const t = key.slice(2);
    return key.startsWith('w:') ? weights.words(t) : key.startsWith('n:') ? weights.names(t) : weights.numbers(t);
  };
  const vs = members.map((m) => localVector(m, keep));
  const ns = vs.map(norm);
  const all = [...vs.keys()];
  const c0 = centroid(vs, all);
  const c0n = norm(c0);
  // Deterministic seeds: the report least like the whole, then the report least like it.
  let seedA = 0;
  let low = Infinity;
  all.forEach((i) => {
    const s = cosine(vs[i]!, ns[i]!, c0, c0n);
    if (s < low) [low, seedA] = [s, i];
  });
  let seedB = seedA === 0 ? 1 : 0;
  low = Infinity;
  all.forEach((i) => {
    if (i === seedA) return;
    const s = cosine(vs[i]!, ns[i]!, vs[seedA]!, ns[seedA]!);
    if (s < low) [low, seedB] = [s, i];
  });
  let groupOf = all.map((i) => (i === seedA ? 1 : 0));
  let ca = vs[seedA]!;
  let cb = vs[seedB]!;
  for (let round = 0; round < ROUNDS; round++) {
    const can = norm(ca);
    const cbn = norm(cb);
    const next = all.map((i) => (cosine(vs[i]!, ns[i]!, ca, can) > cosine(vs[i]!, ns[i]!, cb, cbn) ? 1 : 0));
    if (next.every((g, i) => g === groupOf[i])) break;
    groupOf = next;
    ca = centroid(vs, all.filter((i) => groupOf[i] === 1));
    cb = centroid(vs, all.filter((i) => groupOf[i] === 0));
  }
  // The half holding the story's first report stays, so the story keeps its identity.
  const moving = groupOf[0] === 1 ? 0 : 1;
  const move = new Set(all.filter((i) => groupOf[i] === moving));
  if (move.size < minGroup || n - move.size < minGroup) return undefined;
  const stay = emptyProfile();
  const go = emptyProfile();
  members.forEach((m, i) => addProfile(move.has(i) ? go : stay, m));
  return { move, stay, go };
}
