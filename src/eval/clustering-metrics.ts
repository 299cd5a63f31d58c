/**
 * Clustering scores as defined by the story-clusters dataset README: B-cubed (the main
 * measure), pair counting (0/0 precision reported as 1) and the adjusted Rand index.
 * All three are computed from one contingency table, so scoring is linear in the documents.
 */

/** Precision, recall and their harmonic mean. */
export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
}

/** Scores of a predicted partition against a gold one. */
export interface ClusteringScores {
  /** Documents scored (every gold document). */
  docs: number;
  /** Predicted clusters among the scored documents (an unassigned document is its own cluster). */
  clusters: number;
  /** Gold clusters. */
  goldClusters: number;
  bcubed: PrecisionRecall;
  pair: PrecisionRecall;
  /** Adjusted Rand index: 0 at chance, 1 for identical partitions. */
  ari: number;
}

function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

function pairs(n: number): number {
  return (n * (n - 1)) / 2;
}

/**
 * Scores `predicted` against `gold`. Both map a document id to a cluster label. Only the
 * documents in `gold` are scored; one missing from `predicted` counts as its own singleton
 * cluster, and predicted ids absent from `gold` are ignored.
 */
export function scoreClustering(
  gold: ReadonlyMap<string, string>,
  predicted: ReadonlyMap<string, string>,
): ClusteringScores {
  const goldSize = new Map<string, number>();
  const predSize = new Map<string, number>();
  const cell = new Map<string, number>();
  // Unassigned documents get a label that cannot collide with a real one.
  const UNASSIGNED = '\u0000unassigned\u0000';
  for (const [id, g] of gold) {
    const p = predicted.get(id) ?? `${UNASSIGNED}${id}`;
    goldSize.set(g, (goldSize.get(g) ?? 0) + 1);
    predSize.set(p, (predSize.get(p) ?? 0) + 1);
    // JSON keeps the key unambiguous whatever characters the labels hold.
    const key = JSON.stringify([g, p]);
    cell.set(key, (cell.get(key) ?? 0) + 1);
  }
  const n = gold.size;
  let bPrecision = 0;
  let bRecall = 0;
  let tp = 0;
  for (const [key, nij] of cell) {
    const [g, p] = JSON.parse(key) as [string, string];
    // Each of the nij documents in this cell has |G∩P| = nij.
    bPrecision += (nij * nij) / predSize.get(p)!;
    bRecall += (nij * nij) / goldSize.get(g)!;
    tp += pairs(nij);
  }
  let goldPairs = 0;
  for (const a of goldSize.values()) goldPairs += pairs(a);
  let predPairs = 0;
  for (const b of predSize.values()) predPairs += pairs(b);

  const bcubedP = n === 0 ? 1 : bPrecision / n;
  const bcubedR = n === 0 ? 1 : bRecall / n;
  // 0/0 is reported as 1 by the dataset's convention (no predicted pairs, no false pairs).
  const pairP = predPairs === 0 ? 1 : tp / predPairs;
  const pairR = goldPairs === 0 ? 1 : tp / goldPairs;
  const pairF1 = tp === 0 ? 0 : f1(pairP, pairR);

  const total = pairs(n);
  const expected = total === 0 ? 0 : (goldPairs * predPairs) / total;
  const maxIndex = (goldPairs + predPairs) / 2;
  // Identical trivial partitions (all singletons or all one) leave 0/0; they agree fully.
  const ari = maxIndex === expected ? 1 : (tp - expected) / (maxIndex - expected);

  return {
    docs: n,
    clusters: predSize.size,
    goldClusters: goldSize.size,
    bcubed: { precision: bcubedP, recall: bcubedR, f1: f1(bcubedP, bcubedR) },
    pair: { precision: pairP, recall: pairR, f1: pairF1 },
    ari,
  };
}
