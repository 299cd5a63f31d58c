/**
 * Runs the CLI in-process with its output captured: for embedding corroborate in another Node
 * program and for tests, which then exercise the same argument parsing and error boundary as
 * the `corroborate` binary without a child process.
 */
import { PassThrough } from 'node:stream';
import { main } from './main.js';

/** What one CLI run printed, and its exit code. */
export interface CapturedRun {
  code: number;
  out: string;
  err: string;
}

/** Runs `corroborate <argv…>` in this process and returns its exit code, stdout and stderr. */
export async function runCaptured(...argv: string[]): Promise<CapturedRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += c));
  stderr.on('data', (c) => (err += c));
  const code = await main(argv, { stdout: stdout as unknown as NodeJS.WriteStream, stderr: stderr as unknown as NodeJS.WriteStream });
  return { code, out, err };
}
