/**
 * Trains the same-story model (src/corpus/cluster/story-model.ts) and picks the clusterer's
 * thresholds, on the train split of a story-clusters JSONL file only, then reports the
 * validation split as the honest score:
 *
 *   node --import tsx src/eval/clustering-train.ts ../shared/data/story-clusters/ecbplus.dev.jsonl
 *
 * Training pairs come from replaying the train reports through the real index with gold
 * decisions: each report is compared with the candidate stories the index offers, labelled by
 * whether the candidate is its gold story, and then joins its gold story. Gold labels are
 * used here and in scoring only, never by the clusterer.
 */
import { pathToFileURL } from 'node:url';
import { StoryIndex } from '../corpus/cluster/story-index.js';
import { profileOfDocument } from '../corpus/cluster/story-profile.js';
import { FEATURE_NAMES, pairFeatures, type LinearModel } from '../corpus/cluster/story-similarity.js';
import { createStoryClusterer, DEFAULT_STORY_CLUSTERER_OPTIONS, type StoryClustererOptions } from '../corpus/cluster/story-clusterer.js';
import { evaluateClustering, readClusteringFile, type ClusteringEvalResult, type ClusteringRecord } from './clustering-eval.js';

/** Labelled feature vectors. */
export interface TrainingPairs {
  x: number[][];
  y: number[];
  /** Reports whose gold story existed and was among the index's candidates / reports whose gold story existed. */
  candidateRecall: { found: number; of: number };
}

