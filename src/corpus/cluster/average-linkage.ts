/**
 * Average-linkage agglomerative clustering of a small set of units (a unit is one report, or a
 * fixed group of reports that is not taken apart). Repeatedly joins the two groups with the
 * highest mean pairwise similarity until that mean falls below the threshold. Each row keeps its
 * best partner, so finding the next pair to join reads one value per row and only rows whose
 * best partner changed are read again: quadratic in the number of units rather than cubic. The
 * clusterer still runs it on a bounded neighbourhood only.
 */

/**
 * Clusters `units` (each a list of report numbers) by average linkage over `similarity` of
 * report pairs. Returns groups of unit positions. Ties go to the pair with the lowest
 * positions, so the result depends only on the input order.
 */
export function averageLinkage(
  units: readonly (readonly number[])[],
  similarity: (a: number, b: number) => number,
  threshold: number,
): number[][] {
  const n = units.length;
  const groups: (number[] | undefined)[] = units.map((_, i) => [i]);
  const size = units.map((u) => u.length);
  // sim[i][j] (i < j): mean pairwise similarity between groups i and j, kept by Lance–Williams.
  const sim: Float64Array[] = units.map(() => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      let s = 0;
      for (const a of units[i]!) for (const b of units[j]!) s += similarity(a, b);
      sim[i]![j] = units[i]!.length && units[j]!.length ? s / (units[i]!.length * units[j]!.length) : 0;
    }
  }
  const get = (i: number, j: number) => (i < j ? sim[i]![j]! : sim[j]![i]!);
  const set = (i: number, j: number, v: number) => {
    if (i < j) sim[i]![j] = v;
    else sim[j]![i] = v;
  };
  // Each row's best partner to its right (the lowest on ties) and that similarity; -1 when none.
  const best = new Int32Array(n).fill(-1);
  const bestVal = new Float64Array(n).fill(-Infinity);
  const scanRow = (i: number) => {
    let bj = -1;
    let bv = -Infinity;
    for (let j = i + 1; j < n; j++) {
      if (!groups[j]) continue;
      const s = sim[i]![j]!;
      if (s > bv) [bv, bj] = [s, j];
    }
    best[i] = bj;
    bestVal[i] = bv;
  };
  for (let i = 0; i < n; i++) scanRow(i);
  for (;;) {
    // The pair with the highest similarity, lowest positions on ties: the first row holding the maximum.
    let bi = -1;
    let bv = -Infinity;
    for (let i = 0; i < n; i++) {
      if (!groups[i] || best[i]! < 0) continue;
      if (bestVal[i]! > bv) [bv, bi] = [bestVal[i]!, i];
    }
    if (bi < 0 || bv < threshold) break;
    const bj = best[bi]!;
    const si = size[bi]!;
    const sj = size[bj]!;
    for (let k = 0; k < n; k++) {
      if (k === bi || k === bj || !groups[k]) continue;
      set(bi, k, (get(bi, k) * si + get(bj, k) * sj) / (si + sj));
    }
    size[bi] = si + sj;
    groups[bi]!.push(...groups[bj]!);
    groups[bj] = undefined;
    best[bj] = -1;
    scanRow(bi);
    // Rows to the left saw their similarity to `bi` change, and lost `bj`.
    for (let i = 0; i < bi; i++) {
      if (!groups[i]) continue;
      if (best[i] === bi || best[i] === bj) scanRow(i);
      else {
        const s = sim[i]![bi]!;
        if (s > bestVal[i]! || (s === bestVal[i]! && bi < best[i]!)) [bestVal[i], best[i]] = [s, bi];
      }
    }
    for (let i = bi + 1; i < bj; i++) if (groups[i] && best[i] === bj) scanRow(i);
  }
  return groups.filter((g): g is number[] => g !== undefined).map((g) => g.sort((a, b) => a - b));
}
