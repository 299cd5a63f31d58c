/**
 * What the API answers, as the dashboard reads it (see docs/api.md and /openapi.json). The
 * reading stages' `data` is typed loosely on purpose: stages grow fields, and the dashboard shows
 * what it knows and ignores the rest rather than breaking on a new one.
 */

/** Half-open `[start, end)` in UTF-16 code units of the cleaned text. */
export type Range = readonly [number, number];

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
  /** Served once the store counts findings per report; fetched per report until then. */
  findingCount?: number;
}

export interface ReportPage {
  items: ReportSummary[];
  total: number;
  limit: number;
  offset: number;
  next: string | null;
}

export interface SearchHit extends ReportSummary {
  snippet: string;
  score: number;
}

export interface SearchResult {
  query: string;
  items: SearchHit[];
}

export interface Health {
  status: 'ok';
  version: string;
  reports: number;
  readOnly: boolean;
}

export interface Evidence {
  docId: string;
  range: Range;
  quote: string;
}

export interface Finding {
  ruleId: string;
  messageId: string;
  message: string;
  severity: 'info' | 'warning' | 'error';
  docId: string;
  evidence: Evidence[];
  related?: Evidence[];
  data?: Record<string, unknown>;
}

export interface MetaValue {
  value: string;
  from: string;
  range?: Range;
}

export interface ReportMeta {
  headline?: MetaValue;
  outlet?: MetaValue;
  author?: MetaValue;
  published?: { value: string; precision: string; from: string; quote?: string };
  creditedOrigin?: { name: string; cue: string; range?: Range; quote: string };
  canonicalUrl?: string;
  language?: string;
}

export interface Removal {
  range: Range;
  at: number;
  reason: string;
  detail: string;
  text: string;
}

export interface Paragraph {
  range: Range;
  lang: string;
  confidence: number;
  foreign: Array<{ range: Range; lang: string; confidence: number }>;
}

export interface Source {
  kind: string;
  location: string;
  line?: number;
  url?: string;
  recordId?: string;
  fetchedAt: string;
  contentType?: string;
  charset?: { name: string; from: string };
}

/** A stored report, whole. */
export interface Report {
  id: string;
  source: Source;
  format: 'html' | 'text';
  given: Record<string, string>;
  raw: string;
  extracted: string;
  text: string;
  meta: ReportMeta;
  removed: Removal[];
  paragraphs: Paragraph[];
  data: Record<string, unknown>;
  findings: Finding[];
}

export interface IngestFailure {
  input: string;
  line?: number;
  code: string;
  message: string;
}

export interface IngestResult {
  ids: string[];
  stored: string[];
  existing: string[];
  failures: IngestFailure[];
  run: number;
}

/** The API's one error shape. */
export interface ApiErrorBody {
  error: { code: string; message: string; details?: Array<{ in: string; path: string; message: string }> };
  failures?: IngestFailure[];
}
