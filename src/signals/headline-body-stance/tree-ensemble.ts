/**
 * Gradient-boosted regression trees at inference time, plus their compact storage format.
 *
 * A tree is a list of nodes in pre-order. An inner node tests `x[feature] <= threshold`: the left
 * child is the next node, the right child sits `right` nodes further on. A leaf has feature -1 and
 * holds its score. Stored, each node is 7 bytes, little-endian: int8 feature, float32 threshold or
 * leaf score, uint16 offset of the right child; the trees are concatenated and base64-encoded,
 * with their node counts alongside. Thresholds are float32 already during training, so the stored
 * model decides exactly as the trained one.
 */

/** One tree, as flat arrays in pre-order. */
export interface Tree {
  feature: Int8Array;
  value: Float32Array;
  right: Uint16Array;
}

/** A boosted ensemble: `classes` scores, each the base score plus the sum of its trees' leaves. */
export interface TreeEnsemble {
  /** Number of raw scores: 1 for a binary logit, K for a K-class softmax. */
  classes: number;
  base: number[];
  /** Trees in round order; tree `i` adds to score `i % classes`. */
  trees: Tree[];
}

/** The JSON form of a {@link TreeEnsemble}. */
export interface StoredTreeEnsemble {
  classes: number;
  base: number[];
  /** Nodes per tree. */
  sizes: number[];
  /** All nodes, 7 bytes each, base64. */
  nodes: string;
}

const NODE_BYTES = 7;

/** Scores of one tree for a feature vector. */
export function treeScore(tree: Tree, x: ArrayLike<number>): number {
  let i = 0;
  for (;;) {
    const f = tree.feature[i]!;
    if (f < 0) return tree.value[i]!;
    i = x[f]! <= tree.value[i]! ? i + 1 : i + tree.right[i]!;
  }
}

/** Trees no deeper than this are walked as complete trees (see {@link CompleteEnsemble}). */
const MAX_COMPLETE_DEPTH = 8;

/**
 * All trees of an ensemble padded to complete binary trees of one depth `D`, in heap order: the
 * children of inner node `i` are `2i + 1` (x <= threshold) and `2i + 2`, and every walk takes
 * exactly `D` steps, so there is no child offset to read and the loop's length is known. A leaf
 * shallower than `D` is copied into every leaf below it (its padding nodes test feature 0 against
 * +∞: whichever way a walk goes, it ends on a copy). Tree `t`'s inner nodes are at
 * `t × (2^D − 1)` in `feature`/`threshold`, its leaves at `t × 2^D` in `leaf`.
 */
interface CompleteEnsemble {
  depth: number;
  feature: Uint8Array;
  threshold: Float32Array;
  leaf: Float32Array;
}

function depthOf(tree: Tree, i = 0): number {
  return tree.feature[i]! < 0 ? 0 : 1 + Math.max(depthOf(tree, i + 1), depthOf(tree, i + tree.right[i]!));
}

const complete = new WeakMap<TreeEnsemble, CompleteEnsemble | null>();

function completed(model: TreeEnsemble): CompleteEnsemble | null {
  let c = complete.get(model);
  if (c !== undefined) return c;
  const depth = model.trees.reduce((d, t) => Math.max(d, depthOf(t)), 0);
  if (depth > MAX_COMPLETE_DEPTH) {
    complete.set(model, null);
    return null;
  }
  const inner = (1 << depth) - 1;
  const leaves = 1 << depth;
  c = {
    depth,
    feature: new Uint8Array(model.trees.length * inner),
    threshold: new Float32Array(model.trees.length * inner).fill(Infinity),
    leaf: new Float32Array(model.trees.length * leaves),
  };
  const into = c;
  model.trees.forEach((t, k) => {
    // Stored node `i` lands at heap position `at`, `d` levels down.
    const place = (i: number, at: number, d: number): void => {
      if (t.feature[i]! < 0) {
        // Every leaf below `at` at depth `depth`: a run of 2^(depth − d) leaves.
        const first = ((at + 1) << (depth - d)) - 1 - inner;
        into.leaf.fill(t.value[i]!, k * leaves + first, k * leaves + first + (1 << (depth - d)));
        return;
      }
      into.feature[k * inner + at] = t.feature[i]!;
      into.threshold[k * inner + at] = t.value[i]!;
      place(i + 1, 2 * at + 1, d + 1);
      place(i + t.right[i]!, 2 * at + 2, d + 1);
    };
    place(0, 0, 0);
  });
  complete.set(model, c);
  return c;
}

/**
 * All trees of an ensemble in one buffer of 8-byte nodes, with absolute right-child indices: one
 * loop walks them all (for ensembles too deep to pad). Node `i` holds its threshold or leaf score
 * at `value[2i]` (float32, as stored) and `(right << 8) | (feature & 0xff)` at `packed[2i + 1]`, a
 * feature of 0xff marking a leaf.
 */
interface FlatEnsemble {
  roots: Int32Array;
  value: Float32Array;
  packed: Int32Array;
}

const flat = new WeakMap<TreeEnsemble, FlatEnsemble>();

