/**
 * Trains the same-story model (src/corpus/cluster/story-model.ts) and picks the clusterer's
 * thresholds, on the train split of a story-clusters JSONL file only, then reports the
 * validation split as the honest score:
 *
 *   node --import tsx src/eval/clustering-train.ts ../shared/data/story-clusters/ecbplus.dev.jsonl [orders=3] [rounds=2]
 *
 * `orders` is how many arrival orders of the train reports are replayed (file order, then seeded
 * shuffles); `rounds` how many times the clusterer is rerun with the latest model to collect
 * the pairs it meets in use. The run is deterministic: the same data gives the same model.
 *
 * Training pairs are report pairs labelled by gold: first from replaying the train reports
 * through the report index (each report with its candidates and its gold story's earlier
 * reports), then from the pairs the clusterer itself compares when run with the model so far.
 * Gold labels are used here and in scoring only, never by the clusterer.
 */
import { pathToFileURL } from 'node:url';
import { ReportIndex } from '../corpus/cluster/report-index.js';
import { profileOfDocument, trimProfile, type ReportProfile } from '../corpus/cluster/story-profile.js';
import { FEATURE_NAMES, pairFeatures, type LinearModel } from '../corpus/cluster/story-similarity.js';
import { createStoryClusterer, DEFAULT_STORY_CLUSTERER_OPTIONS, type StoryClustererOptions } from '../corpus/cluster/story-clusterer.js';
import { evaluateClustering, readClusteringFile, type ClusteringEvalResult, type ClusteringRecord } from './clustering-eval.js';

/** Labelled feature vectors of report pairs. */
export interface TrainingPairs {
  x: number[][];
  y: number[];
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

/**
 * Replays `records` in order through the report index and collects each report's pairs with
 * its candidate reports and with the earlier reports of its gold story, labelled by gold.
 */
export function collectReplayPairs(records: readonly ClusteringRecord[], into: TrainingPairs = { x: [], y: [] }): TrainingPairs {
  const ix = new ReportIndex(DEFAULT_STORY_CLUSTERER_OPTIONS);
  const profiles: ReportProfile[] = [];
  const byGold = new Map<string, number[]>();
  records.forEach((r, i) => {
    const p = profileOfDocument(r.doc);
    ix.observe(p);
    trimProfile(p, ix.weights, DEFAULT_STORY_CLUSTERER_OPTIONS.maxProfileTerms);
    const keys = ix.queryKeys(p);
    const partners = new Set([...ix.candidates(keys), ...(byGold.get(r.cluster) ?? [])]);
    for (const c of [...partners].sort((a, b) => a - b)) {
      into.x.push(pairFeatures(profiles[c]!, p, ix.weights));
      into.y.push(records[c]!.cluster === r.cluster ? 1 : 0);
    }
    profiles.push(p);
    ix.add(i, keys);
    byGold.set(r.cluster, [...(byGold.get(r.cluster) ?? []), i]);
  });
  return into;
}

/**
 * Runs the clusterer itself with `options` and collects every report pair it compares,
 * labelled by gold: the pairs a model meets in use, which replay alone does not show it.
 */
export function collectOnPolicyPairs(records: readonly ClusteringRecord[], options: StoryClustererOptions, into: TrainingPairs): TrainingPairs {
  const gold = new Map(records.map((r) => [r.doc.id, r.cluster]));
  const c = createStoryClusterer(options, {
    onPair: (cmp) => {
      into.x.push([...cmp.features]);
      into.y.push(gold.get(cmp.a) === gold.get(cmp.b) ? 1 : 0);
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
  return `B3 P/R/F1 ${f(r.bcubed.precision)}/${f(r.bcubed.recall)}/${f(r.bcubed.f1)}  pair ${f(r.pair.precision)}/${f(r.pair.recall)}/${f(r.pair.f1)}  ARI ${f(r.ari)}  clusters ${r.clusters}/${r.goldClusters}  ${r.cpuMsPerDoc.toFixed(2)} ms CPU/doc`;
}

async function main(file: string, orders: number, rounds: number): Promise<void> {
  const all = await readClusteringFile(file);
  const train = all.filter((r) => r.split === 'train');
  const validation = all.filter((r) => r.split === 'validation');
  const pairs = collectReplayPairs(train);
  for (let k = 1; k < orders; k++) collectReplayPairs(shuffled(train, k), pairs);
  const round = (m: LinearModel): LinearModel => ({ bias: +m.bias.toFixed(3), weights: m.weights.map((w) => +w.toFixed(3)) });
  let model = round(fitLogistic(pairs.x, pairs.y, 1));
  console.log(`replay: ${pairs.y.length} pairs (${pairs.y.filter((v) => v === 1).length} same story)`);
  // Rounds of training on the pairs the clusterer itself compares (dataset aggregation).
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < orders; k++) collectOnPolicyPairs(k === 0 ? train : shuffled(train, 100 + k), { model }, pairs);
    model = round(fitLogistic(pairs.x, pairs.y, 1));
    console.log(`round ${r + 1}: ${pairs.y.length} pairs`);
  }
  console.log('model', FEATURE_NAMES.map((n, i) => `${n}=${model.weights[i]}`).join(' '), `bias=${model.bias}`);
  const grid: StoryClustererOptions[] = [0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55].map((threshold) => ({ model, threshold }));
  const ranked = tuneOptions(train, grid);
  for (const { options, result } of ranked) console.log(`train  t=${options.threshold}  ${fmt(result)}`);
  const best = ranked[0]!.options;
  console.log(`validation (tuned on train, t=${best.threshold})  ${fmt(evaluateClustering(validation, best))}`);
  console.log(`dev pool (same options)      ${fmt(evaluateClustering(all, best))}`);
  console.log(`\nexport const STORY_MODEL: LinearModel = ${JSON.stringify(model)};`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node --import tsx src/eval/clustering-train.ts <file.jsonl> [orders]');
    process.exit(2);
  }
  await main(file, Number(process.argv[3] ?? 3), Number(process.argv[4] ?? 2));
}
