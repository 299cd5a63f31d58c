import { stat } from 'node:fs/promises';
import { walkFolder } from '../ingest/walk-folder.js';

/**
 * How many inputs a command line names: each file under a folder (as ingest walks it, dotfiles
 * skipped), each file, URL or `-`. The total of `analyze`'s progress bar; what cannot be read
 * counts as one (it will be one error).
 */
export async function countInputs(inputs: readonly string[]): Promise<number> {
  let n = 0;
  for (const input of inputs) {
    const st = input === '-' || /^[a-z][a-z0-9+.-]*:\/\//i.test(input) ? undefined : await stat(input).catch(() => undefined);
    if (!st?.isDirectory()) {
      n++;
      continue;
    }
    try {
      for await (const _ of walkFolder(input)) n++;
    } catch {
      n++;
    }
  }
  return n;
}
