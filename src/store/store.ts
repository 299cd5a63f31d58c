import type { CleanDocument } from '../model/document.js';
import type { ErrorCode } from '../core/errors.js';
import type { Finding } from '../model/finding.js';
import type { ReportFacts } from '../corpus/align/facet-types.js';
import type { StoryRecord, StorySummary } from '../corpus/stories/story-types.js';

/** A stored report's headline facts, for listings and search hits. */
export interface ReportSummary {
  id: string;
  headline?: string;
  outlet?: string;
  published?: string;
  language?: string;
  location: string;
  url?: string;
  chars: number;
  removedCount: number;
}

export interface SearchHit extends ReportSummary {
  /** The best-matching passage, matches wrapped in `[` `]`. */
  snippet: string;
  score: number;
}

export interface IngestFailure {
  input: string;
  line?: number;
  code: ErrorCode;
  message: string;
}

export interface StoreStats {
  reports: number;
  failures: number;
  runs: number;
}

export interface RunRecord {
  id: number;
  startedAt: string;
  finishedAt?: string;
  inputs: string[];
  stats?: Record<string, number>;
}

/** Saved state of an incremental part of the cross-report layer, with its revision. */
export interface CorpusState {
  /** Bumped by every save; a save names the revision it started from. */
  revision: number;
  json: string;
}

/**
 * Keyed parts of a saved state, written with it: a large state is saved as many small parts,
 * and a batch writes only the parts it changed.
 */
export interface CorpusStateParts {
  /** Parts to insert or replace. */
  put: ReadonlyArray<readonly [key: string, value: string]>;
  /** Parts to delete. */
  drop: readonly string[];
  /** Delete every part of the state first (the state is written whole). */
  clear?: boolean;
}

/** What one batch changed in the cross-report layer, written in one transaction. */
export interface StoryLayerWrite {
  /** Facts of the reports the batch added to the layer. */
  facts: readonly ReportFacts[];
  /** Stories to insert or replace, whole. */
  stories: readonly StoryRecord[];
  /** Stories that no longer exist. */
  removed: readonly string[];
  /** The layer's state after the batch, saved under `stateName`. */
  stateName: string;
  state: string;
  /** The revision the batch started from (0 when there was no state). */
  expectedRevision: number;
  /** Parts of the state written with it (`state` is then the state's header). */
  parts?: CorpusStateParts;
}

/** A report's part in a story. */
export interface StoryMembership {
  storyId: string;
  role: 'member' | 'linked';
}

/**
 * What a watch remembers about one thing it read from a source, so that a restart does not read
 * it again: a file of a folder (by path, with its size, mtime and content hash) or a feed item
 * (by its id or link).
 */
export interface WatchMark {
  /** The watched source as resolved: a folder's or file's absolute path, a feed's URL. */
  source: string;
  /** What was read, e.g. `file:day1/a.txt` or `item:urn:uuid:…`. */
  key: string;
  /** SHA-256 of the file's bytes, hex. */
  hash?: string;
  size?: number;
  mtimeMs?: number;
}

/**
 * The one storage contract. SQLite implements it today and PostgreSQL will too; one conformance
 * suite (store.conformance.ts) runs against each. Async because a server database is.
 */
export interface Store {
  /** Which of these ids are already stored, so a re-run can skip them before any work. */
  existing(ids: readonly string[]): Promise<Set<string>>;
  /** Stores documents in one transaction; returns how many were new. Already-stored ids are left as they are. */
  putReports(docs: readonly CleanDocument[]): Promise<number>;
  /** A report by full id or by an unambiguous id prefix of at least 6 characters. */
  getReport(idOrPrefix: string): Promise<CleanDocument | undefined>;
  listReports(opts?: { limit?: number; offset?: number }): Promise<ReportSummary[]>;
  search(query: string, opts?: { limit?: number }): Promise<SearchHit[]>;
  startRun(inputs: readonly string[]): Promise<number>;
  finishRun(runId: number, stats: Record<string, number>): Promise<void>;
  recordFailures(runId: number, failures: readonly IngestFailure[]): Promise<void>;
  failures(runId?: number): Promise<IngestFailure[]>;
  stats(): Promise<StoreStats>;

  // ——— the cross-report layer ———

  /** The saved state named `name`, or undefined before the first save. */
  loadCorpusState(name: string): Promise<CorpusState | undefined>;
  /**
   * Writes a batch's stories, facets, memberships, cross-report findings, report facts and the
   * layer state in one transaction; returns the new revision. Fails with CRB_ERR_STORE_CONFLICT,
   * writing nothing, when the state was saved by someone else since `expectedRevision`.
   */
  saveStoryLayer(write: StoryLayerWrite): Promise<number>;
  /** Stored facts of these reports (those that have some). */
  reportFacts(ids: readonly string[]): Promise<Map<string, ReportFacts>>;
  /**
   * The saved parts of the state named `name` whose keys start with `prefix`, in key order, one
   * at a time (a state's parts may not fit in memory at once).
   */
  corpusStateParts(name: string, prefix: string): AsyncIterable<[key: string, value: string]>;
  /** Cleaned texts of these stored reports (those found), without the rest of each document. */
  reportTexts(ids: readonly string[]): Promise<Map<string, string>>;
  /** Stories, most independent origins first. */
  listStories(opts?: { limit?: number; offset?: number }): Promise<StorySummary[]>;
  countStories(): Promise<number>;
  /** A story, whole (facets and findings included). */
  getStory(id: string): Promise<StoryRecord | undefined>;
  /** The stories a report is in. */
  storiesOfReport(docId: string): Promise<StoryMembership[]>;
  /** Cross-report findings on a report, across its stories. */
  crossReportFindings(docId: string): Promise<Finding[]>;

  // ——— what `corroborate watch` has read ———

  /** Every mark recorded for a source. */
  watchMarks(source: string): Promise<WatchMark[]>;
  /** Records marks in one transaction; a mark replaces the one with the same source and key. */
  putWatchMarks(marks: readonly WatchMark[]): Promise<void>;

  close(): Promise<void>;
}
