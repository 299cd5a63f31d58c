/**
 * Where exports are written: any stream that may push back (a file, stdout, a socket). Writers
 * wait for it to drain instead of queueing a whole store in memory.
 */
import { EventEmitter, once } from 'node:events';

/** A writable that signals backpressure the way Node streams do. */
export interface ExportSink {
  write(chunk: string): boolean;
  once(event: 'drain', listener: () => void): unknown;
}

/** Writes a chunk, waiting for `drain` when the sink asks for it. */
export async function writeChunk(out: ExportSink, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out as unknown as NodeJS.EventEmitter, 'drain');
}

/** A sink that keeps what is written in memory: for exports into a string (an API answer, a test). */
export function stringSink(): ExportSink & { text: () => string } {
  let out = '';
  return Object.assign(new EventEmitter(), {
    write(chunk: string) {
      out += chunk;
      return true;
    },
    text: () => out,
  });
}
