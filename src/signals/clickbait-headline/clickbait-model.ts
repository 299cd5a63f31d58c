/**
 * The clickbait headline model: logistic regression over hashed features of the headline alone:
 * words (lower-cased and as written, since "Is A" versus "Is a" separates BuzzFeed-style title
 * case from newspaper style), word pairs, character 3–5-grams, and a few shape marks (starts
 * with a number, question, length). Trained by `models/clickbait/train.ts` on Chakraborty et
 * al.'s (2016) headlines.
 *
 * Stored weights are int8 with one scale, base64-encoded, one per bucket of 2^bits.
 */
import { fnv1a } from '../headline-body-stance/word-tokens.js';

/** Format tag of the stored model; bumped when features or layout change. */
export const CLICKBAIT_MODEL_FORMAT = 'corroborate-clickbait/1';

/** The JSON the training script writes (`models/clickbait/weights.json`). */
export interface StoredClickbaitModel {
  format: string;
  trainedOn: { description: string; headlines: number };
  bits: number;
  scale: number;
  bias: number;
  weights: string;
}

/** A loaded model. */
export interface ClickbaitModel {
  /** Probability that the headline is clickbait. */
  probability(headline: string): number;
  /** The features that push a headline most towards clickbait, largest weight first. */
  topFeatures(headline: string, n?: number): Array<{ key: string; weight: number }>;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Feature keys of a headline. Keys repeat as often as they occur; the vector is binary. */
export function clickbaitKeys(headline: string): string[] {
  const text = headline.trim().replace(/’/g, "'");
  const words = [...text.matchAll(WORD)].map((m) => m[0]);
  const lower = words.map((w) => w.toLowerCase());
  const keys: string[] = [];
  for (let i = 0; i < words.length; i++) {
    keys.push(`w:${lower[i]}`, `W:${words[i]}`);
    if (i + 1 < words.length) keys.push(`b:${lower[i]} ${lower[i + 1]}`);
  }
  if (lower.length) keys.push(`first:${lower[0]}`, `last:${lower[lower.length - 1]}`);
  const norm = ` ${text.toLowerCase().replace(/\s+/g, ' ')} `;
  for (let n = 3; n <= 5; n++) for (let i = 0; i + n <= norm.length; i++) keys.push(`c${n}:${norm.slice(i, i + n)}`);
  keys.push(...shapeKeys(text, words));
  return keys;
}

/** The shape marks of a headline (trimmed, apostrophes folded) and its words. */
function shapeKeys(text: string, words: readonly string[]): string[] {
  const keys: string[] = [];
  if (/^\d/.test(text)) keys.push('shape:starts-with-number');
  if (text.includes('?')) keys.push('shape:question');
  if (text.includes('!')) keys.push('shape:exclamation');
  if (/[.]$/.test(text)) keys.push('shape:full-stop');
  keys.push(`shape:words-${Math.min(20, words.length)}`);
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  if (words.length) keys.push(`shape:capitalised-${Math.round((capitalised / words.length) * 4)}`);
  return keys;
}

/** FNV-1a of `s[from, to)` continued from `seed` (the hash of a prefix): `fnv1a(p + x) === chained(x, fnv1a(p))`. */
function chained(s: string, seed: number, from = 0, to = s.length): number {
  let h = seed;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

const SEED = {
  w: fnv1a('w:'),
  W: fnv1a('W:'),
  b: fnv1a('b:'),
  first: fnv1a('first:'),
  last: fnv1a('last:'),
  c: [0, 0, 0, fnv1a('c3:'), fnv1a('c4:'), fnv1a('c5:')],
};

/**
 * Distinct buckets of a headline's keys ({@link clickbaitKeys}), sorted, for 2^bits buckets. The
 * keys are hashed as they are read, without building their strings (most of them are character
 * n-grams); the buckets are the same.
 */
export function clickbaitBuckets(headline: string, bits: number): Int32Array {
  const mask = (1 << bits) - 1;
  const set = new Set<number>();
  const add = (h: number) => set.add(h & mask);
  const text = headline.trim().replace(/’/g, "'");
  const words = [...text.matchAll(WORD)].map((m) => m[0]);
  const lower = words.map((w) => w.toLowerCase());
  for (let i = 0; i < words.length; i++) {
    add(chained(lower[i]!, SEED.w));
    add(chained(words[i]!, SEED.W));
    if (i + 1 < words.length) add(chained(lower[i + 1]!, chained(' ', chained(lower[i]!, SEED.b))));
  }
  if (lower.length) {
    add(chained(lower[0]!, SEED.first));
    add(chained(lower[lower.length - 1]!, SEED.last));
  }
  const norm = ` ${text.toLowerCase().replace(/\s+/g, ' ')} `;
  for (let n = 3; n <= 5; n++) for (let i = 0; i + n <= norm.length; i++) add(chained(norm, SEED.c[n]!, i, i + n));
  for (const key of shapeKeys(text, words)) add(fnv1a(key));
  return Int32Array.from(set).sort();
}

/** Feature value of each active bucket: binary, scaled to unit length. */
export function bucketValue(count: number): number {
  return count ? 1 / Math.sqrt(count) : 0;
}

/** Decodes a stored model. */
export function createClickbaitModel(stored: StoredClickbaitModel): ClickbaitModel {
  if (stored.format !== CLICKBAIT_MODEL_FORMAT) throw new Error(`clickbait model format "${stored.format}" is not "${CLICKBAIT_MODEL_FORMAT}": retrain it`);
  const bytes = Buffer.from(stored.weights, 'base64');
  if (bytes.length !== 1 << stored.bits) throw new Error(`clickbait model holds ${bytes.length} weights, expected ${1 << stored.bits}`);
  const q = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const w = (b: number) => q[b]! * stored.scale;
  const mask = (1 << stored.bits) - 1;
  return {
    probability(headline) {
      const idx = clickbaitBuckets(headline, stored.bits);
      const v = bucketValue(idx.length);
      let z = stored.bias;
      for (const b of idx) z += w(b) * v;
      return 1 / (1 + Math.exp(-z));
    },
    topFeatures(headline, n = 5) {
      const seen = new Set<number>();
      const out: Array<{ key: string; weight: number }> = [];
      for (const key of clickbaitKeys(headline)) {
        const b = fnv1a(key) & mask;
        if (seen.has(b)) continue;
        seen.add(b);
        out.push({ key, weight: w(b) });
      }
      return out.sort((a, b) => b.weight - a.weight).slice(0, n);
    },
  };
}
