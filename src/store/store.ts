import type { CleanDocument } from '../model/document.js';
import type { ErrorCode } from '../core/errors.js';

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
  close(): Promise<void>;
}
