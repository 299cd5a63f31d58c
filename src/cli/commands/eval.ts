import { CorroborateError } from '../../core/errors.js';
import { runExtractionEval } from '../../eval/extraction-eval.js';
import { runClusteringEval } from '../../eval/clustering-eval.js';
import { runStanceEval } from '../../eval/stance-eval.js';
import { runClickbaitEval } from '../../eval/clickbait-eval.js';
import { EXIT } from '../exit-codes.js';
import { jsonOption, writeJson } from '../options.js';
import { createActivity } from '../progress.js';
import type { Command } from '../main.js';

const f3 = (n: number) => n.toFixed(3);

/** One evaluation: what it reads, how to run it, and how to print it for people. */
interface EvalTask {
  data: string;
  run(data: string, values: Record<string, unknown>): Promise<Record<string, unknown>>;
  print(result: Record<string, unknown>): string;
}

type Scores = { precision: number; recall: number; f1: number; accuracy?: number };

const row = (name: string, s: Scores) =>
  `${name.padEnd(12)} ${f3(s.f1).padStart(6)} ${f3(s.precision).padStart(6)} ${f3(s.recall).padStart(6)}${s.accuracy === undefined ? '' : ` ${f3(s.accuracy).padStart(6)}`}`;

const TASKS: Record<string, EvalTask> = {
  extraction: {
    data: 'article-extraction-benchmark layout: html/<id>.html.gz + ground-truth.json',
    async run(data) {
      const r = await runExtractionEval(data);
      return { pages: r.pages, ours: r.ours, readability: r.readability };
    },
    print(r) {
      const ours = r.ours as Scores;
      const readability = r.readability as Scores;
      return [`pages: ${String(r.pages)}`, `${'extractor'.padEnd(12)} ${'F1'.padStart(6)} ${'prec'.padStart(6)} ${'recall'.padStart(6)} ${'acc'.padStart(6)}`, row('corroborate', ours), row('readability', readability)].join('\n');
    },
  },
  clustering: {
    data: 'story-clusters JSONL (id, title, text, published; gold field `cluster` is read only by the scorer)',
    async run(data, values) {
      const splits = typeof values.split === 'string' ? String(values.split).split(',') : undefined;
      const r = await runClusteringEval(data, splits ? { splits } : {});
      return { docs: r.docs, clusters: r.clusters, bcubed: r.bcubed, pair: r.pair, ari: r.ari, goldClusters: r.goldClusters, msPerDoc: r.msPerDoc };
    },
    print(r) {
      const b = r.bcubed as Scores;
      const p = r.pair as Scores;
      return [
        `docs: ${String(r.docs)} · predicted clusters: ${String(r.clusters)} · gold clusters: ${String(r.goldClusters)}`,
        `${'metric'.padEnd(12)} ${'F1'.padStart(6)} ${'prec'.padStart(6)} ${'recall'.padStart(6)}`,
        row('B-cubed', b),
        row('pairs', p),
        `ARI ${f3(Number(r.ari))} · ${Number(r.msPerDoc).toFixed(2)} ms per report`,
      ].join('\n');
    },
  },
  stance: {
    data: 'FNC-1 folder (train_bodies.csv + train_stances.csv + splits/: scores the dev hold-out) or a test folder; or --bodies <csv> --stances <csv>',
    async run(data, values) {
      const files = {
        ...(typeof values.bodies === 'string' ? { bodies: values.bodies } : {}),
        ...(typeof values.stances === 'string' ? { stances: values.stances } : {}),
      };
      return { ...(await runStanceEval(data, files)) } as Record<string, unknown>;
    },
    print(r) {
      const per = r.perClass as Record<string, { f1: number }>;
      return [
        `pairs: ${String(r.pairs)} (${String(r.split)} split, model ${String(r.model)})`,
        `FNC-1 score ${Number(r.fnc1Score).toFixed(2)} / ${Number(r.maxScore).toFixed(2)} = ${(100 * Number(r.relativeScore)).toFixed(2)}% · accuracy ${f3(Number(r.accuracy))} · macro F1 ${f3(Number(r.macroF1))}`,
        `F1 by class: ${Object.entries(per).map(([k, v]) => `${k} ${f3(v.f1)}`).join(' · ')}`,
        'confusion (rows gold, columns predicted: agree, disagree, discuss, unrelated):',
        ...(r.confusion as number[][]).map((line, i) => `  ${['agree', 'disagree', 'discuss', 'unrelated'][i]!.padEnd(10)} ${line.map((n) => String(n).padStart(6)).join(' ')}`),
      ].join('\n');
    },
  },
  clickbait: {
    data: 'clickbait headlines JSONL (train.jsonl: scores the documented held-out fifth)',
    async run(data) {
      return { ...(await runClickbaitEval(data)) } as Record<string, unknown>;
    },
    print(r) {
      return [
        `headlines: ${String(r.headlines)} (${String(r.part)}, model ${String(r.model)})`,
        `accuracy ${f3(Number(r.accuracy))} · precision ${f3(Number(r.precision))} · recall ${f3(Number(r.recall))} · F1 ${f3(Number(r.f1))} · ROC-AUC ${Number(r.auc).toFixed(4)}`,
      ].join('\n');
    },
  },
};

export const evalCommand: Command = {
  name: 'eval',
  summary: 'Score quality on a public dataset: eval <task> --data <path>',
  usage: `corroborate eval <task> --data <path> [--json]

Tasks:
${Object.entries(TASKS)
  .map(([name, t]) => `  ${name.padEnd(11)} ${t.data}`)
  .join('\n')}

Options:
  --split <names>   clustering: score only records of these splits (comma-separated, e.g. validation)
  --bodies <csv>    stance: a bodies CSV (with --stances: score every pair of these files)
  --stances <csv>   stance: a stances CSV with gold labels`,
  options: { ...jsonOption, data: { type: 'string' }, split: { type: 'string' }, bodies: { type: 'string' }, stances: { type: 'string' } },
  async run({ values, positionals }, io) {
    const name = positionals[0];
    const task = name === undefined ? undefined : TASKS[name];
    if (!task) throw new CorroborateError('CRB_ERR_CLI_USAGE', `eval needs a task: ${Object.keys(TASKS).join(', ')} (got "${name ?? ''}")`);
    const data = (values.data as string | undefined) ?? (name === 'stance' && typeof values.stances === 'string' ? '.' : undefined);
    if (!data) throw new CorroborateError('CRB_ERR_CLI_USAGE', `eval ${name} needs --data <path>`);
    // The scorers do not report how far they are, so the line says what runs and for how long.
    const activity = values.quiet || values.json ? undefined : createActivity(io.stderr, `scoring ${name} on ${data}`);
    let result: Record<string, unknown>;
    try {
      result = await task.run(data, values);
    } finally {
      activity?.done();
    }
    if (values.json) writeJson(io, result);
    else io.stdout.write(`${task.print(result)}\n`);
    return EXIT.ok;
  },
};
