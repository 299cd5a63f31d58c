import { stat } from 'node:fs/promises';
import { basename, relative } from 'node:path';
import { CorroborateError, isCorroborateError } from '../../core/errors.js';
import { ingest, type IngestOptions } from '../../ingest/ingest.js';
import type { IngestItem } from '../../ingest/ingest-item.js';
import { walkFolder } from '../../ingest/walk-folder.js';
import type { WatchMark } from '../../store/store.js';
import { hashFile } from './content-hash.js';
import type { MarkBook } from './mark-book.js';
import { SettleTracker, sameLook, type FileLook } from './settle-tracker.js';
import { firstReport, unseenItems } from './unseen-items.js';
import type { Scan, WatchSource } from './watch-types.js';

/** Names a downloader, an editor or `corroborate export` gives a file it is still writing. */
const IN_PROGRESS = /(?:\.(?:part|partial|crdownload|download|tmp|temp|swp)|~|\.partial-\d+)$/i;

/** Whether a file's name says it is still being written (it is then left alone until renamed). */
export function isInProgressName(path: string): boolean {
  return IN_PROGRESS.test(basename(path));
}

function errnoOf(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : undefined;
}

/** A file system failure as a catalogue error naming `input`; anything else is a bug and is rethrown. */
function fsError(e: unknown, input: string): CorroborateError {
  if (isCorroborateError(e)) return e;
  const errno = errnoOf(e);
  if (errno === 'ENOENT' || errno === 'ENOTDIR') return new CorroborateError('CRB_ERR_INGEST_NOT_FOUND', 'no such file or folder', { input, cause: e });
  if (errno !== undefined) return new CorroborateError('CRB_ERR_INGEST_READ', `cannot read it (${errno})`, { input, cause: e });
  throw e;
}

/** The files under `root` (or `root` itself, when it is a file), with the sub-folders that could not be listed. */
async function listFiles(root: string): Promise<{ files: string[]; errors: CorroborateError[] }> {
  let st;
  try {
    st = await stat(root);
  } catch (e) {
    throw fsError(e, root);
  }
  if (st.isFile()) return { files: [root], errors: [] };
  if (!st.isDirectory()) throw new CorroborateError('CRB_ERR_INGEST_UNSUPPORTED', 'neither a file nor a folder', { input: root });
  const files: string[] = [];
  const errors: CorroborateError[] = [];
  try {
    for await (const entry of walkFolder(root)) {
      if (entry.error !== undefined) errors.push(fsError(entry.error, entry.path));
      else files.push(entry.path);
    }
  } catch (e) {
    throw fsError(e, root);
  }
  return { files, errors };
}

/** A file to read at this poll, and the mark it gets once its reports are committed. */
interface Work {
  path: string;
  mark: WatchMark;
}

/**
 * A watched folder (every file under it, recursively) or a single file. At each poll: files that
 * look as they did when last read are passed over without reading a byte; a new or changed file
 * is read once it has settled (the same size and mtime as at the previous poll) and only when its
 * content hash is new to this source (a touched file, a copy or a rename is not read again).
 */
export function createPathSource(root: string, intervalMs: number, book: MarkBook, ingestOptions: IngestOptions): WatchSource {
  const tracker = new SettleTracker();
  const reported = new Set<string>();
  return {
    name: root,
    kind: 'path',
    intervalMs,
    async scan(): Promise<Scan> {
      const listed = await listFiles(root);
      const looks = new Map<string, FileLook>();
      for (const path of listed.files) {
        if (isInProgressName(path)) continue;
        const st = await stat(path).catch(() => undefined); // gone since the listing: nothing to read
        if (st?.isFile()) looks.set(path, { size: st.size, mtimeMs: st.mtimeMs });
      }
      const settled = tracker.observe(looks);
      const errors: IngestItem[] = listed.errors.map((error) => ({ kind: 'error', error }));
      const unchanged: WatchMark[] = [];
      const work: Work[] = [];
      let pending = 0;
      for (const [path, look] of looks) {
        const key = `file:${relative(root, path) || basename(path)}`;
        const mark = book.get(key);
        if (sameLook(mark, look)) continue;
        // An empty file is usually one about to be written (touch, then fill): nothing to read yet.
        if (!settled.has(path) || look.size === 0) {
          pending++;
          continue;
        }
        let hash: string;
        try {
          hash = await hashFile(path);
        } catch (e) {
          // Unreadable now: tried again at every poll, named once.
          if (errnoOf(e) !== 'ENOENT') errors.push({ kind: 'error', error: fsError(e, path) });
          continue;
        }
        const fresh: WatchMark = { source: root, key, hash, size: look.size, mtimeMs: look.mtimeMs };
        if (mark?.hash === hash || book.keyOfHash(hash) !== undefined) unchanged.push(fresh);
        else work.push({ path, mark: fresh });
      }
      // Touched, copied or renamed files: nothing to read, and nothing to hash again next time.
      await book.save(unchanged);
      const newErrors = errors.filter((e) => firstReport(reported, e));
      const done: WatchMark[] = [];
      const taken = new Map<string, WatchMark>();
      return {
        units: work.length + newErrors.length,
        pending,
        async *items(stopped) {
          yield* newErrors;
          for (const w of work) {
            if (stopped()) return;
            for await (const item of unseenItems(ingest([w.path], ingestOptions), book, taken)) {
              yield item;
              // Stopped inside a file: what it yielded is marked by report; the file is read again next time.
              if (stopped()) return;
            }
            done.push(w.mark);
          }
        },
        commit: () => book.save([...done, ...taken.values()]),
      };
    },
  };
}
