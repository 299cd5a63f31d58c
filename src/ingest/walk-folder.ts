import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** A file found in a folder, or a sub-folder that could not be listed (with why). */
export type WalkEntry = { path: string; error?: undefined } | { path: string; error: unknown };

/**
 * Yields the files under a folder, depth first, names sorted by code unit within each folder
 * (a stable order whatever the locale), skipping names that start with a dot. Only one
 * folder's names are held at a time and nothing is stat'ed ahead of use, so a folder of many
 * thousands of files streams. Symbolic links are followed; a link back into a folder already
 * walked is not, so cycles end. The root failing to list throws; a sub-folder failing is
 * yielded as an entry with its error and the walk goes on.
 */
export async function* walkFolder(root: string, seen: Set<string> = new Set()): AsyncGenerator<WalkEntry> {
  const real = await realpath(root);
  if (seen.has(real)) return;
  seen.add(real);
  const entries = await readdir(root, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(root, entry.name);
    if (entry.isFile()) {
      yield { path };
      continue;
    }
    let isDir = entry.isDirectory();
    if (entry.isSymbolicLink()) {
      const target = await stat(path).catch(() => undefined);
      // A dangling link is still named, so the caller reports it as missing.
      if (target === undefined || target.isFile()) {
        yield { path };
        continue;
      }
      isDir = target.isDirectory();
    }
    if (!isDir) continue; // sockets, FIFOs and devices inside a folder are not documents
    try {
      yield* walkFolder(path, seen);
    } catch (error) {
      yield { path, error };
    }
  }
}
