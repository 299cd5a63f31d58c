/**
 * The stance model's lexical part: a softmax regression over hashed words and word pairs of the
 * body, plus the words of the sentences that carry the headline's terms. It learns the wording
 * of agreeing, refuting and arm's-length reports beyond the hand-made cue lists; its three
 * probabilities feed the boosted trees. Headline words are left out on purpose: FNC-1 reuses
 * each claim's headlines across bodies, so they would teach the claim, not the stance.
 *
 * Stored weights are int8 with one scale, base64-encoded: `weights[bucket * classes + k]`.
 */
import type { BodyInfo, HeadlineInfo, SentenceInfo } from './stance-features.js';
import { fnv1a } from './word-tokens.js';

/** A sparse vector: hashed bucket indices and their values. */
export interface SparseVector {
  idx: Int32Array;
  val: Float32Array;
}

/** The JSON form of a linear softmax model over hashed features. */
export interface StoredLinearModel {
  bits: number;
  classes: number;
  /** Multiply an int8 weight by this to get the real weight. */
  scale: number;
  bias: number[];
  weights: string;
}

/** A decoded linear model. */
export interface LinearModel {
  bits: number;
  classes: number;
  bias: number[];
  weights: Float32Array;
}

/** Share of the headline's terms a sentence must contain to count as carrying it. */
const CARRY_SHARE = 1 / 3;

/**
 * Feature keys of a pair: body word stems (`u:`) and stem pairs (`b:`), and the stems of the
 * sentences that carry the headline (`r:`), optionally leaving sentence `skip` out. `part`
 * picks only the headline-free body keys or only the carrying-sentence keys (training caches
 * the first per body).
 */
export function lexicalKeys(h: HeadlineInfo, body: BodyInfo, skip = -1, part: 'all' | 'body' | 'carry' = 'all'): string[] {
  const keys: string[] = [];
  const need = Math.max(1, h.terms.size * CARRY_SHARE);
  body.sentences.forEach((s, i) => {
    if (i === skip) return;
    const st = s.stems;
    if (part !== 'carry') {
      for (let j = 0; j < st.length; j++) {
        keys.push(`u:${st[j]}`);
        if (j + 1 < st.length) keys.push(`b:${st[j]} ${st[j + 1]}`);
      }
    }
    if (part === 'body') return;
    let carried = 0;
    for (const t of s.content) if (h.terms.has(t)) carried++;
    if (h.terms.size > 0 && carried >= need) for (const t of st) keys.push(`r:${t}`);
  });
  return keys;
}

/** The buckets of keys in a table of 2^bits. */
export function hashBuckets(keys: readonly string[], bits: number, into = new Set<number>()): Set<number> {
  const mask = (1 << bits) - 1;
  for (const k of keys) into.add(fnv1a(k) & mask);
  return into;
}

/** A binary vector over a set of buckets, scaled to unit length. */
export function bucketVector(buckets: ReadonlySet<number>): SparseVector {
  const idx = Int32Array.from(buckets).sort();
  const v = idx.length ? 1 / Math.sqrt(idx.length) : 0;
  return { idx, val: new Float32Array(idx.length).fill(v) };
}

/** Hashes keys into a binary vector of 2^bits buckets, scaled to unit length. */
export function hashedVector(keys: readonly string[], bits: number): SparseVector {
  return bucketVector(hashBuckets(keys, bits));
}

/** Per sentence, the buckets of its headline-free keys, for the table size they were hashed into. */
const sentenceBuckets = new WeakMap<SentenceInfo, { bits: number; buckets: Int32Array }>();

// FNV-1a runs over the characters in order, so the hash of "u:" + stem is fnv1a(stem, fnv1a("u:")):
// chaining the seed gives the buckets of the `u:` and `b:` keys without building the strings.
const U_SEED = fnv1a('u:');
const B_SEED = fnv1a('b:');
const SPACE = ' '.charCodeAt(0);

function bodyBucketsOf(body: BodyInfo, i: number, bits: number): Int32Array {
  const s = body.sentences[i]!;
  let c = sentenceBuckets.get(s);
  if (!c || c.bits !== bits) {
    const mask = (1 << bits) - 1;
    const set = new Set<number>();
    const st = s.stems;
    for (let j = 0; j < st.length; j++) {
      set.add(fnv1a(st[j]!, U_SEED) & mask);
      if (j + 1 < st.length) {
        const h = Math.imul(fnv1a(st[j]!, B_SEED) ^ SPACE, 0x01000193) >>> 0;
        set.add(fnv1a(st[j + 1]!, h) & mask);
      }
    }
    c = { bits, buckets: Int32Array.from(set) };
    sentenceBuckets.set(s, c);
  }
  return c.buckets;
}

/**
 * The lexical vector of a pair, the same as `hashedVector(lexicalKeys(h, body, skip), bits)` but
 * built from per-sentence buckets cached on the body, so leaving sentences out one by one is cheap.
 */
export function lexicalVector(h: HeadlineInfo, body: BodyInfo, bits: number, skip = -1): SparseVector {
  const set = new Set<number>();
  for (let i = 0; i < body.sentences.length; i++) {
    if (i === skip) continue;
    for (const b of bodyBucketsOf(body, i, bits)) set.add(b);
  }
  return bucketVector(hashBuckets(lexicalKeys(h, body, skip, 'carry'), bits, set));
}

