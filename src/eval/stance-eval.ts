/**
 * Runs the headline/body stance benchmark (FNC-1 format) and scores it the official way.
 *
 * Which pairs and which weights:
 * - a folder holding the FNC-1 training files and `splits/`: the official baseline's dev hold-out
 *   (pairs whose body id is in `splits/baseline_hold_out_body_ids.txt`), scored with
 *   `models/stance/weights-dev.json`, which was trained without those bodies;
 * - a folder holding `competition_test_bodies.csv` and `competition_test_stances.csv`, or explicit
 *   `bodies`/`stances` files: every pair, scored with the committed model `weights.json`
 *   (trained on all FNC-1 training pairs).
 * The result counts pairs whose body the model was trained on (`seenBodies`), so a score on
 * seen data cannot pass for an honest one.
 */
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CorroborateError } from '../core/errors.js';
import { analyzeBody, analyzeHeadline, type BodyInfo, type HeadlineInfo } from '../signals/headline-body-stance/stance-features.js';
import { createStanceModel, type StanceModel, type StoredStanceModel } from '../signals/headline-body-stance/stance-model.js';
import type { Stance } from '../signals/headline-body-stance/stance-labels.js';
import { loadBodyIds, loadStanceData, type StanceData, type StancePair } from './stance-data.js';
import { scoreStances, type ClassScore } from './stance-metrics.js';

/** Options for {@link runStanceEval}. */
export interface StanceEvalOptions {
  /** Bodies CSV (with `stances`: overrides what the folder holds). */
  bodies?: string;
  /** Stances CSV with gold labels. */
  stances?: string;
  /** `dev`: the baseline hold-out of the training files; `all`: every pair. Default from the folder. */
  split?: 'dev' | 'all';
  /** A stored model to use instead of the committed one. */
  model?: StoredStanceModel;
}

/** Figures of one run, in the shape `corroborate eval stance --json` prints. */
export interface StanceEvalResult {
  pairs: number;
  /** Raw FNC-1 score. */
  fnc1Score: number;
  maxScore: number;
  nullScore: number;
  /** fnc1Score / maxScore, in [0, 1]. */
  relativeScore: number;
  accuracy: number;
  perClass: Record<Stance, ClassScore>;
  macroF1: number;
  /** confusion[gold][predicted], rows and columns agree, disagree, discuss, unrelated. */
  confusion: number[][];
  split: 'dev' | 'all';
  /** Which weights scored it. */
  model: string;
  /** Pairs whose body the model saw in training (0 for an honest figure). */
  seenBodies: number;
  msPerPair: number;
}

/** The committed model trained on all FNC-1 training pairs (the one the signal uses). */
export async function loadFullStanceModel(): Promise<StoredStanceModel> {
  const m = await import('../../models/stance/weights.json', { with: { type: 'json' } });
  return m.default as StoredStanceModel;
}

/** The committed model trained without the dev hold-out bodies. */
export async function loadDevStanceModel(): Promise<StoredStanceModel> {
  const m = await import('../../models/stance/weights-dev.json', { with: { type: 'json' } });
  return m.default as StoredStanceModel;
}

/** Predicts every pair with a model; headlines and bodies are each read once. */
export function predictStances(model: StanceModel, data: StanceData, pairs: readonly StancePair[]): Stance[] {
  const heads = new Map<string, HeadlineInfo>();
  const bodies = new Map<string, BodyInfo>();
  return pairs.map((p) => {
    let h = heads.get(p.headline);
    if (!h) heads.set(p.headline, (h = analyzeHeadline(p.headline)));
    let b = bodies.get(p.bodyId);
    if (!b) bodies.set(p.bodyId, (b = analyzeBody(data.bodies.get(p.bodyId)!)));
    return model.classifyParsed(h, b).stance;
  });
}

/** Scores a model on the given pairs of a data set (all must have gold labels). */
export function evaluateStance(stored: StoredStanceModel, data: StanceData, pairs: readonly StancePair[], split: 'dev' | 'all'): StanceEvalResult {
  const model = createStanceModel(stored);
  const gold = pairs.map((p) => {
    if (!p.stance) throw new CorroborateError('CRB_ERR_EVAL_DATA', 'the stances file has no gold Stance column');
    return p.stance;
  });
  const t0 = performance.now();
  const predicted = predictStances(model, data, pairs);
  const ms = performance.now() - t0;
  const s = scoreStances(gold, predicted);
  let seenBodies = 0;
  const seenCache = new Map<string, boolean>();
  for (const p of pairs) {
    let seen = seenCache.get(p.bodyId);
    if (seen === undefined) seenCache.set(p.bodyId, (seen = model.sawBody(data.bodies.get(p.bodyId)!)));
    if (seen) seenBodies++;
  }
  return {
    pairs: s.pairs,
    fnc1Score: s.score,
    maxScore: s.maxScore,
    nullScore: s.nullScore,
    relativeScore: s.relativeScore,
    accuracy: s.accuracy,
    perClass: s.perClass,
    macroF1: s.macroF1,
    confusion: s.confusion,
    split,
    model: stored.trainedOn.description,
    seenBodies,
    msPerPair: pairs.length ? ms / pairs.length : 0,
  };
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs the benchmark on a folder (see the module doc for which pairs and weights), or on the
 * `bodies`/`stances` files given in `options`.
 */
export async function runStanceEval(dir: string, options: StanceEvalOptions = {}): Promise<StanceEvalResult> {
  let bodiesFile = options.bodies;
  let stancesFile = options.stances;
  let split = options.split;
  if ((bodiesFile === undefined) !== (stancesFile === undefined)) {
    throw new CorroborateError('CRB_ERR_EVAL_DATA', 'give both a bodies and a stances file', { input: bodiesFile ?? stancesFile });
  }
  const holdOut = join(dir, 'splits', 'baseline_hold_out_body_ids.txt');
  if (bodiesFile === undefined) {
    if (await exists(join(dir, 'train_bodies.csv'))) {
      bodiesFile = join(dir, 'train_bodies.csv');
      stancesFile = join(dir, 'train_stances.csv');
      split ??= 'dev';
    } else if (await exists(join(dir, 'competition_test_bodies.csv'))) {
      bodiesFile = join(dir, 'competition_test_bodies.csv');
      stancesFile = join(dir, 'competition_test_stances.csv');
      split ??= 'all';
    } else {
      throw new CorroborateError('CRB_ERR_EVAL_DATA', 'the folder holds neither the FNC-1 training files nor the competition test files', { input: dir });
    }
  }
  split ??= 'all';
  const data = await loadStanceData(bodiesFile, stancesFile!);
  let pairs = data.pairs;
  if (split === 'dev') {
    const ids = await loadBodyIds(holdOut);
    pairs = pairs.filter((p) => ids.has(p.bodyId));
    if (pairs.length === 0) throw new CorroborateError('CRB_ERR_EVAL_DATA', 'no pair has a body of the dev hold-out', { input: holdOut });
  }
  const stored = options.model ?? (split === 'dev' ? await loadDevStanceModel() : await loadFullStanceModel());
  return evaluateStance(stored, data, pairs, split);
}
