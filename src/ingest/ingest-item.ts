import type { GivenMeta, RawReport } from '../model/document.js';
import { isCorroborateError, type CorroborateError } from '../core/errors.js';

/** One result of ingest: a report, or the error that stopped one input (or one record of it). */
export type IngestItem = { kind: 'report'; report: RawReport } | { kind: 'error'; error: CorroborateError };

/** A caught error as an item; a non-catalogue error is a bug and is rethrown. */
export function errorItem(e: unknown): IngestItem {
  if (!isCorroborateError(e)) throw e;
  return { kind: 'error', error: e };
}

/** Options that every reader receives, defaults filled in. */
export interface ReaderOptions {
  /** Cap per input for single documents, per record for JSONL lines and WARC records. */
  maxBytes: number;
  now: () => Date;
}

/** What is known about a byte stream before reading it. */
export interface StreamContext {
  /** The input as named (path, URL, `-`). */
  location: string;
  sourceKind: 'file' | 'url' | 'stdin';
  /** A file path or URL path whose extension may tell the kind. */
  name?: string;
  /** Declared MIME type (an HTTP response's). */
  mime?: string;
  /** Declared charset (an HTTP response's). */
  httpCharset?: string;
  /** The final URL, for fetched inputs. */
  url?: string;
  fetchedAt: string;
  given?: GivenMeta;
  /** Byte size when known beforehand (a file's), so an oversized document is refused after its first bytes, not read whole. */
  size?: number;
}
