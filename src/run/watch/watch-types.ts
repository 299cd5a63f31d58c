import type { CorroborateError, ErrorCode } from '../../core/errors.js';
import type { IngestItem } from '../../ingest/ingest-item.js';

/** What a watched input is: a path (a folder or a file, decided at each poll) or a feed URL. */
export type WatchSourceKind = 'path' | 'feed';

/** A report analysed and stored. */
export interface StoredEvent {
  event: 'stored';
  source: string;
  id: string;
  /** Where it was read: the file, or the feed. */
  input: string;
  line?: number;
  url?: string;
  headline?: string;
}

/** A report read but stored before (by another source, another run, or `analyze`). */
export interface SkippedEvent {
  event: 'skipped';
  source: string;
  id: string;
  input: string;
  line?: number;
  url?: string;
}

/**
 * A failure. Of one input (a broken file, a feed item without text): the source goes on. Of the
 * whole source (a folder gone, a feed answering 500): `retryInSeconds` says when it is tried
 * again, backing off while it keeps failing.
 */
export interface ErrorEvent {
  event: 'error';
  source: string;
  input: string;
  line?: number;
  code: ErrorCode;
  message: string;
  retryInSeconds?: number;
}

/** One poll of one source done. */
export interface PollEvent {
  event: 'poll';
  source: string;
  /** Files (of a folder) or reports (of a feed) that were new or changed and were read. */
  read: number;
  stored: number;
  skipped: number;
  failed: number;
  /** Files still growing, left for a later poll. */
  pending: number;
  /** When the source is polled next (absent after the last poll of `--once`). */
  nextInSeconds?: number;
}

export type WatchEvent = StoredEvent | SkippedEvent | ErrorEvent | PollEvent;

/** What a source found new at one poll. */
export interface Scan {
  /** Units of work to read: files, or feed reports. */
  units: number;
  /** Files seen still growing, left for the next poll. */
  pending: number;
  /**
   * The new items, read lazily; stops early (between two items) once `stopped()` says so. Reports
   * this source already read are left out.
   */
  items(stopped: () => boolean): AsyncGenerator<IngestItem>;
  /** Remembers all that `items` yielded in full; called once its reports are committed. */
  commit(): Promise<void>;
  /** An error of the whole source found along with its items (a cut-off feed). */
  sourceError?: CorroborateError;
}

/** A watched input. */
export interface WatchSource {
  /** The source as resolved: an absolute path or a URL. Marks are kept under this name. */
  readonly name: string;
  readonly kind: WatchSourceKind;
  readonly intervalMs: number;
  /** Looks for what is new. Throws a CorroborateError when the source itself cannot be read. */
  scan(): Promise<Scan>;
}
