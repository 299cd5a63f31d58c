/**
 * Inverse document frequencies of stems, hashed into 65,536 buckets and stored as one byte each
 * (idf × 16), so the table weighs 64 KiB however large the vocabulary. A bucket no training
 * document filled reads as the largest idf: an unseen word is a rare word.
 */
import { fnv1a } from './word-tokens.js';
import type { IdfLookup } from './stance-features.js';

const BITS = 16;
const MASK = (1 << BITS) - 1;
const SCALE = 16;

/** The JSON form: document count and the base64 bucket bytes. */
export interface StoredIdf {
  docs: number;
  buckets: string;
}

/** Builds the table from documents given as sets of stems. */
export function buildIdf(docs: Iterable<ReadonlySet<string>>): StoredIdf {
  const df = new Uint32Array(1 << BITS);
  let n = 0;
  for (const d of docs) {
    n++;
    const seen = new Set<number>();
    for (const t of d) seen.add(fnv1a(t) & MASK);
    for (const b of seen) df[b]!++;
  }
  const bytes = new Uint8Array(1 << BITS);
  for (let b = 0; b < bytes.length; b++) {
    bytes[b] = df[b] === 0 ? 0 : Math.min(255, Math.max(1, Math.round(smoothIdf(n, df[b]!) * SCALE)));
  }
  return { docs: n, buckets: Buffer.from(bytes).toString('base64') };
}

function smoothIdf(n: number, df: number): number {
  return Math.log((n + 1) / (df + 1)) + 1;
}

/** A lookup function over a stored table. */
export function idfLookup(stored: StoredIdf): IdfLookup {
  const bytes = new Uint8Array(Buffer.from(stored.buckets, 'base64'));
  if (bytes.length !== 1 << BITS) throw new Error(`idf table has ${bytes.length} buckets, expected ${1 << BITS}`);
  const unseen = Math.min(255, Math.round(smoothIdf(stored.docs, 0) * SCALE)) / SCALE;
  // Memoised: features look the same stems up many times per pair.
  const memo = new Map<string, number>();
  return (stem: string) => {
    let v = memo.get(stem);
    if (v === undefined) {
      const q = bytes[fnv1a(stem) & MASK]!;
      v = q === 0 ? unseen : q / SCALE;
      if (memo.size > 100_000) memo.clear();
      memo.set(stem, v);
    }
    return v;
  };
}
