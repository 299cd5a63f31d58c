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

// FNV-1a runs over the characters in order, so the hash of "u:" + stem is fnv1a(stem, fnv1a("u:")):
// chaining the seed gives the buckets of the `u:`, `b:` and `r:` keys without building the strings.
const U_SEED = fnv1a('u:');
const B_SEED = fnv1a('b:');
const R_SEED = fnv1a('r:');
const SPACE = ' '.charCodeAt(0);

/** A stem's key hashes: `u:stem`, `r:stem`, and the state after `b:stem ` for the pair it starts. */
interface StemHashes {
  u: number;
  r: number;
  pairSeed: number;
}

const stemHashes = new Map<string, StemHashes>();

function hashesOf(stem: string): StemHashes {
  let h = stemHashes.get(stem);
  if (h === undefined) {
    h = { u: fnv1a(stem, U_SEED), r: fnv1a(stem, R_SEED), pairSeed: Math.imul(fnv1a(stem, B_SEED) ^ SPACE, 0x01000193) >>> 0 };
    if (stemHashes.size > 200_000) stemHashes.clear();
    stemHashes.set(stem, h);
  }
  return h;
}

// Marks for de-duplicating buckets without a Set: a bucket is taken when its mark is not the current stamp.
let marks = new Uint32Array(0);
let stamp = 0;

function freshStamp(bits: number): number {
  if (marks.length !== 1 << bits || stamp === 0xffffffff) {
    marks = new Uint32Array(1 << bits);
    stamp = 0;
  }
  return ++stamp;
}

// Buckets of the sentence being hashed, copied out at their final length.
let bucketBuffer = new Int32Array(512);

function bodyBucketsOf(body: BodyInfo, i: number, bits: number): Int32Array {
  const s = body.sentences[i]!;
  // Kept on the sentence, for the table size they were hashed into.
  let c = s.lexicalBuckets;
  if (!c || c.bits !== bits) {
    const mask = (1 << bits) - 1;
    const st = s.stems;
    // At most two keys a stem.
    if (bucketBuffer.length < 2 * st.length) bucketBuffer = new Int32Array(2 * st.length);
    const out = bucketBuffer;
    let n = 0;
    const now = freshStamp(bits);
    let next = st.length > 0 ? hashesOf(st[0]!) : undefined;
    for (let j = 0; j < st.length; j++) {
      const cur = next!;
      const u = cur.u & mask;
      if (marks[u] !== now) {
        marks[u] = now;
        out[n++] = u;
      }
      if (j + 1 < st.length) {
        next = hashesOf(st[j + 1]!);
        const b = fnv1a(st[j + 1]!, cur.pairSeed) & mask;
        if (marks[b] !== now) {
          marks[b] = now;
          out[n++] = b;
        }
      }
    }
    c = { bits, buckets: out.slice(0, n) };
    s.lexicalBuckets = c;
  }
  return c.buckets;
}

