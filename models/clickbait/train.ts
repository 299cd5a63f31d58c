/**
 * Trains the clickbait headline model (logistic regression over hashed headline features) and
 * writes its weights and figures.
 *
 *   node --import tsx models/clickbait/train.ts [--data ../shared/data/clickbait/train.jsonl]
 *
 * Writes, next to this file:
 * - `weights-dev.json`: trained on the file minus our held-out fifth (rule in
 *   `src/eval/clickbait-data.ts`), scored on that fifth for the honest figure;
 * - `weights.json`: trained on the whole file, the model the signal uses;
 * - `figures.json`: held-out figures, training times and sizes.
 * Deterministic: rows are visited in a seeded shuffle.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { isHeldOut, loadClickbaitData, type ClickbaitRow } from '../../src/eval/clickbait-data.js';
import { evaluateClickbait } from '../../src/eval/clickbait-eval.js';
import {
  bucketValue,
  clickbaitBuckets,
  CLICKBAIT_MODEL_FORMAT,
  type StoredClickbaitModel,
} from '../../src/signals/clickbait-headline/clickbait-model.js';
import { mulberry32 } from '../stance/gbdt-train.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '../..');

/** Options of the logistic regression. */
export interface ClickbaitTrainingOptions {
  bits: number;
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
}

/** Hyper-parameters, chosen on a validation fifth of the training part (see README). */
export const CLICKBAIT_TRAINING: ClickbaitTrainingOptions = { bits: 17, epochs: 12, learningRate: 0.2, l2: 1e-6, seed: 11 };

/** Fits the model on rows and returns it in stored form (int8 weights). */
export function trainClickbaitModel(rows: readonly ClickbaitRow[], o: ClickbaitTrainingOptions, description: string): StoredClickbaitModel {
  const x = rows.map((r) => clickbaitBuckets(r.headline, o.bits));
  const w = new Float64Array(1 << o.bits);
  const sumSq = new Float64Array(1 << o.bits).fill(1e-8);
  let bias = 0;
  let biasSq = 1e-8;
  const rnd = mulberry32(o.seed);
  const order = rows.map((_, i) => i);
  for (let ep = 0; ep < o.epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      const idx = x[i]!;
      const v = bucketValue(idx.length);
      let z = bias;
      for (const b of idx) z += w[b]! * v;
      const g = 1 / (1 + Math.exp(-z)) - (rows[i]!.clickbait ? 1 : 0);
      biasSq += g * g;
      bias -= (o.learningRate * g) / Math.sqrt(biasSq);
      for (const b of idx) {
        const gg = g * v + o.l2 * w[b]!;
        sumSq[b]! += gg * gg;
        w[b]! -= (o.learningRate * gg) / Math.sqrt(sumSq[b]!);
      }
    }
  }
  let max = 0;
  for (const v of w) max = Math.max(max, Math.abs(v));
  const scale = max > 0 ? max / 127 : 1;
  const q = new Int8Array(w.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round(w[i]! / scale);
  return {
    format: CLICKBAIT_MODEL_FORMAT,
    trainedOn: { description, headlines: rows.length },
    bits: o.bits,
    scale,
    bias: Math.fround(bias),
    weights: Buffer.from(q.buffer).toString('base64'),
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
  const file = at >= 0 && args[at + 1] ? resolve(args[at + 1]!) : resolve(REPO, '../shared/data/clickbait/train.jsonl');
  const started = performance.now();
  const rows = await loadClickbaitData(file);
  const train = rows.filter((r) => !isHeldOut(r.headline));
  const held = rows.filter((r) => isHeldOut(r.headline));
  process.stderr.write(`read ${rows.length} headlines: ${train.length} to train, ${held.length} held out\n`);

  let t = performance.now();
  const dev = trainClickbaitModel(train, CLICKBAIT_TRAINING, 'clickbait train.jsonl minus the held-out fifth');
  const devSeconds = (performance.now() - t) / 1000;
  const devBytes = writeJson(join(HERE, 'weights-dev.json'), dev);
  const r = evaluateClickbait(JSON.parse(readFileSync(join(HERE, 'weights-dev.json'), 'utf8')) as StoredClickbaitModel, held, 'held-out');
  process.stderr.write(`held out: accuracy ${(r.accuracy * 100).toFixed(2)}%, F1 ${r.f1.toFixed(4)}, AUC ${r.auc.toFixed(4)}\n`);

  t = performance.now();
  const full = trainClickbaitModel(rows, CLICKBAIT_TRAINING, `all of clickbait train.jsonl (${rows.length} headlines)`);
  const fullSeconds = (performance.now() - t) / 1000;
  const fullBytes = writeJson(join(HERE, 'weights.json'), full);

  const round = (v: number) => Math.round(v * 10000) / 10000;
  writeJson(
    join(HERE, 'figures.json'),
    {
      heldOut: {
        headlines: r.headlines,
        clickbait: held.filter((h) => h.clickbait).length,
        accuracy: round(r.accuracy),
        precision: round(r.precision),
        recall: round(r.recall),
        f1: round(r.f1),
        auc: round(r.auc),
        confusion: r.confusion,
        trainingHeadlines: train.length,
        trainingSeconds: Math.round(devSeconds * 10) / 10,
        weightsBytes: devBytes,
      },
      full: { headlines: rows.length, trainingSeconds: Math.round(fullSeconds * 10) / 10, weightsBytes: fullBytes },
      anchors: { paperAccuracy: 0.93 },
      options: CLICKBAIT_TRAINING,
      totalSeconds: Math.round((performance.now() - started) / 100) / 10,
      command: 'node --import tsx models/clickbait/train.ts',
    },
    true,
  );
  process.stderr.write(`done; weights ${fullBytes} bytes\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  });
}
