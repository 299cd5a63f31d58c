import { isCorroborateError, type CorroborateError } from '../../core/errors.js';
import type { StoryUpdater } from '../../corpus/stories/story-updater.js';
import type { IngestOptions } from '../../ingest/ingest.js';
import type { Store } from '../../store/store.js';
import { analyzeInputs, type IngestEvent } from '../analyze-inputs.js';
import type { ReportRunner } from '../report-runner.js';
import { pollDelay } from './backoff.js';
import { createFeedSource } from './feed-source.js';
import { createInputCounter } from './input-counter.js';
import { MarkBook } from './mark-book.js';
import { createPathSource } from './path-source.js';
import { createSerialLock } from './serial-lock.js';
import { sleep } from './sleep.js';
import type { PollEvent, Scan, WatchEvent, WatchSource, WatchSourceKind } from './watch-types.js';

/** One input to watch, as the command line resolved it. */
export interface WatchSourceSpec {
  /** An absolute path (folder or file), or an http(s) URL. */
  input: string;
  kind: WatchSourceKind;
  intervalMs: number;
}

/** A progress display for the reading of one poll's new files or items. */
export interface WorkProgress {
  update(done: number, label: string): void;
  done(): void;
}

export interface WatchOptions {
  store: Store;
  runner: ReportRunner;
  sources: readonly WatchSourceSpec[];
  /** Size caps, fetch timeout and the private-address guard, as for `analyze`. */
  ingest: IngestOptions;
  /** Keeps stories up to date as reports are stored; none leaves that to a later `analyze`. */
  stories?: StoryUpdater;
  /** Reports per transaction. Default 64. */
  batchSize?: number;
  /** One pass over every source, then return. */
  once?: boolean;
  /** Longest wait between polls of a failing source. Default 300 s. */
  maxBackoffMs?: number;
  /** Stops the watch: the batch in flight is finished and committed first. */
  signal?: AbortSignal;
  onEvent?: (e: WatchEvent) => void;
  /** Starts a progress display for a poll that has `total` files or items to read. */
  progress?: (source: string, total: number) => WorkProgress;
}

/** Totals of a watch, for its last words and exit code. */
export interface WatchSummary {
  polls: number;
  stored: number;
  skipped: number;
  /** Inputs that failed (broken files, feed items without text, reports that failed analysis). */
  failed: number;
  /** Polls at which a whole source could not be read. */
  sourceErrors: number;
  /** Sources whose every poll failed. */
  deadSources: number;
}

/** Default cap on the wait between polls of a failing source: five minutes. */
export const DEFAULT_MAX_BACKOFF_MS = 300_000;

interface PollResult {
  read: number;
  stored: number;
  skipped: number;
  failed: number;
  pending: number;
  sourceError?: CorroborateError;
}

/**
 * Watches folders, files and feeds, and runs what appears in them through the same pipeline,
 * store and story update as `analyze`. Each source polls on its own schedule and backs off on its
 * own errors, so one failing source never holds up the others; the analysis of what they find is
 * done one poll at a time. What was read is remembered in the store (watch marks), so a restart
 * reads nothing twice. Returns when `signal` aborts (after committing the batch in flight) or,
 * with `once`, after one pass.
 */