function flatten(model: TreeEnsemble): FlatEnsemble {
  let f = flat.get(model);
  if (f) return f;
  const total = model.trees.reduce((a, t) => a + t.feature.length, 0);
  const buffer = new ArrayBuffer(total * 8);
  f = { roots: new Int32Array(model.trees.length), value: new Float32Array(buffer), packed: new Int32Array(buffer) };
  let o = 0;
  model.trees.forEach((t, k) => {
    f!.roots[k] = o;
    for (let i = 0; i < t.feature.length; i++) {
      const feature = t.feature[i]!;
      f!.value[2 * (o + i)] = t.value[i]!;
      f!.packed[2 * (o + i) + 1] = ((feature < 0 ? 0 : o + i + t.right[i]!) << 8) | (feature & 0xff);
    }
    o += t.feature.length;
  });
  flat.set(model, f);
  return f;
}

/** Raw (pre-link) scores of the ensemble for a feature vector. */
export function ensembleScores(model: TreeEnsemble, x: ArrayLike<number>): number[] {
  const out = model.base.slice();
  const k = model.classes;
  const c = completed(model);
  if (c !== null) {
    const { depth, feature, threshold, leaf } = c;
    const inner = (1 << depth) - 1;
    const trees = model.trees.length;
    // Trees are added in round order, as `treeScore` one by one would.
    if (depth === 5) {
      // The committed models' depth, without the level loop (a third faster again).
      for (let t = 0, o = 0; t < trees; t++, o += 31) {
        let i = 2 - +(x[feature[o]!]! <= threshold[o]!);
        i = 2 * i + 2 - +(x[feature[o + i]!]! <= threshold[o + i]!);
        i = 2 * i + 2 - +(x[feature[o + i]!]! <= threshold[o + i]!);
        i = 2 * i + 2 - +(x[feature[o + i]!]! <= threshold[o + i]!);
        i = 2 * i + 2 - +(x[feature[o + i]!]! <= threshold[o + i]!);
        out[t % k]! += leaf[o + t + i - 31]!;
      }
      return out;
    }
    for (let t = 0, o = 0, l = 0; t < trees; t++, o += inner, l += inner + 1) {
      let i = 0;
      let d = depth;
      // Arithmetic rather than a branch (which way a test goes is as good as random), five levels
      // a round: a loop of one level per round runs at half the speed.
      for (; d >= 5; d -= 5) {
        i = 2 * i + 2 - +(x[feature[o + i]!]! <= threshold[o + i]!);
        i = 2 * i + 2 - +(x[feature[o + i]!]! <= threshold[o + i]!);
        i = 2 * i + 2 - +(x[feature[o + i]!]! <= threshold[o + i]!);
        i = 2 * i + 2 - +(x[feature[o + i]!]! <= threshold[o + i]!);
        i = 2 * i + 2 - +(x[feature[o + i]!]! <= threshold[o + i]!);
      }
      for (; d > 0; d--) i = 2 * i + 2 - +(x[feature[o + i]!]! <= threshold[o + i]!);
      out[t % k]! += leaf[l + i - inner]!;
    }
    return out;
  }
  const { roots, value, packed } = flatten(model);
  for (let t = 0; t < roots.length; t++) {
    let i = roots[t]!;
    for (;;) {
      const p = packed[2 * i + 1]!;
      // the feature is the low byte, sign-extended: a leaf's 0xff reads as -1
      const f = (p << 24) >> 24;
      if (f < 0) break;
      i = x[f]! <= value[2 * i]! ? i + 1 : p >> 8;
    }
    out[t % k]! += value[2 * i]!;
  }
  return out;
}

/** Probabilities: logistic for one score (P of the positive class), softmax for several. */
export function ensembleProbabilities(model: TreeEnsemble, x: ArrayLike<number>): number[] {
  const s = ensembleScores(model, x);
  if (s.length === 1) return [1 / (1 + Math.exp(-s[0]!))];
  const m = Math.max(...s);
  const e = s.map((v) => Math.exp(v - m));
  const z = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / z);
}

/** Packs an ensemble into its JSON form. */
export function encodeEnsemble(model: TreeEnsemble): StoredTreeEnsemble {
  const total = model.trees.reduce((a, t) => a + t.feature.length, 0);
  const buf = Buffer.alloc(total * NODE_BYTES);
  let o = 0;
  for (const t of model.trees) {
    for (let i = 0; i < t.feature.length; i++) {
      buf.writeInt8(t.feature[i]!, o);
      buf.writeFloatLE(t.value[i]!, o + 1);
      buf.writeUInt16LE(t.right[i]!, o + 5);
      o += NODE_BYTES;
    }
  }
  return { classes: model.classes, base: model.base, sizes: model.trees.map((t) => t.feature.length), nodes: buf.toString('base64') };
}

/** Unpacks the JSON form; throws when the node count does not match the sizes. */
export function decodeEnsemble(stored: StoredTreeEnsemble): TreeEnsemble {
  const buf = Buffer.from(stored.nodes, 'base64');
  const total = stored.sizes.reduce((a, b) => a + b, 0);
  if (buf.length !== total * NODE_BYTES) throw new Error(`tree ensemble holds ${buf.length} bytes, its sizes need ${total * NODE_BYTES}`);
  const trees: Tree[] = [];
  let o = 0;
  for (const size of stored.sizes) {
    const t: Tree = { feature: new Int8Array(size), value: new Float32Array(size), right: new Uint16Array(size) };
    for (let i = 0; i < size; i++) {
      t.feature[i] = buf.readInt8(o);
      t.value[i] = buf.readFloatLE(o + 1);
      t.right[i] = buf.readUInt16LE(o + 5);
      o += NODE_BYTES;
    }
    trees.push(t);
  }
  return { classes: stored.classes, base: stored.base, trees };
}
