/**
 * Histogram gradient boosting (second-order, XGBoost-style gains) for the stance model: binary
 * logistic or K-class softmax, depth-limited trees, seeded row and column sampling. Produces the
 * {@link TreeEnsemble} that inference reads; thresholds are float32 from the start so that the
 * stored model decides exactly as the trained one.
 */
import type { Tree, TreeEnsemble } from '../../src/signals/headline-body-stance/tree-ensemble.js';

/** Options for {@link fitGbdt}. */
export interface GbdtOptions {
  /** Number of classes (2 gives a single logistic score). */
  classes: number;
  rounds: number;
  maxDepth: number;
  learningRate: number;
  /** L2 penalty on leaf scores. */
  lambda: number;
  /** Minimum hessian sum in a child. */
  minChildWeight: number;
  /** Minimum split gain. */
  gamma: number;
  /** Share of rows each round sees. */
  subsample: number;
  /** Share of features each tree may split on. */
  colsample: number;
  maxBins: number;
  seed: number;
  /** Per-row weights (class balancing); default 1. */
  weights?: Float64Array;
  /** Called after each round with the round number. */
  onRound?: (round: number) => void;
}

/** Deterministic 32-bit PRNG (mulberry32). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Binned {
  n: number;
  f: number;
  /** Column-major bin indices: bins[feature * n + row]. */
  bins: Uint8Array;
  /** Per feature, the float32 upper edge of each bin but the last. */
  edges: Float32Array[];
}

function binFeatures(rows: readonly ArrayLike<number>[], maxBins: number): Binned {
  const n = rows.length;
  const f = rows[0]?.length ?? 0;
  const bins = new Uint8Array(n * f);
  const edges: Float32Array[] = [];
  const col = new Float64Array(n);
  for (let j = 0; j < f; j++) {
    for (let i = 0; i < n; i++) col[i] = rows[i]![j]!;
    const sorted = Float64Array.from(col).sort();
    const uniq: number[] = [];
    for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) uniq.push(sorted[i]!);
    let cand: number[];
    if (uniq.length <= maxBins) {
      cand = [];
      for (let i = 0; i + 1 < uniq.length; i++) cand.push((uniq[i]! + uniq[i + 1]!) / 2);
    } else {
      cand = [];
      for (let q = 1; q < maxBins; q++) {
        const v = sorted[Math.floor((q * n) / maxBins)]!;
        // Cut just above a quantile value, at the midpoint to the next distinct value.
        let lo = 0;
        let hi = uniq.length - 1;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (uniq[mid]! <= v) lo = mid + 1;
          else hi = mid;
        }
        if (uniq[lo]! > v) cand.push((v + uniq[lo]!) / 2);
      }
    }
    const e = [...new Set(cand.map((c) => Math.fround(c)))].sort((a, b) => a - b);
    const edge = Float32Array.from(e);
    edges.push(edge);
    for (let i = 0; i < n; i++) {
      const x = col[i]!;
      let lo = 0;
      let hi = edge.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (x <= edge[mid]!) hi = mid;
        else lo = mid + 1;
      }
      bins[j * n + i] = lo;
    }
  }
  return { n, f, bins, edges };
}

const B = 256;

interface Hist {
  g: Float64Array;
  h: Float64Array;
}

function buildHist(data: Binned, rows: Int32Array, g: Float64Array, h: Float64Array, feats: readonly number[]): Hist {
  const hist: Hist = { g: new Float64Array(data.f * B), h: new Float64Array(data.f * B) };
  const { bins, n } = data;
  for (const j of feats) {
    const base = j * n;
    const off = j * B;
    for (let k = 0; k < rows.length; k++) {
      const r = rows[k]!;
      const b = off + bins[base + r]!;
      hist.g[b]! += g[r]!;
      hist.h[b]! += h[r]!;
    }
  }
  return hist;
}

function subtract(parent: Hist, child: Hist): Hist {
  const g = new Float64Array(parent.g.length);
  const h = new Float64Array(parent.h.length);
  for (let i = 0; i < g.length; i++) {
    g[i] = parent.g[i]! - child.g[i]!;
    h[i] = parent.h[i]! - child.h[i]!;
  }
  return { g, h };
}

interface NodeOut {
  feature: number[];
  value: number[];
  right: number[];
}