/** Seeded shuffle (mulberry32), so extra training orders are reproducible. */
export function shuffled<T>(xs: readonly T[], seed: number): T[] {
  let s = seed >>> 0;
  const rnd = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Replays `records` in order with gold decisions and collects (report, candidate story) pairs. */
export function collectTrainingPairs(records: readonly ClusteringRecord[], into?: TrainingPairs, hardCandidates = 5): TrainingPairs {
  const out = into ?? { x: [], y: [], candidateRecall: { found: 0, of: 0 } };
  const ix = new StoryIndex(DEFAULT_STORY_CLUSTERER_OPTIONS);
  const storyOfGold = new Map<string, number>();
  const goldOfStory: string[] = [];
  for (const r of records) {
    const p = profileOfDocument(r.doc);
    ix.observe(p);
    const target = storyOfGold.get(r.cluster);
    const cands = ix.candidates(p);
    // The index ranks candidates; the decision is made among the first few, so train there.
    for (const c of cands.slice(0, hardCandidates)) {
      out.x.push(pairFeatures(p, ix.stories[c]!.profile, ix.weights));
      out.y.push(goldOfStory[c] === r.cluster ? 1 : 0);
    }
    if (target === undefined) {
      const s = ix.open(`s${ix.stories.length}`, r.doc.id, p);
      storyOfGold.set(r.cluster, s.index);
      goldOfStory[s.index] = r.cluster;
    } else {
      out.candidateRecall.of++;
      if (cands.includes(target)) out.candidateRecall.found++;
      ix.join(ix.stories[target]!, r.doc.id, p);
    }
  }
  return out;
}

function majority(docs: readonly string[], gold: ReadonlyMap<string, string>): string | undefined {
  const n = new Map<string, number>();
  let best: string | undefined;
  for (const d of docs) {
    const g = gold.get(d)!;
    const c = (n.get(g) ?? 0) + 1;
    n.set(g, c);
    if (best === undefined || c > n.get(best)! || (c === n.get(best)! && g < best)) best = g;
  }
  return best;
}

/**
 * Runs the clusterer itself with `options` and collects every comparison it makes, labelled by
 * whether both sides' majority gold stories agree: the states a model meets in use, impure
 * stories included, which gold replay alone never shows it.
 */
export function collectOnPolicyPairs(records: readonly ClusteringRecord[], options: StoryClustererOptions, into: TrainingPairs, minScore = 0.02): TrainingPairs {
  const gold = new Map(records.map((r) => [r.doc.id, r.cluster]));
  const c = createStoryClusterer(options, {
    onCompare: (cmp) => {
      if (cmp.score < minScore) return;
      into.x.push([...cmp.features]);
      into.y.push(majority(cmp.docs, gold) === majority(cmp.candidateDocs, gold) ? 1 : 0);
    },
  });
  for (const r of records) c.add(r.doc);
  return into;
}

function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[piv]![c]!)) piv = r;
    [m[c], m[piv]] = [m[piv]!, m[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

/** L2-regularised logistic regression by Newton's method (the bias is not penalised). */
export function fitLogistic(x: readonly number[][], y: readonly number[], l2 = 1, iterations = 30): LinearModel {
  const d = (x[0]?.length ?? 0) + 1;
  let w = new Array<number>(d).fill(0);
  for (let it = 0; it < iterations; it++) {
    const g = new Array<number>(d).fill(0);
    const h = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    x.forEach((row, i) => {
      const v = [1, ...row];
      let z = 0;
      for (let k = 0; k < d; k++) z += w[k]! * v[k]!;
      const p = 1 / (1 + Math.exp(-z));
      const r = p - y[i]!;
      const s = p * (1 - p);
      for (let a = 0; a < d; a++) {
        g[a]! += r * v[a]!;
        for (let b = 0; b < d; b++) h[a]![b]! += s * v[a]! * v[b]!;
      }
    });
    for (let a = 1; a < d; a++) {
      g[a]! += l2 * w[a]!;
      h[a]![a]! += l2;
    }
    h[0]![0]! += 1e-9;
    const step = solve(h, g);
    w = w.map((x0, k) => x0 - step[k]!);
    if (Math.max(...step.map(Math.abs)) < 1e-9) break;
  }
  return { bias: w[0]!, weights: w.slice(1) };
}

/** Best of a grid of clusterer options by B³ F1 on `records`. */
export function tuneOptions(
  records: readonly ClusteringRecord[],
  grid: readonly StoryClustererOptions[],
): { options: StoryClustererOptions; result: ClusteringEvalResult }[] {
  return grid
    .map((options) => ({ options, result: evaluateClustering(records, options) }))
    .sort((a, b) => b.result.bcubed.f1 - a.result.bcubed.f1);
}

function fmt(r: ClusteringEvalResult): string {
  const f = (x: number) => x.toFixed(3);
  return `B3 P/R/F1 ${f(r.bcubed.precision)}/${f(r.bcubed.recall)}/${f(r.bcubed.f1)}  pair ${f(r.pair.precision)}/${f(r.pair.recall)}/${f(r.pair.f1)}  ARI ${f(r.ari)}  clusters ${r.clusters}/${r.goldClusters}  ${r.msPerDoc.toFixed(2)} ms/doc`;
}

async function main(file: string, orders: number, rounds: number): Promise<void> {
  const all = await readClusteringFile(file);
  const train = all.filter((r) => r.split === 'train');
  const validation = all.filter((r) => r.split === 'validation');
  const pairs = collectTrainingPairs(train);
  for (let k = 1; k < orders; k++) collectTrainingPairs(shuffled(train, k), pairs);
  const pos = pairs.y.filter((v) => v === 1).length;
  console.log(`pairs ${pairs.y.length} (${pos} same story); gold story among candidates ${pairs.candidateRecall.found}/${pairs.candidateRecall.of}`);
  const round = (m: LinearModel): LinearModel => ({ bias: +m.bias.toFixed(3), weights: m.weights.map((w) => +w.toFixed(3)) });
  let rounded = round(fitLogistic(pairs.x, pairs.y, 1));
  // A few rounds of training on the clusterer's own decisions (dataset aggregation).
  for (let round_ = 0; round_ < rounds; round_++) {
    for (let k = 0; k < orders; k++) collectOnPolicyPairs(k === 0 ? train : shuffled(train, 100 + k), { model: rounded, threshold: 0.5, mergeThreshold: 0.8 }, pairs);
    rounded = round(fitLogistic(pairs.x, pairs.y, 1));
    console.log(`round ${round_ + 1}: ${pairs.y.length} pairs`);
  }
  console.log('model', FEATURE_NAMES.map((n, i) => `${n}=${rounded.weights[i]}`).join(' '), `bias=${rounded.bias}`);
  const grid: StoryClustererOptions[] = [];
  for (const threshold of [0.3, 0.4, 0.5, 0.6]) {
    for (const mergeThreshold of [0.6, 0.7, 0.8, 2]) grid.push({ model: rounded, threshold, mergeThreshold });
  }
  const ranked = tuneOptions(train, grid);
  for (const { options, result } of ranked.slice(0, 5)) console.log(`train  t=${options.threshold} m=${options.mergeThreshold}  ${fmt(result)}`);
  const best = ranked[0]!.options;
  console.log(`validation (tuned on train)  ${fmt(evaluateClustering(validation, best))}`);
  console.log(`dev pool (same options)      ${fmt(evaluateClustering(all, best))}`);
  console.log(`\nexport const STORY_MODEL: LinearModel = ${JSON.stringify(rounded)};`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node --import tsx src/eval/clustering-train.ts <file.jsonl> [orders]');
    process.exit(2);
  }
  await main(file, Number(process.argv[3] ?? 3), Number(process.argv[4] ?? 2));
}
