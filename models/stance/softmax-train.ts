/**
 * Trains a linear softmax model over sparse hashed features with AdaGrad and a small L2 penalty,
 * visiting rows in a seeded shuffle so that two runs give the same weights.
 */
import type { LinearModel, SparseVector } from '../../src/signals/headline-body-stance/lexical-model.js';
import { mulberry32 } from './gbdt-train.js';

/** Options for {@link fitSoftmax}. */
export interface SoftmaxOptions {
  bits: number;
  classes: number;
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  /** Per-class weight of a row's loss. */
  classWeights?: readonly number[];
}

/** Fits weights on rows `x` with labels `y` in `0..classes-1`. */
export function fitSoftmax(x: readonly SparseVector[], y: ArrayLike<number>, o: SoftmaxOptions): LinearModel {
  const K = o.classes;
  const weights = new Float32Array((1 << o.bits) * K);
  const sumSq = new Float32Array(weights.length).fill(1e-8);
  const bias = new Array<number>(K).fill(0);
  const rnd = mulberry32(o.seed);
  const order = Array.from({ length: x.length }, (_, i) => i);
  const s = new Float64Array(K);
  for (let ep = 0; ep < o.epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      const v = x[i]!;
      const yi = y[i]!;
      const cw = o.classWeights?.[yi] ?? 1;
      for (let k = 0; k < K; k++) s[k] = bias[k]!;
      for (let a = 0; a < v.idx.length; a++) {
        const off = v.idx[a]! * K;
        for (let k = 0; k < K; k++) s[k]! += weights[off + k]! * v.val[a]!;
      }
      let m = -Infinity;
      for (let k = 0; k < K; k++) m = Math.max(m, s[k]!);
      let z = 0;
      for (let k = 0; k < K; k++) {
        s[k] = Math.exp(s[k]! - m);
        z += s[k]!;
      }
      for (let k = 0; k < K; k++) {
        const g = cw * (s[k]! / z - (k === yi ? 1 : 0));
        bias[k]! -= o.learningRate * 0.1 * g;
        for (let a = 0; a < v.idx.length; a++) {
          const at = v.idx[a]! * K + k;
          const gg = g * v.val[a]! + o.l2 * weights[at]!;
          sumSq[at]! += gg * gg;
          weights[at]! -= (o.learningRate * gg) / Math.sqrt(sumSq[at]!);
        }
      }
    }
  }
  return { bits: o.bits, classes: K, bias, weights };
}
