import type { CorroborateError } from '../core/errors.js';
import type { CleanDocument, RawReport } from '../model/document.js';
import type { IngestFailure, Store } from '../store/store.js';
import type { ReportRunner } from './report-runner.js';

export type IngestEvent = { kind: 'report'; report: RawReport } | { kind: 'error'; error: CorroborateError };

export interface AnalyzeOptions {
  store: Store;
  /** Runs the per-report pipeline (in this thread or on workers). */
  runner: ReportRunner;
  /** Documents per transaction: a crash loses at most the batch in flight. */
  batchSize?: number;
  /** Called after each input is dealt with, for progress displays. */
  onProgress?: (p: AnalyzeProgress) => void;
  /** Called for each failed input as it happens. */
  onFailure?: (f: IngestFailure) => void;
  /** Called after each batch is committed, with the reports it analysed (the cross-report layer updates here). */
  onStored?: (docs: readonly CleanDocument[]) => Promise<void>;
}

export interface AnalyzeProgress {
  seen: number;
  stored: number;
  skipped: number;
  failed: number;
}

export interface AnalyzeSummary extends AnalyzeProgress {
  runId: number;
  failures: IngestFailure[];
  /** Ids of the reports this run stored, in input order. */
  storedIds: string[];
  seconds: number;
}

function toFailure(e: CorroborateError): IngestFailure {
  const f: IngestFailure = { input: e.input ?? '(unknown input)', code: e.code, message: e.message };
  if (e.line !== undefined) f.line = e.line;
  return f;
}

/**
 * Runs ingest events through the per-report pipeline into the store. Each report's failure is
 * recorded against its input and the batch goes on; stored batches are committed as they fill,
 * and reports already stored are skipped before any work, so a re-run resumes.
 */
export async function analyzeInputs(events: AsyncIterable<IngestEvent>, inputs: readonly string[], opts: AnalyzeOptions): Promise<AnalyzeSummary> {
  const { store, runner } = opts;
  const batchSize = opts.batchSize ?? 64;
  const started = performance.now();
  const runId = await store.startRun(inputs);
  const progress: AnalyzeProgress = { seen: 0, stored: 0, skipped: 0, failed: 0 };
  const failures: IngestFailure[] = [];
  const storedIds: string[] = [];
  let pending: RawReport[] = [];
  let inflight: Promise<void> = Promise.resolve();
  const seenIds = new Set<string>();

  const fail = (e: CorroborateError) => {
    const f = toFailure(e);
    failures.push(f);
    progress.failed++;
    opts.onFailure?.(f);
  };

  const flush = async (batch: RawReport[]) => {
    if (batch.length === 0) return;
    const known = await store.existing(batch.map((r) => r.id));
    const todo = batch.filter((r) => !known.has(r.id));
    progress.skipped += batch.length - todo.length;
    const done: CleanDocument[] = [];
    for (const result of await runner.run(todo)) {
      if (result.ok) done.push(result.doc);
      else fail(result.error);
    }
    const added = await store.putReports(done);
    if (done.length && opts.onStored) await opts.onStored(done);
    progress.stored += added;
    progress.skipped += done.length - added;
    for (const d of done) storedIds.push(d.id);
    opts.onProgress?.({ ...progress });
  };

  for await (const ev of events) {
    progress.seen++;
    if (ev.kind === 'error') {
      fail(ev.error);
      opts.onProgress?.({ ...progress });
      continue;
    }
    // The same report twice in one run (a copy in two folders) is one report.
    if (seenIds.has(ev.report.id)) {
      progress.skipped++;
      continue;
    }
    seenIds.add(ev.report.id);
    pending.push(ev.report);
    if (pending.length >= batchSize) {
      // Read the next batch while this one is analysed; batches still commit in input order.
      const batch = pending;
      pending = [];
      await inflight;
      inflight = flush(batch);
    }
  }
  await inflight;
  await flush(pending);
  await store.recordFailures(runId, failures);
  const seconds = (performance.now() - started) / 1000;
  await store.finishRun(runId, { ...progress, seconds });
  return { ...progress, runId, failures, storedIds, seconds };
}
