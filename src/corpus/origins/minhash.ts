/**
 * MinHash signatures and LSH band keys. Two sets with Jaccard similarity J agree on any one
 * signature position with probability J; a band of `rows` positions agrees with probability
 * J^rows, so sets that share many shingles share at least one band key and find each other in a
 * hash table without any pairwise comparison.
 */
import { combine, fmix32 } from './hash32.js';

/** The seeds of the hash family: position `i` ranks a shingle by `fmix32(shingle ^ seed[i])`. */
function seeds(count: number): Uint32Array {
  const out = new Uint32Array(count);
  let s = 0x2545f491;
  for (let i = 0; i < count; i++) {
    s = fmix32((s + 0x6d2b79f5) >>> 0);
    out[i] = s;
  }
  return out;
}

const seedCache = new Map<number, Uint32Array>();

/** The MinHash signature of a set of 32-bit shingle hashes (`count` positions). */
export function minhashSignature(shingles: Iterable<number>, count: number): Uint32Array {
  let family = seedCache.get(count);
  if (!family) seedCache.set(count, (family = seeds(count)));
  const sig = new Uint32Array(count).fill(0xffffffff);
  for (const x of shingles) {
    for (let i = 0; i < count; i++) {
      const v = fmix32((x ^ family[i]!) >>> 0);
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

/** One 32-bit key per band of `rows` signature positions; the band number is mixed in. */
export function bandKeys(sig: Uint32Array, bands: number, rows: number): Uint32Array {
  const keys = new Uint32Array(bands);
  for (let b = 0; b < bands; b++) {
    let h = fmix32((b + 1) * 0x9e3779b1);
    for (let r = 0; r < rows; r++) h = combine(h, sig[b * rows + r]!);
    keys[b] = h;
  }
  return keys;
}
