/**
 * Small, fast, seedable 32-bit hashing. Everything the origin index stores is derived from these,
 * so they must give the same numbers on every machine and every run.
 */

/** MurmurHash3's finaliser: a bijection on 32-bit integers that mixes every bit into every bit. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over UTF-16 code units, finalised: a string's 32-bit hash. */
export function hashString(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/** Folds one more 32-bit value into a running hash (order matters). */
export function combine(h: number, v: number): number {
  return fmix32((Math.imul(h, 0x9e3779b1) ^ v) >>> 0);
}
