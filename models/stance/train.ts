/**
 * Trains the headline/body stance model on FNC-1 and writes its weights and figures.
 *
 *   node --import tsx models/stance/train.ts [--data ../shared/data/fnc-1] [--claims]
 *
 * Writes, next to this file:
 * - `weights-dev.json`: trained on the official baseline's training bodies only (its dev hold-out
 *   of 337 bodies left out), scored on that hold-out for the honest figure;
 * - `weights.json`: trained on all training pairs, the model the signal uses;
 * - `figures.json`: the dev figures, training times and sizes (and, with `--claims`, a figure on
 *   claims never seen in training).
 * Deterministic: folds, sampling and shuffles use fixed seeds, and the data is read in file order.
 */
import { mkdirSync, statSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { loadBodyIds, loadStanceData, type StanceData, type StancePair } from '../../src/eval/stance-data.js';
import { evaluateStance, type StanceEvalResult } from '../../src/eval/stance-eval.js';
import { buildIdf, idfLookup } from '../../src/signals/headline-body-stance/idf-table.js';
import {
  encodeLinearModel,
  lexicalVector,
  linearProbabilities,
  type LinearModel,
  type SparseVector,
} from '../../src/signals/headline-body-stance/lexical-model.js';
import {
  analyzeBody,
  analyzeHeadline,
  stanceFeatures,
  STANCE_FEATURE_NAMES,
  type BodyInfo,
  type HeadlineInfo,
} from '../../src/signals/headline-body-stance/stance-features.js';
import { STANCES } from '../../src/signals/headline-body-stance/stance-labels.js';
import { bodyFingerprint, STANCE_MODEL_FORMAT, type StoredStanceModel } from '../../src/signals/headline-body-stance/stance-model.js';
import { encodeEnsemble } from '../../src/signals/headline-body-stance/tree-ensemble.js';
import { claimGroups, groupBucket } from './claim-groups.js';
import { fitGbdt, type GbdtOptions } from './gbdt-train.js';
import { fitSoftmax, type SoftmaxOptions } from './softmax-train.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '../..');

/** Hyper-parameters, chosen on the dev split and on held-out claims (see README). */
export const STANCE_TRAINING = {
  lexical: { bits: 16, classes: 3, epochs: 8, learningRate: 0.5, l2: 1e-5, seed: 7 } satisfies SoftmaxOptions,
  lexicalFolds: 5,
  trees: { rounds: 200, maxDepth: 5, learningRate: 0.1, lambda: 1, minChildWeight: 1, gamma: 0, subsample: 0.8, colsample: 1, maxBins: 255, seed: 1 },
  /** Loss weight of agree, disagree, discuss in the stance stage: disagree is rare (1.7%). */
  stanceClassWeights: [1, 2, 1],
  relatedThreshold: 0.5,
} as const;

interface Parsed {
  data: StanceData;
  heads: Map<string, HeadlineInfo>;
  bodies: Map<string, BodyInfo>;
  groupOf: (key: string) => string;
}

function log(msg: string): void {
  process.stderr.write(`${msg}\n`);
}

function pairVector(p: Parsed, pair: StancePair, bits: number): SparseVector {
  return lexicalVector(p.heads.get(pair.headline)!, p.bodies.get(pair.bodyId)!, bits);
}

function bodyHashes(texts: Iterable<string>): string {
  const hs = [...new Set([...texts].map(bodyFingerprint))].sort((a, b) => a - b);
  const buf = Buffer.alloc(hs.length * 4);
  hs.forEach((h, i) => buf.writeUInt32LE(h, i * 4));
  return buf.toString('base64');
}

/** Trains both stages on `pairs` (all labelled) and returns the stored model. */
export function trainStanceModel(p: Parsed, pairs: readonly StancePair[], description: string): StoredStanceModel {
  const cfg = STANCE_TRAINING;
  let t = performance.now();
  // IDF from the training bodies and headlines only.
  const docs: Set<string>[] = [];
  const seenBodies = new Set<string>();
  const seenHeads = new Set<string>();
  for (const pair of pairs) {
    if (!seenBodies.has(pair.bodyId)) {
      seenBodies.add(pair.bodyId);
      docs.push(new Set(p.bodies.get(pair.bodyId)!.sentences.flatMap((s) => s.content)));
    }
    if (!seenHeads.has(pair.headline)) {
      seenHeads.add(pair.headline);
      docs.push(p.heads.get(pair.headline)!.terms);
    }
  }
  const storedIdf = buildIdf(docs);
  const idf = idfLookup(storedIdf);
  const x = pairs.map((pair) => stanceFeatures(p.heads.get(pair.headline)!, p.bodies.get(pair.bodyId)!, idf));
  const y = pairs.map((pair) => STANCES.indexOf(pair.stance!));
  log(`  features: ${pairs.length} pairs, ${((performance.now() - t) / 1000).toFixed(1)} s`);

  // Lexical model: out-of-fold probabilities for the trees (folds by claim), then one fit on all.
  t = performance.now();
  const bits = cfg.lexical.bits;
  const fold = pairs.map((pair) => groupBucket(p.groupOf(`b:${pair.bodyId}`), cfg.lexicalFolds));
  const related = pairs.map((_, i) => i).filter((i) => y[i] !== 3);
  const relVec = new Map<number, SparseVector>();
  for (const i of related) relVec.set(i, pairVector(p, pairs[i]!, bits));
  const vecOf = (i: number) => relVec.get(i) ?? pairVector(p, pairs[i]!, bits);
  const fitOn = (rows: number[], seed: number): LinearModel =>
    fitSoftmax(rows.map((i) => relVec.get(i)!), rows.map((i) => y[i]!), { ...cfg.lexical, seed });
  for (let f = 0; f < cfg.lexicalFolds; f++) {
    const m = fitOn(related.filter((i) => fold[i] !== f), cfg.lexical.seed + f + 1);
    pairs.forEach((_, i) => {
      if (fold[i] === f) x[i]!.push(...linearProbabilities(m, vecOf(i)));
    });
  }
  const lexical = fitOn(related, cfg.lexical.seed);
  log(`  lexical model: ${related.length} related pairs, ${cfg.lexicalFolds} folds, ${((performance.now() - t) / 1000).toFixed(1)} s`);

  t = performance.now();
  const treeOpts: Omit<GbdtOptions, 'classes'> = { ...cfg.trees };
  const relatedModel = fitGbdt(x, y.map((v) => (v === 3 ? 0 : 1)), { ...treeOpts, classes: 2 });
  log(`  related stage: ${relatedModel.trees.length} trees, ${((performance.now() - t) / 1000).toFixed(1)} s`);
  t = performance.now();
  const stanceModel = fitGbdt(
    related.map((i) => x[i]!),
    related.map((i) => y[i]!),
    { ...treeOpts, classes: 3, weights: Float64Array.from(related.map((i) => cfg.stanceClassWeights[y[i]!]!)) },
  );
  log(`  stance stage: ${stanceModel.trees.length} trees, ${((performance.now() - t) / 1000).toFixed(1)} s`);

  return {
    format: STANCE_MODEL_FORMAT,
    trainedOn: {
      description,
      pairs: pairs.length,
      bodies: seenBodies.size,
      bodyHashes: bodyHashes([...seenBodies].map((id) => p.data.bodies.get(id)!)),
    },
    featureNames: [...STANCE_FEATURE_NAMES, 'lex_agree', 'lex_disagree', 'lex_discuss'],
    idf: storedIdf,
    lexical: encodeLinearModel(lexical),
    related: encodeEnsemble(relatedModel),
    stance: encodeEnsemble(stanceModel),
    relatedThreshold: cfg.relatedThreshold,
  };
}

function summary(r: StanceEvalResult): Record<string, unknown> {
  const round = (v: number) => Math.round(v * 10000) / 10000;
  return {
    pairs: r.pairs,
    fnc1Score: r.fnc1Score,
    maxScore: r.maxScore,
    relativeScore: round(r.relativeScore),
    accuracy: round(r.accuracy),
    macroF1: round(r.macroF1),
    perClassF1: Object.fromEntries(Object.entries(r.perClass).map(([k, v]) => [k, round(v.f1)])),
    confusion: r.confusion,
    seenBodies: r.seenBodies,
  };
}

function writeJson(file: string, value: unknown, pretty = false): number {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(value, null, pretty ? 2 : undefined)}\n`);
  return statSync(file).size;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.indexOf('--data');
  const dataDir = at >= 0 && args[at + 1] ? resolve(args[at + 1]!) : resolve(REPO, '../shared/data/fnc-1');
  const withClaims = args.includes('--claims');
  const started = performance.now();
  let t = performance.now();
  const data = await loadStanceData(join(dataDir, 'train_bodies.csv'), join(dataDir, 'train_stances.csv'));
  const holdOut = await loadBodyIds(join(dataDir, 'splits', 'baseline_hold_out_body_ids.txt'));
  const heads = new Map<string, HeadlineInfo>();
  for (const pair of data.pairs) if (!heads.has(pair.headline)) heads.set(pair.headline, analyzeHeadline(pair.headline));
  const bodies = new Map<string, BodyInfo>();
  for (const [id, text] of data.bodies) bodies.set(id, analyzeBody(text));
  const parsed: Parsed = { data, heads, bodies, groupOf: claimGroups(data.pairs) };
  log(`read ${data.pairs.length} pairs, ${data.bodies.size} bodies in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  const figuresFile = join(HERE, 'figures.json');
  const old = existsSync(figuresFile) ? (JSON.parse(readFileSync(figuresFile, 'utf8')) as Record<string, unknown>) : {};
  const figures: Record<string, unknown> = { ...old };

  // 1. Dev: train without the hold-out bodies, score on them.
  t = performance.now();
  log('dev model (hold-out bodies left out):');
  const devPairs = data.pairs.filter((pair) => holdOut.has(pair.bodyId));
  const devModel = trainStanceModel(parsed, data.pairs.filter((pair) => !holdOut.has(pair.bodyId)), 'FNC-1 training pairs minus the baseline dev hold-out (337 bodies)');
  const devSeconds = (performance.now() - t) / 1000;
  const devBytes = writeJson(join(HERE, 'weights-dev.json'), devModel);
  const dev = evaluateStance(JSON.parse(readFileSync(join(HERE, 'weights-dev.json'), 'utf8')) as StoredStanceModel, data, devPairs, 'dev');
  log(`  dev hold-out: relative score ${(dev.relativeScore * 100).toFixed(2)}%, macro F1 ${dev.macroF1.toFixed(3)}`);
  figures.dev = { ...summary(dev), trainingSeconds: Math.round(devSeconds), weightsBytes: devBytes, msPerPair: Math.round(dev.msPerPair * 100) / 100 };

  // 2. Optional: claims never seen (a fifth of the claim groups held out), closer to the test set.
  if (withClaims) {
    t = performance.now();
    log('unseen-claims model (a fifth of the claim groups left out):');
    const held = (key: string) => groupBucket(parsed.groupOf(key), 5) === 0;
    const inTest = (pair: StancePair) => held(`h:${pair.headline}`) && held(`b:${pair.bodyId}`);
    const inTrain = (pair: StancePair) => !held(`h:${pair.headline}`) && !held(`b:${pair.bodyId}`);
    const m = trainStanceModel(parsed, data.pairs.filter(inTrain), 'FNC-1 training pairs of four fifths of the claim groups');
    const r = evaluateStance(m, data, data.pairs.filter(inTest), 'all');
    log(`  unseen claims: relative score ${(r.relativeScore * 100).toFixed(2)}%, macro F1 ${r.macroF1.toFixed(3)}`);
    figures.unseenClaims = { ...summary(r), trainingSeconds: Math.round((performance.now() - t) / 1000) };
  }

  // 3. Full: all training pairs; the committed model.
  t = performance.now();
  log('full model (all training pairs):');
  const fullModel = trainStanceModel(parsed, data.pairs, 'all FNC-1 training pairs (49,972 pairs, 1,683 bodies)');
  const fullSeconds = (performance.now() - t) / 1000;
  const fullBytes = writeJson(join(HERE, 'weights.json'), fullModel);
  figures.full = { pairs: data.pairs.length, trainingSeconds: Math.round(fullSeconds), weightsBytes: fullBytes };
  figures.anchors = { baselineDev: 0.7953, baselineTest: 0.752, winnerTest: 0.8202 };
  figures.relativeToBaselineDev = Math.round((dev.relativeScore / 0.7953) * 10000) / 10000;
  figures.totalSeconds = Math.round((performance.now() - started) / 1000);
  figures.command = 'node --import tsx models/stance/train.ts' + (withClaims ? ' --claims' : '');
  writeJson(figuresFile, figures, true);
  log(`done in ${figures.totalSeconds} s; weights ${fullBytes} bytes (dev ${devBytes})`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  });
}
