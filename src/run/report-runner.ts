import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { CorroborateError, isCorroborateError, type ErrorCode } from '../core/errors.js';
import type { Pipeline } from '../core/stage.js';
import { isClean, type CleanDocument, type RawReport, type ReportDocument } from '../model/document.js';

/** What running the pipeline on one report gave: the document, or that report's failure. */
export type RunResult = { ok: true; doc: CleanDocument } | { ok: false; error: CorroborateError };

/** Runs the per-report pipeline over batches; results come back in input order. */
export interface ReportRunner {
  run(reports: readonly RawReport[]): Promise<RunResult[]>;
  close(): Promise<void>;
}

/** Starts a document from what ingest produced. */
export function startDocument(report: RawReport): ReportDocument {
  return { id: report.id, source: report.source, format: report.format, given: report.given, raw: report.raw, data: {}, findings: [] };
}

/** One report through the pipeline; a failure belongs to the report, never to the batch. */
export function runOne(pipeline: Pipeline, report: RawReport): RunResult {
  try {
    const doc = pipeline.run(startDocument(report));
    if (!isClean(doc)) throw new Error(`pipeline left report ${report.id} without cleaned text`);
    return { ok: true, doc };
  } catch (e) {
    if (isCorroborateError(e)) return { ok: false, error: e };
    const opts = { input: report.source.location, ...(report.source.line ? { line: report.source.line } : {}), cause: e };
    return { ok: false, error: new CorroborateError('CRB_ERR_ANALYZE_FAILED', `analysis failed: ${(e as Error)?.message ?? String(e)}`, opts) };
  }
}

/** Runs in the calling thread: simplest, and what tests and one-core runs use. */
export function createLocalRunner(pipeline: Pipeline): ReportRunner {
  return {
    async run(reports) {
      return reports.map((r) => runOne(pipeline, r));
    },
    async close() {},
  };
}

/** A failure as it crosses the thread boundary (Error subclasses lose their class on the way). */
export interface WireFailure {
  code: ErrorCode;
  message: string;
  input?: string;
  line?: number;
}

export type WireResult = { ok: true; doc: CleanDocument } | { ok: false; error: WireFailure };

function fromWire(r: WireResult): RunResult {
  if (r.ok) return r;
  const { code, message, input, line } = r.error;
  return { ok: false, error: new CorroborateError(code, message, { ...(input !== undefined ? { input } : {}), ...(line !== undefined ? { line } : {}) }) };
}

/** How many pipeline workers to start by default: one per core. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Spreads a batch over worker threads (the stages are pure, so each worker holds its own
 * pipeline). The main thread keeps ingest and the store, which are IO-bound.
 */
export function createWorkerRunner(jobs: number): ReportRunner {
  // Running from source (tsx) the worker is a .ts file; installed, the compiled .js.
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(`./pipeline-worker${fromSource ? '.ts' : '.js'}`, import.meta.url);
  const spawn = () =>
    fromSource ? new Worker(new URL('./ts-worker-boot.mjs', import.meta.url), { workerData: { entry: entry.href } }) : new Worker(entry);
  const workers = Array.from({ length: jobs }, spawn);
  let nextTask = 0;
  const waiting = new Map<number, (r: WireResult) => void>();
  let broken: Error | undefined;
  for (const w of workers) {
    w.on('message', (m: { task: number; result: WireResult }) => {
      const resolve = waiting.get(m.task);
      waiting.delete(m.task);
      resolve?.(m.result);
    });
    w.on('error', (e) => {
      broken = e;
      for (const [task, resolve] of waiting) {
        waiting.delete(task);
        resolve({ ok: false, error: { code: 'CRB_ERR_ANALYZE_FAILED', message: `worker failed: ${e.message}` } });
      }
    });
  }
  return {
    async run(reports) {
      if (broken) throw broken;
      const results = reports.map((report, i) => {
        const task = nextTask++;
        return new Promise<WireResult>((resolve) => {
          waiting.set(task, resolve);
          workers[i % workers.length]!.postMessage({ task, report });
        });
      });
      return (await Promise.all(results)).map(fromWire);
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
