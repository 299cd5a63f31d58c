/**
 * Runs the clickbait headline benchmark on a JSONL file. On the training file (`train.jsonl`) it
 * scores our held-out fifth (see `clickbait-data.ts`) with `models/clickbait/weights-dev.json`,
 * trained without it; on any other file it scores every row with the committed model
 * `weights.json` (trained on the whole training file).
 */
import { basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CorroborateError } from '../core/errors.js';
import { createClickbaitModel, type StoredClickbaitModel } from '../signals/clickbait-headline/clickbait-model.js';
import { isHeldOut, loadClickbaitData, type ClickbaitRow } from './clickbait-data.js';
import { scoreBinary } from './clickbait-metrics.js';

/** Options for {@link runClickbaitEval}. */
export interface ClickbaitEvalOptions {
  /** `held-out`: our held-out fifth; `all`: every row. Default: held-out for `train.jsonl`, else all. */
  part?: 'held-out' | 'all';
  /** A stored model to use instead of the committed one. */
  model?: StoredClickbaitModel;
  /** Probability from which a headline counts as clickbait (default 0.5). */
  threshold?: number;
}

/** Figures of one run, in the shape `corroborate eval clickbait --json` prints. */
export interface ClickbaitEvalResult {
  headlines: number;
  accuracy: number;
  precision: number;
  recall: number;
  f1: number;
  auc: number;
  /** [[TN, FP], [FN, TP]], clickbait being the positive class. */
  confusion: [[number, number], [number, number]];
  part: 'held-out' | 'all';
  model: string;
  msPerHeadline: number;
}

/** The committed model, trained on the whole training file (the one the signal uses). */
export async function loadFullClickbaitModel(): Promise<StoredClickbaitModel> {
  const m = await import('../../models/clickbait/weights.json', { with: { type: 'json' } });
  return m.default as StoredClickbaitModel;
}

/** The committed model trained without the held-out fifth. */
export async function loadDevClickbaitModel(): Promise<StoredClickbaitModel> {
  const m = await import('../../models/clickbait/weights-dev.json', { with: { type: 'json' } });
  return m.default as StoredClickbaitModel;
}

/** Scores a model on rows. */
export function evaluateClickbait(stored: StoredClickbaitModel, rows: readonly ClickbaitRow[], part: 'held-out' | 'all', threshold = 0.5): ClickbaitEvalResult {
  if (rows.length === 0) throw new CorroborateError('CRB_ERR_EVAL_DATA', 'no headlines to score');
  const model = createClickbaitModel(stored);
  const t0 = performance.now();
  const scores = rows.map((r) => model.probability(r.headline));
  const ms = performance.now() - t0;
  const s = scoreBinary(rows.map((r) => r.clickbait), scores, threshold);
  return {
    headlines: s.n,
    accuracy: s.accuracy,
    precision: s.precision,
    recall: s.recall,
    f1: s.f1,
    auc: s.auc,
    confusion: s.confusion,
    part,
    model: stored.trainedOn.description,
    msPerHeadline: ms / rows.length,
  };
}

/** Runs the benchmark on a JSONL file (see the module doc for which rows and weights). */
export async function runClickbaitEval(file: string, options: ClickbaitEvalOptions = {}): Promise<ClickbaitEvalResult> {
  const part = options.part ?? (basename(file) === 'train.jsonl' ? 'held-out' : 'all');
  const all = await loadClickbaitData(file);
  const rows = part === 'held-out' ? all.filter((r) => isHeldOut(r.headline)) : all;
  const stored = options.model ?? (part === 'held-out' ? await loadDevClickbaitModel() : await loadFullClickbaitModel());
  return evaluateClickbait(stored, rows, part, options.threshold);
}