/** Per body and model, the union of the headline-free buckets and their summed weights. */
const bodyUnion = new WeakMap<BodyInfo, { model: LinearModel; set: Set<number>; sums: Float64Array }>();

/**
 * Class probabilities of a pair: the same value as `linearProbabilities(m, lexicalVector(...))`
 * up to float rounding, but the body's own part is summed once per body, so judging several
 * headlines (or headline clauses) against one body costs only their carrying sentences.
 */
export function lexicalProbabilities(m: LinearModel, h: HeadlineInfo, body: BodyInfo): number[] {
  const K = m.classes;
  let u = bodyUnion.get(body);
  if (!u || u.model !== m) {
    const set = new Set<number>();
    for (let i = 0; i < body.sentences.length; i++) for (const b of bodyBucketsOf(body, i, m.bits)) set.add(b);
    const sums = new Float64Array(K);
    for (const b of set) for (let k = 0; k < K; k++) sums[k]! += m.weights[b * K + k]!;
    u = { model: m, set, sums };
    bodyUnion.set(body, u);
  }
  const sums = Float64Array.from(u.sums);
  let size = u.set.size;
  const extra = hashBuckets(lexicalKeys(h, body, -1, 'carry'), m.bits);
  for (const b of extra) {
    if (u.set.has(b)) continue;
    size++;
    for (let k = 0; k < K; k++) sums[k]! += m.weights[b * K + k]!;
  }
  // float32, as the vector's stored values are in the direct computation.
  const v = size > 0 ? Math.fround(1 / Math.sqrt(size)) : 0;
  return softmax(m.bias.map((b, k) => b + sums[k]! * v));
}

function softmax(s: number[]): number[] {
  const mx = Math.max(...s);
  const e = s.map((z) => Math.exp(z - mx));
  const z = e.reduce((a, b) => a + b, 0);
  return e.map((q) => q / z);
}

/** A pair's lexical vector kept as per-sentence buckets and bucket counts, so a sentence can be left out cheaply. */
export interface LexicalPair {
  /** Per sentence, its distinct buckets (headline-free and carrying keys). */
  perSentence: Int32Array[];
  /** In how many sentences each bucket occurs. */
  counts: Map<number, number>;
  /** Per class, the sum of the weights of all distinct buckets. */
  sums: Float64Array;
}

/** Measures a pair for {@link lexicalProbabilitiesWithout}. */
export function lexicalPair(m: LinearModel, h: HeadlineInfo, body: BodyInfo): LexicalPair {
  const K = m.classes;
  const perSentence: Int32Array[] = [];
  const counts = new Map<number, number>();
  for (let i = 0; i < body.sentences.length; i++) {
    const set = new Set<number>(bodyBucketsOf(body, i, m.bits));
    hashBuckets(lexicalKeys(h, { sentences: [body.sentences[i]!] }, -1, 'carry'), m.bits, set);
    const arr = Int32Array.from(set);
    perSentence.push(arr);
    for (const b of arr) counts.set(b, (counts.get(b) ?? 0) + 1);
  }
  const sums = new Float64Array(K);
  for (const b of counts.keys()) for (let k = 0; k < K; k++) sums[k]! += m.weights[b * K + k]!;
  return { perSentence, counts, sums };
}

/** Class probabilities with sentence `skip` left out of the body (equal, up to rounding, to the full computation). */
export function lexicalProbabilitiesWithout(m: LinearModel, p: LexicalPair, skip: number): number[] {
  const K = m.classes;
  const sums = Float64Array.from(p.sums);
  let size = p.counts.size;
  for (const b of p.perSentence[skip] ?? []) {
    if (p.counts.get(b) !== 1) continue;
    size--;
    for (let k = 0; k < K; k++) sums[k]! -= m.weights[b * K + k]!;
  }
  // float32, as the vector's stored values are in the direct computation.
  const v = size > 0 ? Math.fround(1 / Math.sqrt(size)) : 0;
  return softmax(m.bias.map((b, k) => b + sums[k]! * v));
}

/** Class probabilities of a linear softmax model for one vector. */
export function linearProbabilities(m: LinearModel, x: SparseVector): number[] {
  const K = m.classes;
  const s = m.bias.slice();
  for (let a = 0; a < x.idx.length; a++) {
    const o = x.idx[a]! * K;
    const v = x.val[a]!;
    for (let k = 0; k < K; k++) s[k]! += m.weights[o + k]! * v;
  }
  const mx = Math.max(...s);
  const e = s.map((z) => Math.exp(z - mx));
  const z = e.reduce((a, b) => a + b, 0);
  return e.map((q) => q / z);
}

/** Quantises a model to int8 and packs it. */
export function encodeLinearModel(m: LinearModel): StoredLinearModel {
  let max = 0;
  for (const w of m.weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 127 : 1;
  const q = new Int8Array(m.weights.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round(m.weights[i]! / scale);
  return { bits: m.bits, classes: m.classes, scale, bias: m.bias.map((b) => Math.fround(b)), weights: Buffer.from(q.buffer).toString('base64') };
}

/** Unpacks a stored model. */
export function decodeLinearModel(s: StoredLinearModel): LinearModel {
  const bytes = Buffer.from(s.weights, 'base64');
  const expected = (1 << s.bits) * s.classes;
  if (bytes.length !== expected) throw new Error(`linear model holds ${bytes.length} weights, expected ${expected}`);
  const q = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const weights = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) weights[i] = q[i]! * s.scale;
  return { bits: s.bits, classes: s.classes, bias: s.bias.slice(), weights };
}
