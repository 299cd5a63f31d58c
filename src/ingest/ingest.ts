import { open, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { CorroborateError, isCorroborateError } from '../core/errors.js';
import { chunksOf } from './byte-stream.js';
import { fetchUrl, type FetchOptions } from './fetch-url.js';
import type { IngestItem, ReaderOptions } from './ingest-item.js';
import { readDocument } from './read-document.js';
import { kindFromName } from './sniff-format.js';
import { walkFolder } from './walk-folder.js';

export type { IngestItem } from './ingest-item.js';

/** How ingest reads and fetches. */
export interface IngestOptions {
  /** Size cap per input for single documents, per record for JSONL lines and WARC records. Default 50 MiB. */
  maxBytes?: number;
  /** Fetch private, loopback and link-local addresses too. Default false. */
  allowPrivateAddresses?: boolean;
  /** Exact private addresses allowed all the same (an intranet mirror); others stay refused. */
  allowedAddresses?: readonly string[];
  /** Whole-fetch time limit per URL. Default 15000. */
  timeoutMs?: number;
  /** Default 5. */
  maxRedirects?: number;
  userAgent?: string;
  /** Clock for `source.fetchedAt`. */
  now?: () => Date;
  /** What `-` reads. Default `process.stdin`. */
  stdin?: AsyncIterable<Uint8Array>;
}

/** 50 MiB: far above any news page, far below what hurts. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
const DEFAULT_USER_AGENT = 'corroborate/0.1 (+news report ingest)';
/** Files up to this size are read in one call; larger ones are streamed. */
const READ_WHOLE_BELOW = 1024 * 1024;

interface Resolved extends ReaderOptions {
  fetch: FetchOptions;
  stdin: () => AsyncIterable<Uint8Array>;
}

function resolveOptions(opts: IngestOptions): Resolved {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  return {
    maxBytes,
    now: opts.now ?? (() => new Date()),
    stdin: () => opts.stdin ?? process.stdin,
    fetch: {
      maxBytes,
      timeoutMs: opts.timeoutMs ?? 15_000,
      maxRedirects: opts.maxRedirects ?? 5,
      userAgent: opts.userAgent ?? DEFAULT_USER_AGENT,
      allowPrivateAddresses: opts.allowPrivateAddresses ?? false,
      allowedAddresses: opts.allowedAddresses ?? [],
    },
  };
}

/** Errors ending one input as catalogue errors (file system errnos included); anything else is a bug and passes through. */
function inputError(e: unknown, input: string): CorroborateError {
  if (isCorroborateError(e)) return e;
  const code = (e as { code?: unknown }).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new CorroborateError('CRB_ERR_INGEST_NOT_FOUND', 'no such file or folder', { input, cause: e });
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
    return new CorroborateError('CRB_ERR_INGEST_READ', `cannot read it (${code})`, { input, cause: e });
  }
  throw e;
}

/** Catches what ends one input, so the batch goes on. */
async function* guarded(input: string, items: () => AsyncGenerator<IngestItem>): AsyncGenerator<IngestItem> {
  try {
    yield* items();
  } catch (e) {
    yield { kind: 'error', error: inputError(e, input) };
  }
}

const SINGLE_DOCUMENT = new Set(['html', 'text', 'feed']);
/** Folder files read ahead of the consumer: overlaps file IO with processing, bounded to 8 small files (8 MiB). */
const READ_AHEAD = 8;

/** A file's status and, when small, its bytes, read in one open/close. */
type Loaded = { st: Stats; bytes?: Buffer } | { error: unknown };

async function load(path: string): Promise<Loaded> {
  try {
    const fh = await open(path, 'r');
    try {
      const st = await fh.stat();
      // Small regular files are read whole; anything else is opened again and streamed when its turn comes.
      if (st.isFile() && st.size > 0 && st.size <= READ_WHOLE_BELOW) return { st, bytes: await fh.readFile() };
      return { st };
    } finally {
      await fh.close();
    }
  } catch (error) {
    return { error };
  }
}