export async function runWatch(opts: WatchOptions): Promise<WatchSummary> {
  const { store, runner, signal } = opts;
  const emit = opts.onEvent ?? (() => {});
  const maxBackoffMs = opts.maxBackoffMs ?? DEFAULT_MAX_BACKOFF_MS;
  const stopped = () => signal?.aborted === true;
  const lock = createSerialLock();
  const summary: WatchSummary = { polls: 0, stored: 0, skipped: 0, failed: 0, sourceErrors: 0, deadSources: 0 };

  const sources: WatchSource[] = [];
  for (const spec of opts.sources) {
    const book = await MarkBook.load(store, spec.input);
    sources.push(spec.kind === 'feed' ? createFeedSource(spec.input, spec.intervalMs, book, opts.ingest) : createPathSource(spec.input, spec.intervalMs, book, opts.ingest));
  }

  // Reports stored by an earlier run that stopped before its story update join first.
  if (opts.stories) await opts.stories.catchUp();

  /** Reads what one scan found, under the lock: analysis, store, stories, then the marks. */
  const read = (source: WatchSource, scan: Scan): Promise<PollResult> =>
    lock.run(async () => {
      const result: PollResult = { read: scan.units, stored: 0, skipped: 0, failed: 0, pending: scan.pending };
      if (scan.units === 0 || stopped()) return result;
      const offered = new Map<string, { input: string; line?: number; url?: string }>();
      const stored = new Set<string>();
      // Progress in the scan's units: files for a folder, reports for a feed.
      const inputsDone = source.kind === 'path' ? createInputCounter() : undefined;
      let done = 0;
      const progress = opts.progress?.(source.name, scan.units);
      async function* events(): AsyncGenerator<IngestEvent> {
        for await (const item of scan.items(stopped)) {
          if (item.kind === 'report') {
            const s = item.report.source;
            offered.set(item.report.id, { input: s.location, ...(s.line === undefined ? {} : { line: s.line }), ...(s.url === undefined ? {} : { url: s.url }) });
          }
          done = inputsDone ? inputsDone(item) : done + 1;
          yield item;
        }
      }
      try {
        const run = await analyzeInputs(events(), [source.name], {
          store,
          runner,
          ...(opts.batchSize === undefined ? {} : { batchSize: opts.batchSize }),
          onStored: async (docs) => {
            for (const d of docs) {
              stored.add(d.id);
              const where = offered.get(d.id);
              emit({
                event: 'stored',
                source: source.name,
                id: d.id,
                input: where?.input ?? d.source.location,
                ...(where?.line === undefined ? {} : { line: where.line }),
                ...(where?.url === undefined ? {} : { url: where.url }),
                ...(d.meta.headline ? { headline: d.meta.headline.value } : {}),
              });
            }
            if (opts.stories) await opts.stories.update(docs);
          },
          onFailure: (f) => {
            progress?.done();
            emit({ event: 'error', source: source.name, input: f.input, ...(f.line === undefined ? {} : { line: f.line }), code: f.code, message: f.message });
          },
          onProgress: (p) => progress?.update(done, `stored ${p.stored} · skipped ${p.skipped} · failed ${p.failed}`),
        });
        result.failed = run.failed;
      } finally {
        progress?.done();
      }
      // Only now is everything the scan yielded committed: remember it.
      await scan.commit();
      const notStored = [...offered.keys()].filter((id) => !stored.has(id));
      for (const id of await store.existing(notStored)) {
        const where = offered.get(id)!;
        emit({ event: 'skipped', source: source.name, id, ...where });
        result.skipped++;
      }
      result.stored = stored.size;
      return result;
    });

  /** One poll of a source: a scan, a second look after one interval for `once` when files are still growing, then the reading. */
  const poll = async (source: WatchSource): Promise<PollResult> => {
    let scan = await source.scan();
    if (opts.once && scan.pending > 0 && !stopped()) {
      await sleep(source.intervalMs, signal);
      scan = await source.scan();
    }
    const result = await read(source, scan);
    return scan.sourceError ? { ...result, sourceError: scan.sourceError } : result;
  };

  const watchOne = async (source: WatchSource): Promise<void> => {
    let errorsInRow = 0;
    let succeeded = false;
    while (!stopped()) {
      let result: PollResult | undefined;
      let failure: CorroborateError | undefined;
      try {
        result = await poll(source);
        failure = result.sourceError;
      } catch (e) {
        if (!isCorroborateError(e)) throw e;
        failure = e;
      }
      summary.polls++;
      errorsInRow = failure ? errorsInRow + 1 : 0;
      if (!failure) succeeded = true;
      const delay = pollDelay(source.intervalMs, errorsInRow, maxBackoffMs);
      const next = opts.once ? {} : { nextInSeconds: delay / 1000 };
      if (result) {
        summary.stored += result.stored;
        summary.skipped += result.skipped;
        summary.failed += result.failed;
        const ev: PollEvent = { event: 'poll', source: source.name, read: result.read, stored: result.stored, skipped: result.skipped, failed: result.failed, pending: result.pending, ...next };
        emit(ev);
      }
      if (failure) {
        summary.sourceErrors++;
        emit({
          event: 'error',
          source: source.name,
          input: failure.input ?? source.name,
          ...(failure.line === undefined ? {} : { line: failure.line }),
          code: failure.code,
          message: failure.message,
          ...(opts.once ? {} : { retryInSeconds: delay / 1000 }),
        });
      }
      if (opts.once) break;
      await sleep(delay, signal);
    }
    if (!succeeded) summary.deadSources++;
  };

  await Promise.all(sources.map(watchOne));
  return summary;
}
