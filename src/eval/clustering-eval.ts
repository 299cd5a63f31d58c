/**
 * Runs the story-clustering benchmark on a JSONL file in the story-clusters format (ECB+):
 * every record's `id, title, text, published, lang, source` is given to the incremental
 * clusterer in file order; the gold `cluster` is read only here, by the scorer.
 */
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { CorroborateError } from '../core/errors.js';
import { createStoryClusterer, type StoryClustererOptions } from '../corpus/cluster/story-clusterer.js';
import type { ClusterDocument } from '../corpus/cluster/story-profile.js';
import { scoreClustering, type PrecisionRecall } from './clustering-metrics.js';

/** One benchmark record: what the system may see, and the gold labels it may not. */
export interface ClusteringRecord {
  /** The part of the record given to the clusterer. */
  doc: ClusterDocument;
  /** Gold story label. */
  cluster: string;
  /** Gold coarse topic, when the file has one. */
  topic?: string;
  /** Dataset split, when the file has one. */
  split?: string;
}

/** Options for {@link runClusteringEval}. */
export interface ClusteringEvalOptions {
  /** Clusterer tuning (defaults otherwise). */
  clusterer?: StoryClustererOptions;
  /** Score only records of these splits (selection happens before clustering; the clusterer never sees the field). */
  splits?: readonly string[];
}

/** Scores of one run, in the shape `corroborate eval clustering --json` prints. */
export interface ClusteringEvalResult {
  docs: number;
  clusters: number;
  bcubed: PrecisionRecall;
  pair: PrecisionRecall;
  ari: number;
  /** Gold clusters among the scored records. */
  goldClusters: number;
  /** Mean wall time to add one report (feature extraction included). */
  msPerDoc: number;
  /** Mean CPU time of this thread per report: what one idle core would take, even on a busy machine. */
  cpuMsPerDoc: number;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** Parses a story-clusters JSONL text into records; `input` names the file in errors. */
export function parseClusteringJsonl(content: string, input: string): ClusteringRecord[] {
  const out: ClusteringRecord[] = [];
  const lines = content.split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let r: Record<string, unknown>;
    try {
      r = JSON.parse(line) as Record<string, unknown>;
    } catch (cause) {
      throw new CorroborateError('CRB_ERR_EVAL_DATA', 'a line is not valid JSON', { input, line: i + 1, cause });
    }
    const id = str(r.id);
    const text = str(r.text);
    const cluster = r.cluster === undefined || r.cluster === null ? undefined : String(r.cluster);
    if (!id || text === undefined || cluster === undefined) {
      throw new CorroborateError('CRB_ERR_EVAL_DATA', 'a record needs string `id` and `text` and a gold `cluster`', { input, line: i + 1 });
    }
    const title = str(r.title);
    const published = str(r.published);
    const topic = r.topic === undefined || r.topic === null ? undefined : String(r.topic);
    const split = str(r.split);
    out.push({
      doc: { id, text, ...(title !== undefined ? { title } : {}), ...(published !== undefined ? { published } : {}) },
      cluster,
      ...(topic !== undefined ? { topic } : {}),
      ...(split !== undefined ? { split } : {}),
    });
  });
  return out;
}

/** Reads a story-clusters JSONL file. */
export async function readClusteringFile(file: string): Promise<ClusteringRecord[]> {
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (cause) {
    throw new CorroborateError('CRB_ERR_EVAL_DATA', `cannot read ${file}`, { input: file, cause });
  }
  return parseClusteringJsonl(content, file);
}

/** Clusters `records` in order and scores the result against their gold labels. */
export function evaluateClustering(records: readonly ClusteringRecord[], options: StoryClustererOptions = {}): ClusteringEvalResult {
  const clusterer = createStoryClusterer(options);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  // Only the document part crosses over; gold fields stay on this side.
  for (const r of records) clusterer.add(r.doc);
  const cpu = process.cpuUsage(cpu0);
  const ms = performance.now() - t0;
  const gold = new Map(records.map((r) => [r.doc.id, r.cluster]));
  const s = scoreClustering(gold, clusterer.assignments());
  return {
    docs: s.docs,
    clusters: s.clusters,
    bcubed: s.bcubed,
    pair: s.pair,
    ari: s.ari,
    goldClusters: s.goldClusters,
    msPerDoc: records.length ? ms / records.length : 0,
    cpuMsPerDoc: records.length ? (cpu.user + cpu.system) / 1000 / records.length : 0,
  };
}

/** Runs the clustering benchmark on `file` (story-clusters JSONL), documents in file order. */
export async function runClusteringEval(file: string, options: ClusteringEvalOptions = {}): Promise<ClusteringEvalResult> {
  let records = await readClusteringFile(file);
  if (options.splits) {
    const keep = new Set(options.splits);
    records = records.filter((r) => r.split !== undefined && keep.has(r.split));
  }
  if (records.length === 0) throw new CorroborateError('CRB_ERR_EVAL_DATA', 'no records to score', { input: file });
  return evaluateClustering(records, options.clusterer);
}