/** One file: status checked before any byte of a large file is read. */
async function* fileItems(path: string, opts: Resolved, loading: Promise<Loaded> = load(path)): AsyncGenerator<IngestItem> {
  const loaded = await loading;
  if ('error' in loaded) throw loaded.error;
  const { st, bytes } = loaded;
  if (st.isDirectory()) throw new CorroborateError('CRB_ERR_INGEST_READ', 'is a folder', { input: path });
  const regular = st.isFile();
  if (regular && st.size === 0) throw new CorroborateError('CRB_ERR_INGEST_EMPTY', 'the file is empty', { input: path });
  const kind = kindFromName(path);
  // Known single documents over the cap are refused from their size alone.
  if (regular && kind !== undefined && SINGLE_DOCUMENT.has(kind) && st.size > opts.maxBytes) {
    throw new CorroborateError('CRB_ERR_INGEST_TOO_LARGE', `${st.size} bytes is over the limit of ${opts.maxBytes}`, { input: path });
  }
  const ctx = { location: path, sourceKind: 'file' as const, name: path, fetchedAt: opts.now().toISOString(), ...(regular ? { size: st.size } : {}) };
  if (bytes !== undefined) {
    yield* readDocument(chunksOf(bytes), ctx, opts);
    return;
  }
  const fh = await open(path, 'r');
  try {
    yield* readDocument(fh.createReadStream({ autoClose: false, highWaterMark: 64 * 1024 }), ctx, opts);
  } finally {
    await fh.close();
  }
}

/** The files of a folder in walk order, each with its load already under way, a few ahead. */
async function* folderItems(root: string, opts: Resolved): AsyncGenerator<IngestItem> {
  const walker = walkFolder(root);
  const ahead: { path: string; error?: unknown; loading?: Promise<Loaded> }[] = [];
  let walked = false;
  let files = 0;
  try {
    for (;;) {
      while (!walked && ahead.length < READ_AHEAD) {
        const r = await walker.next();
        if (r.done === true) walked = true;
        else ahead.push(r.value.error !== undefined ? r.value : { path: r.value.path, loading: load(r.value.path) });
      }
      const next = ahead.shift();
      if (next === undefined) break;
      files++;
      if (next.error !== undefined) yield { kind: 'error', error: inputError(next.error, next.path) };
      else yield* guarded(next.path, () => fileItems(next.path, opts, next.loading));
    }
  } catch (e) {
    yield { kind: 'error', error: inputError(e, root) };
    return;
  } finally {
    await walker.return(undefined);
  }
  if (files === 0) yield { kind: 'error', error: new CorroborateError('CRB_ERR_INGEST_EMPTY', 'the folder holds no files', { input: root }) };
}

async function* pathItems(path: string, opts: Resolved): AsyncGenerator<IngestItem> {
  let st: Stats;
  try {
    st = await stat(path);
  } catch (e) {
    // Whatever stat refuses (a NUL byte in the name, say) is the user's path, not our bug.
    const code = (e as { code?: unknown }).code;
    const known = typeof code === 'string' && /^E[A-Z]+$/.test(code);
    yield { kind: 'error', error: known ? inputError(e, path) : new CorroborateError('CRB_ERR_INGEST_NOT_FOUND', 'not a usable path', { input: path, cause: e }) };
    return;
  }
  if (st.isDirectory()) yield* folderItems(path, opts);
  else yield* guarded(path, () => fileItems(path, opts));
}

async function* urlItems(url: string, opts: Resolved): AsyncGenerator<IngestItem> {
  const fetchedAt = opts.now().toISOString();
  const res = await fetchUrl(url, opts.fetch);
  const ctx = {
    location: url,
    sourceKind: 'url' as const,
    name: new URL(res.url).pathname,
    mime: res.contentType.mime,
    url: res.url,
    fetchedAt,
    given: { url: res.url },
    ...(res.contentType.charset === undefined ? {} : { httpCharset: res.contentType.charset }),
  };
  yield* readDocument(chunksOf(res.body), ctx, opts);
}

/**
 * Turns what a user names into reports: files, folders (recursive, sorted, dotfiles skipped),
 * http(s) URLs and `-` for stdin, in order. Formats: text, HTML, JSONL, WARC (.warc, .warc.gz),
 * RSS and Atom, and gzip of any of them. Every failure is yielded as an error item naming its
 * input (and line, for JSONL) and the batch goes on; nothing is read ahead of the consumer.
 */
export async function* ingest(inputs: readonly string[], options: IngestOptions = {}): AsyncGenerator<IngestItem> {
  const opts = resolveOptions(options);
  for (const input of inputs) {
    if (input === '-') {
      yield* guarded('-', () => readDocument(opts.stdin(), { location: '-', sourceKind: 'stdin', fetchedAt: opts.now().toISOString() }, opts));
    } else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) {
      if (!/^https?:\/\//i.test(input)) {
        yield { kind: 'error', error: new CorroborateError('CRB_ERR_FETCH_PROTOCOL', 'only http and https URLs are fetched', { input }) };
      } else {
        yield* guarded(input, () => urlItems(input, opts));
      }
    } else {
      yield* pathItems(input, opts);
    }
  }
}