function growTree(
  data: Binned,
  g: Float64Array,
  h: Float64Array,
  rows: Int32Array,
  feats: readonly number[],
  o: GbdtOptions,
): Tree {
  const out: NodeOut = { feature: [], value: [], right: [] };
  const leaf = (G: number, H: number) => {
    out.feature.push(-1);
    out.value.push(Math.fround((-G / (H + o.lambda)) * o.learningRate));
    out.right.push(0);
  };
  const grow = (rs: Int32Array, hist: Hist, depth: number, G: number, H: number): void => {
    if (depth >= o.maxDepth || rs.length < 2) return leaf(G, H);
    let bestGain = o.gamma;
    let bestF = -1;
    let bestB = -1;
    const parentScore = (G * G) / (H + o.lambda);
    for (const j of feats) {
      const nb = data.edges[j]!.length + 1;
      const off = j * B;
      let gl = 0;
      let hl = 0;
      for (let b = 0; b < nb - 1; b++) {
        gl += hist.g[off + b]!;
        hl += hist.h[off + b]!;
        const hr = H - hl;
        if (hl < o.minChildWeight) continue;
        if (hr < o.minChildWeight) break;
        const gr = G - gl;
        const gain = (gl * gl) / (hl + o.lambda) + (gr * gr) / (hr + o.lambda) - parentScore;
        if (gain > bestGain) {
          bestGain = gain;
          bestF = j;
          bestB = b;
        }
      }
    }
    if (bestF < 0) return leaf(G, H);
    const base = bestF * data.n;
    let nl = 0;
    for (let k = 0; k < rs.length; k++) if (data.bins[base + rs[k]!]! <= bestB) nl++;
    const left = new Int32Array(nl);
    const right = new Int32Array(rs.length - nl);
    let a = 0;
    let c = 0;
    let gL = 0;
    let hL = 0;
    for (let k = 0; k < rs.length; k++) {
      const r = rs[k]!;
      if (data.bins[base + r]! <= bestB) {
        left[a++] = r;
        gL += g[r]!;
        hL += h[r]!;
      } else right[c++] = r;
    }
    // Histogram of the smaller child; the other is the parent's minus it.
    let histL: Hist;
    let histR: Hist;
    if (left.length <= right.length) {
      histL = buildHist(data, left, g, h, feats);
      histR = subtract(hist, histL);
    } else {
      histR = buildHist(data, right, g, h, feats);
      histL = subtract(hist, histR);
    }
    const at = out.feature.length;
    out.feature.push(bestF);
    out.value.push(data.edges[bestF]![bestB]!);
    out.right.push(0);
    grow(left, histL, depth + 1, gL, hL);
    out.right[at] = out.feature.length - at;
    grow(right, histR, depth + 1, G - gL, H - hL);
  };
  let G = 0;
  let H = 0;
  for (const r of rows) {
    G += g[r]!;
    H += h[r]!;
  }
  grow(rows, buildHist(data, rows, g, h, feats), 0, G, H);
  if (out.feature.length > 65535) throw new Error('tree too large for 16-bit offsets');
  return { feature: Int8Array.from(out.feature), value: Float32Array.from(out.value), right: Uint16Array.from(out.right) };
}

/** Fits a boosted tree ensemble on feature rows `x` with labels `y` in `0..classes-1`. */
export function fitGbdt(x: readonly ArrayLike<number>[], y: ArrayLike<number>, o: GbdtOptions): TreeEnsemble {
  if (x.length === 0) throw new Error('no training rows');
  if ((x[0]?.length ?? 0) > 127) throw new Error('at most 127 features fit the stored format');
  const data = binFeatures(x, Math.min(o.maxBins, B));
  const n = data.n;
  const K = o.classes === 2 ? 1 : o.classes;
  const w = o.weights ?? new Float64Array(n).fill(1);
  const rnd = mulberry32(o.seed);
  // Base scores: the weighted class prior.
  const prior = new Float64Array(o.classes);
  let wsum = 0;
  for (let i = 0; i < n; i++) {
    prior[y[i]!]! += w[i]!;
    wsum += w[i]!;
  }
  const base: number[] = [];
  if (K === 1) {
    const p = Math.min(1 - 1e-6, Math.max(1e-6, prior[1]! / wsum));
    base.push(Math.log(p / (1 - p)));
  } else {
    for (let k = 0; k < K; k++) base.push(Math.log(Math.max(1e-6, prior[k]! / wsum)));
  }
  const score = new Float64Array(n * K);
  for (let i = 0; i < n; i++) for (let k = 0; k < K; k++) score[i * K + k] = base[k]!;
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  const p = new Float64Array(n * K);
  const trees: Tree[] = [];
  const allFeats = Array.from({ length: data.f }, (_, j) => j);
  for (let round = 0; round < o.rounds; round++) {
    // Probabilities under the current scores.
    for (let i = 0; i < n; i++) {
      if (K === 1) {
        p[i] = 1 / (1 + Math.exp(-score[i]!));
      } else {
        let m = -Infinity;
        for (let k = 0; k < K; k++) m = Math.max(m, score[i * K + k]!);
        let z = 0;
        for (let k = 0; k < K; k++) {
          const e = Math.exp(score[i * K + k]! - m);
          p[i * K + k] = e;
          z += e;
        }
        for (let k = 0; k < K; k++) p[i * K + k]! /= z;
      }
    }
    const picked: number[] = [];
    for (let i = 0; i < n; i++) if (o.subsample >= 1 || rnd() < o.subsample) picked.push(i);
    const rows = Int32Array.from(picked);
    for (let k = 0; k < K; k++) {
      for (let i = 0; i < n; i++) {
        const pk = p[i * K + k]!;
        const yk = K === 1 ? (y[i] === 1 ? 1 : 0) : y[i] === k ? 1 : 0;
        g[i] = w[i]! * (pk - yk);
        h[i] = w[i]! * Math.max(pk * (1 - pk), 1e-6);
      }
      let feats = allFeats;
      if (o.colsample < 1) {
        feats = allFeats.filter(() => rnd() < o.colsample);
        if (feats.length === 0) feats = [allFeats[Math.floor(rnd() * allFeats.length)]!];
      }
      const tree = growTree(data, g, h, rows, feats, o);
      trees.push(tree);
      for (let i = 0; i < n; i++) score[i * K + k]! += treeOnBins(tree, data, i);
    }
    o.onRound?.(round);
  }
  return { classes: K, base, trees };
}

/** A tree's score for training row `i`, read from the bins (same decision as on raw values). */
function treeOnBins(tree: Tree, data: Binned, i: number): number {
  let at = 0;
  for (;;) {
    const f = tree.feature[at]!;
    if (f < 0) return tree.value[at]!;
    const b = data.bins[f * data.n + i]!;
    const edge = data.edges[f]!;
    // bin b holds values <= edge[b]; the split is "x <= threshold" with threshold = edge[bestB].
    const t = tree.value[at]!;
    const goLeft = b < edge.length ? edge[b]! <= t : false;
    at = goLeft ? at + 1 : at + tree.right[at]!;
  }
}
