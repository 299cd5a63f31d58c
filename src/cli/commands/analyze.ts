import { ingest } from '../../ingest/ingest.js';
import { createReportPipeline } from '../../analyze/pipeline.js';
import { prepareAnalysis } from '../../analyze/prepare.js';
import { analyzeInputs } from '../../run/analyze-inputs.js';
import { createLocalRunner, createWorkerRunner, defaultJobs } from '../../run/report-runner.js';
import { CorroborateError } from '../../core/errors.js';
import { EXIT } from '../exit-codes.js';
import { countInputs } from '../count-inputs.js';
import { createProgress, NO_PROGRESS } from '../progress.js';
import { createInputCounter } from '../../run/watch/input-counter.js';
import { createStoryUpdater, type StoryUpdate } from '../../corpus/stories/story-updater.js';
import { dbOption, intOption, jsonOption, openStore, writeJson } from '../options.js';
import { usePlacesFiles } from '../../analyze/places/user-places.js';
import type { Command } from '../main.js';

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'Ingest files, folders, feeds or URLs; clean and read each report; store the results',
  usage: `corroborate analyze <input…> [options]

Inputs: files (.txt .html .htm .jsonl .warc .warc.gz .rss .atom .xml, and .gz of these),
folders (read recursively), http(s) URLs of pages or RSS/Atom feeds.

Options:
  --db <file>            SQLite database (default ./corroborate.db)
  --json                 print the summary as JSON
  --max-bytes <n>        size limit per input or record (default 52428800)
  --timeout <ms>         URL fetch timeout (default 15000)
  --allow-private        allow URLs on private, loopback and link-local addresses
  --batch <n>            reports per transaction (default 64)
  --jobs <n>             worker threads for per-report analysis (default: one per core; 1 = none)
  --places <file>        extra gazetteer places (GeoNames dump lines; repeatable; see docs/places.md)
  --skip-stories         store reports only; the cross-report layer (stories, origins,
                         corroboration) catches up on the next run without this flag

Exit codes: 0 all inputs stored; 1 some inputs failed (the others were stored);
2 bad command line; 3 nothing stored (store unusable or every input failed).`,
  options: {
    ...dbOption,
    ...jsonOption,
    quiet: { type: 'boolean', short: 'q' },
    'max-bytes': { type: 'string' },
    timeout: { type: 'string' },
    'allow-private': { type: 'boolean' },
    batch: { type: 'string' },
    jobs: { type: 'string' },
    'skip-stories': { type: 'boolean' },
    places: { type: 'string', multiple: true },
  },
  async run({ values, positionals }, io) {
    if (positionals.length === 0) throw new CorroborateError('CRB_ERR_CLI_USAGE', 'analyze needs at least one input (file, folder or URL)');
    const maxBytes = intOption(values, 'max-bytes', 50 * 1024 * 1024);
    const timeoutMs = intOption(values, 'timeout', 15_000);
    const batchSize = Math.max(1, intOption(values, 'batch', 64));
    const jobs = Math.max(1, intOption(values, 'jobs', defaultJobs()));
    // Before any worker starts: workers read the places files from the environment.
    if (values.places) usePlacesFiles(values.places as string[]);
    await prepareAnalysis();
    const store = openStore(values, { create: true });
    const runner = jobs > 1 ? createWorkerRunner(jobs) : createLocalRunner(createReportPipeline());
    const quiet = !!values.quiet || !!values.json;
    // The bar counts files (known beforehand, by a walk of the folders), not reports.
    const showProgress = !quiet && !!io.stderr.isTTY;
    const progress = showProgress ? createProgress(io.stderr, await countInputs(positionals)) : NO_PROGRESS;
    const inputsDone = createInputCounter();
    let filesDone = 0;
    const stories = values['skip-stories'] ? undefined : createStoryUpdater(store);
    const storyTotals: StoryUpdate = { added: 0, written: 0, removed: 0, stories: 0 };
    const count = (u: StoryUpdate) => {
      storyTotals.added += u.added;
      storyTotals.written += u.written;
      storyTotals.removed += u.removed;
      storyTotals.stories = u.stories;
    };
    try {
      // Reports stored by an earlier run that stopped (or skipped stories) join first.
      if (stories) count(await stories.catchUp());
      const items = ingest(positionals, { maxBytes, timeoutMs, allowPrivateAddresses: !!values['allow-private'] });
      const events = (async function* () {
        for await (const item of items) {
          filesDone = inputsDone(item);
          yield item;
        }
      })();
      const summary = await analyzeInputs(events, positionals, {
        store,
        runner,
        batchSize,
        ...(stories ? { onStored: async (docs) => count(await stories.update(docs)) } : {}),
        onProgress: (p) => progress.update(filesDone, `stored ${p.stored} · skipped ${p.skipped} · failed ${p.failed}`),
        onFailure: (f) => {
          progress.done();
          io.stderr.write(`${f.input}${f.line ? `:${f.line}` : ''}: ${f.code} ${f.message}\n`);
        },
      });
      progress.done();
      if (values.json) {
        writeJson(io, {
          db: String(values.db),
          run: summary.runId,
          seen: summary.seen,
          stored: summary.stored,
          skipped: summary.skipped,
          failed: summary.failed,
          seconds: Number(summary.seconds.toFixed(3)),
          peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
          storedIds: summary.storedIds,
          failures: summary.failures,
          ...(stories ? { stories: { reportsAdded: storyTotals.added, storiesWritten: storyTotals.written, storiesRemoved: storyTotals.removed, total: storyTotals.stories } } : {}),
        });
      } else if (!values.quiet) {
        io.stdout.write(
          `${summary.seen} read · ${summary.stored} reports stored · ${summary.skipped} already stored · ${summary.failed} failed · ${summary.seconds.toFixed(2)} s\n` +
            (stories ? `stories: ${storyTotals.stories} (${storyTotals.written} written from ${storyTotals.added} new reports; see: corroborate stories --db ${String(values.db)})\n` : '') +
            `database: ${String(values.db)} (see: corroborate list --db ${String(values.db)})\n`,
        );
      }
      if (summary.failed === 0) return EXIT.ok;
      return summary.stored + summary.skipped > 0 ? EXIT.someFailed : EXIT.fatal;
    } finally {
      await runner.close();
      await store.close();
    }
  },
};
