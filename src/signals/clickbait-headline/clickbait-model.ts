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
  if (/^\d/.test(text)) keys.push('shape:starts-with-number');
  if (text.includes('?')) keys.push('shape:question');
  if (text.includes('!')) keys.push('shape:exclamation');
  if (/[.]$/.test(text)) keys.push('shape:full-stop');
  keys.push(`shape:words-${Math.min(20, words.length)}`);
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  if (words.length) keys.push(`shape:capitalised-${Math.round((capitalised / words.length) * 4)}`);
  return keys;
}

/** Distinct buckets of a headline's keys, sorted, for 2^bits buckets. */
export function clickbaitBuckets(headline: string, bits: number): Int32Array {
  const mask = (1 << bits) - 1;
  const set = new Set<number>();
  for (const k of clickbaitKeys(headline)) set.add(fnv1a(k) & mask);
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
