/** A one-line progress display on a terminal; silent elsewhere so logs and pipes stay clean. */
export interface Progress {
  update(done: number, label: string): void;
  done(): void;
}

export function createProgress(stream: NodeJS.WriteStream, total?: number): Progress {
  if (!stream.isTTY) return { update() {}, done() {} };
  const started = Date.now();
  let last = 0;
  return {
    update(done, label) {
      const now = Date.now();
      if (now - last < 80) return; // redraw at most ~12 times a second
      last = now;
      const rate = done / Math.max(0.001, (now - started) / 1000);
      let bar = '';
      if (total && total > 0) {
        const width = 24;
        const filled = Math.min(width, Math.round((done / total) * width));
        const eta = rate > 0 ? Math.max(0, (total - done) / rate) : 0;
        bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ETA ${eta.toFixed(0)}s `;
      } else {
        bar = `${done} `;
      }
      stream.write(`\r\x1b[2K${bar}${rate.toFixed(0)}/s ${label}`.slice(0, (stream.columns ?? 100) - 1));
    },
    done() {
      stream.write('\r\x1b[2K');
    },
  };
}
