import type { WatchEvent } from '../run/watch/watch-types.js';
import type { WorkProgress } from '../run/watch/run-watch.js';
import { createProgress } from './progress.js';
import type { CliIO } from './main.js';

/** Prints a watch's events for people (or as JSON lines) and draws its progress. */
export interface WatchPrinter {
  event(e: WatchEvent): void;
  progress(source: string, total: number): WorkProgress;
}

const seconds = (s: number) => `${s >= 10 ? Math.round(s) : Number(s.toFixed(1))} s`;

/**
 * `--json`: one JSON object per line on stdout for every event (`--quiet` keeps the errors
 * only). Otherwise stored and already-stored reports go to stdout, one line each, and errors to
 * stderr in the `input[:line]: CODE message` shape every command uses; polls are not printed.
 */
export function createWatchPrinter(io: CliIO, mode: { json: boolean; quiet: boolean }): WatchPrinter {
  let drawing: WorkProgress | undefined;
  // A line printed while the progress line is drawn would be run into it: clear it first.
  const clear = () => drawing?.done();
  return {
    event(e) {
      if (mode.json) {
        if (!mode.quiet || e.event === 'error') io.stdout.write(`${JSON.stringify(e)}\n`);
        return;
      }
      if (e.event === 'error') {
        clear();
        const where = `${e.input}${e.line === undefined ? '' : `:${e.line}`}`;
        const retry = e.retryInSeconds === undefined ? '' : ` (watching goes on; ${e.source} is tried again in ${seconds(e.retryInSeconds)})`;
        io.stderr.write(`${where}: ${e.code} ${e.message}${retry}\n`);
        return;
      }
      if (mode.quiet || e.event === 'poll') return;
      clear();
      const where = `${e.input}${e.line === undefined ? '' : `:${e.line}`}`;
      if (e.event === 'stored') io.stdout.write(`stored ${e.id}  ${e.headline ?? e.url ?? ''}  ← ${e.url && e.headline ? e.url : where}\n`);
      else io.stdout.write(`already stored ${e.id}  ← ${e.url ?? where}\n`);
    },
    progress(source, total) {
      if (mode.json || mode.quiet) return { update() {}, done() {} };
      const bar = createProgress(io.stderr, total);
      const name = source.length > 40 ? `…${source.slice(-39)}` : source;
      drawing = {
        update: (done, label) => bar.update(done, `${name}: ${label}`),
        done: () => bar.done(),
      };
      return drawing;
    },
  };
}