/** Whether sentence `s` carries the headline: holds at least a third of its terms. */
function carries(h: HeadlineInfo, s: SentenceInfo): boolean {
  if (h.terms.size === 0) return false;
  const need = Math.max(1, h.terms.size * CARRY_SHARE);
  let carried = 0;
  for (const t of s.content) if (h.terms.has(t)) carried++;
  return carried >= need;
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

/** A body's headline-free buckets for one model: in how many sentences each occurs, their number and summed weights. */
interface BodyLexicon {
  model: LinearModel;
  /** Sentences holding each bucket, saturating at 255 (only 0, 1 and "more" matter). */
  counts: Uint8Array;
  size: number;
  /** Per class, the weights of the distinct buckets summed in order of first occurrence. */
  sums: Float64Array;
}

// The lexicon of the body judged last. Its counts table (2^bits bytes) is reused for the next body
// (only the entries the last body set are cleared): one body is judged at a time, and allocating
// a fresh table per body cost more than the rest of the lexical model.
let lastLexicon: (BodyLexicon & { body: BodyInfo; buckets: number[] }) | undefined;

function bodyLexiconOf(m: LinearModel, body: BodyInfo): BodyLexicon {
  if (lastLexicon && lastLexicon.body === body && lastLexicon.model === m) return lastLexicon;
  const K = m.classes;
  let counts: Uint8Array;
  if (lastLexicon && lastLexicon.counts.length === 1 << m.bits) {
    counts = lastLexicon.counts;
    for (const b of lastLexicon.buckets) counts[b] = 0;
  } else counts = new Uint8Array(1 << m.bits);
  const sums = new Float64Array(K);
  const buckets: number[] = [];
  for (let i = 0; i < body.sentences.length; i++) {
    for (const b of bodyBucketsOf(body, i, m.bits)) {
      const c = counts[b]!;
      if (c === 0) {
        buckets.push(b);
        for (let k = 0; k < K; k++) sums[k]! += m.weights[b * K + k]!;
      }
      if (c < 255) counts[b] = c + 1;
    }
  }
  lastLexicon = { body, model: m, counts, size: buckets.length, sums, buckets };
  return lastLexicon;
}

/**
 * Class probabilities of a pair: the same value as `linearProbabilities(m, lexicalVector(...))`
 * up to float rounding, but the body's own part is summed once per body, so judging several
 * headlines (or headline clauses) against one body costs only their carrying sentences.
 */
export function lexicalProbabilities(m: LinearModel, h: HeadlineInfo, body: BodyInfo): number[] {
  const K = m.classes;
  const u = bodyLexiconOf(m, body);
  const sums = Float64Array.from(u.sums);
  let size = u.size;
  const mask = (1 << m.bits) - 1;
  // The carrying sentences' `r:` keys, in order, each bucket once.
  const now = freshStamp(m.bits);
  for (const s of body.sentences) {
    if (!carries(h, s)) continue;
    for (const t of s.stems) {
      const b = hashesOf(t).r & mask;
      if (marks[b] === now) continue;
      marks[b] = now;
      if (u.counts[b] !== 0) continue;
      size++;
      for (let k = 0; k < K; k++) sums[k]! += m.weights[b * K + k]!;
    }
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
  perSentence: Array<ArrayLike<number>>;
  /** In how many sentences a bucket occurs (at least 255 reads as 255 or more). */
  countOf(bucket: number): number;
  /** Distinct buckets over all sentences. */
  size: number;
  /** Per class, the sum of the weights of all distinct buckets. */
  sums: Float64Array;
}

/** Measures a pair for {@link lexicalProbabilitiesWithout}. */
export function lexicalPair(m: LinearModel, h: HeadlineInfo, body: BodyInfo): LexicalPair {
  const K = m.classes;
  const mask = (1 << m.bits) - 1;
  const lex = bodyLexiconOf(m, body);
  const perSentence: Array<ArrayLike<number>> = [];
  // Carrying keys a sentence adds beyond its own headline-free buckets: bucket → sentences.
  const extra = new Map<number, number>();
  for (let i = 0; i < body.sentences.length; i++) {
    const s = body.sentences[i]!;
    let arr: ArrayLike<number> = bodyBucketsOf(body, i, m.bits);
    if (carries(h, s)) {
      // The sentence's own buckets, then its `r:` keys' buckets, each once.
      const now = freshStamp(m.bits);
      const out: number[] = [];
      for (let j = 0; j < arr.length; j++) {
        const b = arr[j]!;
        marks[b] = now;
        out.push(b);
      }
      for (const t of s.stems) {
        const b = hashesOf(t).r & mask;
        if (marks[b] === now) continue;
        marks[b] = now;
        out.push(b);
        extra.set(b, (extra.get(b) ?? 0) + 1);
      }
      arr = out;
    }
    perSentence.push(arr);
  }
  let size = lex.size;
  let sums = lex.sums;
  if (extra.size > 0) {
    for (const b of extra.keys()) if (lex.counts[b] === 0) size++;
    // Summed again over all buckets in order of first occurrence, as one pass over the sentences would.
    sums = new Float64Array(K);
    const now = freshStamp(m.bits);
    for (const arr of perSentence) {
      for (let j = 0; j < arr.length; j++) {
        const b = arr[j]!;
        if (marks[b] === now) continue;
        marks[b] = now;
        for (let k = 0; k < K; k++) sums[k]! += m.weights[b * K + k]!;
      }
    }
  }
  // The body's table is shared with the next body judged: read it through the lexicon, which is rebuilt if it moved on.
  return { perSentence, countOf: (b) => bodyLexiconOf(m, body).counts[b]! + (extra.get(b) ?? 0), size, sums };
}

/** Class probabilities with sentence `skip` left out of the body (equal, up to rounding, to the full computation). */
export function lexicalProbabilitiesWithout(m: LinearModel, p: LexicalPair, skip: number): number[] {
  const K = m.classes;
  const sums = Float64Array.from(p.sums);
  let size = p.size;
  const own = p.perSentence[skip] ?? [];
  for (let j = 0; j < own.length; j++) {
    const b = own[j]!;
    if (p.countOf(b) !== 1) continue;
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
