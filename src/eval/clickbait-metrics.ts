/**
 * Binary classification figures for the clickbait benchmark: accuracy, precision, recall and F1
 * of the positive class (clickbait) at a threshold, and ROC-AUC over the scores.
 */

/** Figures of one run. */
export interface BinaryScores {
  n: number;
  accuracy: number;
  precision: number;
  recall: number;
  f1: number;
  /** Area under the ROC curve: the chance a random positive scores above a random negative (ties count half). */
  auc: number;
  /** [[TN, FP], [FN, TP]]. */
  confusion: [[number, number], [number, number]];
}

/** ROC-AUC by the rank-sum (Mann–Whitney) formula, with average ranks for ties. */
export function rocAuc(gold: readonly boolean[], scores: readonly number[]): number {
  const order = scores.map((s, i) => [s, i] as const).sort((a, b) => a[0] - b[0]);
  const ranks = new Float64Array(scores.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    const r = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k]![1]] = r;
    i = j + 1;
  }
  let pos = 0;
  let sum = 0;
  gold.forEach((g, i) => {
    if (g) {
      pos++;
      sum += ranks[i]!;
    }
  });
  const neg = gold.length - pos;
  if (pos === 0 || neg === 0) return NaN;
  return (sum - (pos * (pos + 1)) / 2) / (pos * neg);
}

/** Scores probabilities against gold labels; a score ≥ `threshold` predicts the positive class. */
export function scoreBinary(gold: readonly boolean[], scores: readonly number[], threshold = 0.5): BinaryScores {
  if (gold.length !== scores.length) throw new RangeError(`${gold.length} gold labels but ${scores.length} scores`);
  let tp = 0;
  let fp = 0;
  let tn = 0;
  let fn = 0;
  gold.forEach((g, i) => {
    const p = scores[i]! >= threshold;
    if (p && g) tp++;
    else if (p) fp++;
    else if (g) fn++;
    else tn++;
  });
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return {
    n: gold.length,
    accuracy: gold.length ? (tp + tn) / gold.length : 0,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    auc: rocAuc(gold, scores),
    confusion: [
      [tn, fp],
      [fn, tp],
    ],
  };
}
