import { createReportPipeline } from '../../analyze/pipeline.js';
import { prepareAnalysis } from '../../analyze/prepare.js';
import { CorroborateError } from '../../core/errors.js';
import { createStoryUpdater } from '../../corpus/stories/story-updater.js';
import { DEFAULT_MAX_BYTES } from '../../ingest/ingest.js';
import { createLocalRunner, createWorkerRunner, defaultJobs } from '../../run/report-runner.js';
import { DEFAULT_FEED_INTERVAL_MS, DEFAULT_PATH_INTERVAL_MS, resolveWatchSources } from '../../run/watch/resolve-sources.js';
import { DEFAULT_MAX_BACKOFF_MS, runWatch } from '../../run/watch/run-watch.js';
import { EXIT } from '../exit-codes.js';
import { dbOption, intOption, jsonOption, openStore, quietOption, secondsOption } from '../options.js';
import { createWatchPrinter } from '../watch-printer.js';
import { usePlacesFiles } from '../../analyze/places/user-places.js';
import type { Command } from '../main.js';

/** Exit code after a second Ctrl-C, which stops at once (128 + SIGINT, as shells report it). */
const EXIT_INTERRUPTED = 130;

export const watchCommand: Command = {
  name: 'watch',
  summary: 'Keep ingesting: new files in folders and new items of feeds, as they appear',
  usage: `corroborate watch <folder|file|feed URL…> [options]

Polls each source and runs what is new through the same pipeline, store and story update as
analyze. Folders are read recursively; a file is read once it has stopped growing (the same size
and mtime at two polls in a row), and a changed file again only if its content differs. Feeds
(RSS, Atom) are fetched like analyze fetches URLs; an item is read once, known by its guid or id,
else its link. What was read is remembered in the database, so a restart reads nothing twice.
A source that fails (a folder gone, a feed answering 500) is retried with a growing delay, and the
other sources go on. Ctrl-C or SIGTERM: the batch in flight is finished and committed, then exit 0
(a second Ctrl-C stops at once, exit ${EXIT_INTERRUPTED}). See docs/watch.md.

Options:
  --db <file>            SQLite database (default ./corroborate.db; created if missing)
  --interval <s>         seconds between polls (default ${DEFAULT_PATH_INTERVAL_MS / 1000} for folders and files, ${DEFAULT_FEED_INTERVAL_MS / 1000} for feeds)
  --max-backoff <s>      longest wait before retrying a failing source (default ${DEFAULT_MAX_BACKOFF_MS / 1000})
  --once                 one pass over every source, then exit (for cron and scripts)
  --json                 one JSON object per line per event: {"event":"stored"|"skipped"|"error"|"poll", …}
  --max-bytes <n>        size limit per input or record (default ${DEFAULT_MAX_BYTES})
  --timeout <ms>         feed fetch timeout (default 15000)
  --allow-private        allow feeds on private, loopback and link-local addresses
  --batch <n>            reports per transaction (default 64)
  --jobs <n>             worker threads for per-report analysis (default: one per core; 1 = none)
  --places <file>        extra gazetteer places (GeoNames dump lines; repeatable; see docs/places.md)
  --skip-stories         store reports only; stories catch up on the next analyze or watch

Exit codes: 0 stopped by a signal, or --once with no error; 1 --once with some errors (the rest
was stored); 2 bad command line; 3 --once and no source could be read.`,
  options: {
    ...dbOption,
    ...jsonOption,
    ...quietOption,
    interval: { type: 'string' },
    'max-backoff': { type: 'string' },
    once: { type: 'boolean' },
    'max-bytes': { type: 'string' },
    timeout: { type: 'string' },
    'allow-private': { type: 'boolean' },
    batch: { type: 'string' },
    jobs: { type: 'string' },
    'skip-stories': { type: 'boolean' },
    places: { type: 'string', multiple: true },
  },
  async run({ values, positionals }, io) {
    if (positionals.length === 0) throw new CorroborateError('CRB_ERR_CLI_USAGE', 'watch needs at least one folder, file or feed URL');
    const interval = values.interval === undefined ? undefined : secondsOption(values, 'interval', 0);
    const sources = resolveWatchSources(positionals, interval);
    const maxBackoffMs = secondsOption(values, 'max-backoff', DEFAULT_MAX_BACKOFF_MS);
    const maxBytes = intOption(values, 'max-bytes', DEFAULT_MAX_BYTES);
    const timeoutMs = intOption(values, 'timeout', 15_000);
    const batchSize = Math.max(1, intOption(values, 'batch', 64));
    const jobs = Math.max(1, intOption(values, 'jobs', defaultJobs()));
    const json = !!values.json;
    const quiet = !!values.quiet;
    const once = !!values.once;
    const printer = createWatchPrinter(io, { json, quiet });

    // Before any worker starts: workers read the places files from the environment.
    if (values.places) usePlacesFiles(values.places as string[]);
    await prepareAnalysis();
    const store = openStore(values, { create: true });
    const runner = jobs > 1 ? createWorkerRunner(jobs) : createLocalRunner(createReportPipeline());
    const stop = new AbortController();
    let signals = 0;
    const onSignal = () => {
      if (++signals > 1) process.exit(EXIT_INTERRUPTED);
      if (!json && !quiet) io.stderr.write('corroborate: stopping after the batch in flight (Ctrl-C again to stop at once)\n');
      stop.abort();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    try {
      if (!json && !quiet) {
        const list = sources.map((s) => `${s.input} (every ${s.intervalMs / 1000} s)`).join(', ');
        io.stderr.write(`corroborate: watching ${list} into ${String(values.db)}${once ? ', one pass' : '; Ctrl-C stops'}\n`);
      }
      const summary = await runWatch({
        store,
        runner,
        sources,
        ingest: { maxBytes, timeoutMs, allowPrivateAddresses: !!values['allow-private'] },
        ...(values['skip-stories'] ? {} : { stories: createStoryUpdater(store) }),
        batchSize,
        once,
        maxBackoffMs,
        signal: stop.signal,
        onEvent: (e) => printer.event(e),
        progress: (source, total) => printer.progress(source, total),
      });
      if (!json && !quiet) {
        io.stdout.write(
          `${once ? 'one pass' : 'watch stopped'}: ${summary.stored} reports stored · ${summary.skipped} already stored · ${summary.failed} failed · ` +
            `${summary.sourceErrors} source errors · ${summary.polls} polls (see: corroborate list --db ${String(values.db)})\n`,
        );
      }
      if (!once) return EXIT.ok;
      if (summary.deadSources === sources.length) return EXIT.fatal;
      return summary.failed + summary.sourceErrors > 0 ? EXIT.someFailed : EXIT.ok;
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await runner.close();
      await store.close();
    }
  },
};
