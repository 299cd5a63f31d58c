/**
 * Sparse term vectors as plain maps, weighted at comparison time by a caller-supplied weight
 * per term (the current inverse document frequency), so stored vectors never go stale as
 * document frequencies move.
 */

/** Term → raw (unweighted) value. */
export type SparseVector = Map<string, number>;

/** Sublinear term frequency, as in the TF-IDF baseline: 1 + ln tf. */
export function sublinear(tf: number): number {
  return tf > 0 ? 1 + Math.log(tf) : 0;
}

/** Euclidean norm of `v` with every value multiplied by `weight(term)`. */
export function weightedNorm(v: SparseVector, weight: (term: string) => number): number {
  let s = 0;
  for (const [t, x] of v) {
    const w = x * weight(t);
    s += w * w;
  }
  return Math.sqrt(s);
}

/** Cosine of `a` and `b` with both weighted by `weight(term)`; 0 when either is empty. */
export function weightedCosine(
  a: SparseVector,
  b: SparseVector,
  weight: (term: string) => number,
  normA = weightedNorm(a, weight),
  normB = weightedNorm(b, weight),
): number {
  if (normA === 0 || normB === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, x] of small) {
    const y = large.get(t);
    if (y === undefined) continue;
    const w = weight(t);
    dot += x * y * w * w;
  }
  return dot / (normA * normB);
}

/**
 * The `k` terms of `v` with the largest weighted value, ties broken by term so the choice is
 * the same on every run.
 */
export function topTerms(v: ReadonlyMap<string, number>, k: number, weight: (term: string) => number): string[] {
  const scored: [string, number][] = [];
  for (const [t, x] of v) scored.push([t, x * weight(t)]);
  scored.sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : p[0] > q[0] ? 1 : 0));
  return scored.slice(0, k).map(([t]) => t);
}
