/** A one-line progress display on a terminal; silent elsewhere so logs and pipes stay clean. */
export interface Progress {
  update(done: number, label: string): void;
  done(): void;
}

/** A display that draws nothing: for pipes, logs, `--quiet` and `--json`. */
export const NO_PROGRESS: Progress = { update() {}, done() {} };

/** `42s`, `3m05s`, `1h02m`: short enough for a progress line. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/**
 * The progress line of long work. With a `total`: a bar, `done/total`, the rate and the time left
 * at that rate; without one, the count and the rate. Drawn on a TTY only, at most ~12 times a
 * second, cut to the terminal's width.
 */
export function createProgress(stream: NodeJS.WriteStream, total?: number): Progress {
  if (!stream.isTTY) return NO_PROGRESS;
  const started = Date.now();
  let last = 0;
  return {
    update(done, label) {
      const now = Date.now();
      if (now - last < 80) return;
      last = now;
      const elapsed = Math.max(0.001, (now - started) / 1000);
      const rate = done / elapsed;
      let bar: string;
      if (total && total > 0) {
        const width = 24;
        const filled = Math.min(width, Math.round((done / total) * width));
        const eta = rate > 0 ? formatDuration((total - done) / rate) : '?';
        bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ETA ${eta} `;
      } else {
        bar = `${done} `;
      }
      const perSecond = rate >= 10 ? rate.toFixed(0) : rate.toFixed(1);
      stream.write(`\r\x1b[2K${bar}${perSecond}/s ${label}`.slice(0, (stream.columns ?? 100) - 1));
    },
    done() {
      stream.write('\r\x1b[2K');
    },
  };
}

/**
 * A line for work whose size is not known beforehand (an evaluation run): what is being done and
 * for how long, redrawn every half second on a TTY. `done()` clears it.
 */
export function createActivity(stream: NodeJS.WriteStream, label: string): { done(): void } {
  if (!stream.isTTY) return { done() {} };
  const started = Date.now();
  const draw = () => stream.write(`\r\x1b[2K${label} · ${formatDuration((Date.now() - started) / 1000)}`.slice(0, (stream.columns ?? 100) - 1));
  draw();
  const timer = setInterval(draw, 500);
  timer.unref();
  return {
    done() {
      clearInterval(timer);
      stream.write('\r\x1b[2K');
    },
  };
}
