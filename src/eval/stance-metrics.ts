/**
 * FNC-1 scoring: the official weighted score (0.25 for related/unrelated right, 0.75 more for the
 * exact stance of a related pair), its relative form against the maximum, per-class F1, macro F1
 * and the confusion matrix.
 */
import { STANCES, type Stance } from '../signals/headline-body-stance/stance-labels.js';

/** Precision, recall, F1 and gold count of one class. */
export interface ClassScore {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

/** All stance figures of one run. */
export interface StanceScores {
  pairs: number;
  /** Raw FNC-1 score. */
  score: number;
  /** Best possible raw score on these pairs. */
  maxScore: number;
  /** Score when every pair is predicted unrelated. */
  nullScore: number;
  /** score / maxScore, in [0, 1]. */
  relativeScore: number;
  accuracy: number;
  perClass: Record<Stance, ClassScore>;
  /** Mean F1 over the four classes. */
  macroF1: number;
  /** confusion[gold][predicted], rows and columns in `STANCES` order. */
  confusion: number[][];
}

/** The FNC-1 points one pair earns. */
export function fnc1Points(gold: Stance, predicted: Stance): number {
  let s = 0;
  const goldRelated = gold !== 'unrelated';
  const predRelated = predicted !== 'unrelated';
  if (goldRelated === predRelated) s += 0.25;
  if (goldRelated && gold === predicted) s += 0.75;
  return s;
}

/** Scores predictions against gold labels (same length, same order). */
export function scoreStances(gold: readonly Stance[], predicted: readonly Stance[]): StanceScores {
  if (gold.length !== predicted.length) throw new RangeError(`${gold.length} gold labels but ${predicted.length} predictions`);
  const idx = (s: Stance) => STANCES.indexOf(s);
  const confusion = STANCES.map(() => STANCES.map(() => 0));
  let score = 0;
  let maxScore = 0;
  let nullScore = 0;
  let correct = 0;
  gold.forEach((g, i) => {
    const p = predicted[i]!;
    confusion[idx(g)]![idx(p)]!++;
    score += fnc1Points(g, p);
    maxScore += fnc1Points(g, g);
    nullScore += fnc1Points(g, 'unrelated');
    if (g === p) correct++;
  });
  const perClass = {} as Record<Stance, ClassScore>;
  STANCES.forEach((s, k) => {
    const tp = confusion[k]![k]!;
    const support = confusion[k]!.reduce((a, b) => a + b, 0);
    const predictedK = confusion.reduce((a, row) => a + row[k]!, 0);
    const precision = predictedK ? tp / predictedK : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    perClass[s] = { precision, recall, f1, support };
  });
  const macroF1 = STANCES.reduce((a, s) => a + perClass[s].f1, 0) / STANCES.length;
  return {
    pairs: gold.length,
    score,
    maxScore,
    nullScore,
    relativeScore: maxScore ? score / maxScore : 0,
    accuracy: gold.length ? correct / gold.length : 0,
    perClass,
    macroF1,
    confusion,
  };
}
