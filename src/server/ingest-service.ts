import { createReportPipeline } from '../analyze/pipeline.js';
import { prepareAnalysis } from '../analyze/prepare.js';
import type { IngestItem } from '../ingest/ingest-item.js';
import { analyzeInputs } from '../run/analyze-inputs.js';
import { createLocalRunner, type ReportRunner } from '../run/report-runner.js';
import type { IngestFailure, Store } from '../store/store.js';
import type { StoryUpdater } from '../corpus/stories/story-updater.js';

/** What one ingest request did. */
export interface IngestResult {
  /** Reports of the request now in the store (stored by it or before), in input order, once each. */
  ids: string[];
  /** Reports this request stored. */
  stored: string[];
  /** Reports already stored before (same content). */
  existing: string[];
  failures: IngestFailure[];
  run: number;
}

const nextTick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * The per-report pipeline in the server's thread, letting the event loop breathe between reports
 * so reads are still answered while a large upload is analysed.
 */
export async function createServerRunner(): Promise<ReportRunner> {
  await prepareAnalysis();
  const local = createLocalRunner(createReportPipeline());
  return {
    async run(reports) {
      const results = [];
      for (const r of reports) {
        await nextTick();
        results.push(...(await local.run([r])));
      }
      return results;
    },
    close: () => local.close(),
  };
}

async function* fromArray<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

/**
 * Analyses and stores what ingest read from one request, as `corroborate analyze` does (one run
 * recorded, failures kept with their codes, stories updated when an updater is given), and tells
 * which reports are new and which were known.
 */
export async function storeItems(items: readonly IngestItem[], inputs: readonly string[], store: Store, runner: ReportRunner, stories?: StoryUpdater): Promise<IngestResult> {
  const ids = [...new Set(items.flatMap((it) => (it.kind === 'report' ? [it.report.id] : [])))];
  const before = await store.existing(ids);
  // Small batches: each report is committed as soon as it is analysed.
  // Stories are updated as each report is committed, so a read right after the answer sees them.
  const summary = await analyzeInputs(fromArray(items), inputs, {
    store,
    runner,
    batchSize: 1,
    ...(stories ? { onStored: async (docs) => void (await stories.update(docs)) } : {}),
  });
  const analysed = new Set(summary.storedIds);
  return {
    ids: ids.filter((id) => before.has(id) || analysed.has(id)),
    stored: summary.storedIds.filter((id) => !before.has(id)),
    existing: ids.filter((id) => before.has(id)),
    failures: summary.failures,
    run: summary.runId,
  };
}
