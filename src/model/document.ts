import type { Range } from './span.js';
import type { Finding } from './finding.js';

/** Where a report came from. */
export interface Source {
  kind: 'file' | 'url' | 'feed-item' | 'warc-record' | 'jsonl-line' | 'stdin';
  /** File path or URL of the input as the user named it (or as found inside a folder). */
  location: string;
  /** 1-based line, for JSONL. */
  line?: number;
  /** The record's own address: a WARC-Target-URI, a feed item's link. */
  url?: string;
  /** WARC-Record-ID or feed item guid. */
  recordId?: string;
  /** ISO instant the input was fetched or read. */
  fetchedAt: string;
  /** MIME type as declared or sniffed. */
  contentType?: string;
  /** Character encoding the bytes were decoded with, and how it was decided. */
  charset?: { name: string; from: 'bom' | 'http' | 'meta' | 'xml' | 'sniffed' | 'utf8-valid' | 'given' };
}

/** Metadata a reader found next to the body (JSONL fields, feed item fields, HTTP headers). */
export interface GivenMeta {
  id?: string;
  url?: string;
  title?: string;
  published?: string;
  outlet?: string;
  author?: string;
}

/** One input as it arrived, decoded to a string; cleaning starts here. */
export interface RawReport {
  /** Content hash of the normalised input: the same report ingested twice is one report. */
  id: string;
  source: Source;
  format: 'html' | 'text';
  /** The decoded input: HTML source or plain text. */
  raw: string;
  given: GivenMeta;
}

/** How exactly a date is known. */
export type DatePrecision = 'year' | 'month' | 'day' | 'minute' | 'second';

/** Where a metadata value was read. */
export type MetaOrigin =
  | 'given'
  | 'meta-tag'
  | 'json-ld'
  | 'time-element'
  | 'dateline'
  | 'site-chrome'
  | 'url'
  | 'title-tag'
  | 'heading'
  | 'byline'
  | 'domain'
  | 'first-line';

export interface MetaValue {
  value: string;
  from: MetaOrigin;
  /** Span in the cleaned text, when the value is also part of it (a headline line). */
  range?: Range;
}

export interface PublishedDate {
  /** ISO 8601: `2024-12-23`, or an instant with offset when the time is known. */
  value: string;
  precision: DatePrecision;
  from: MetaOrigin;
  /** The words it was read from, when it came from the text. */
  quote?: string;
}

/** A credit to another outlet or agency found in the report: "Source: Stern", "(Reuters) —". */
export interface CreditedOrigin {
  name: string;
  cue: 'source-line' | 'wire-dateline' | 'according-to' | 'translated-from' | 'given';
  /** Span in the cleaned text, when the credit is in it; removed credits keep theirs in `removed`. */
  range?: Range;
  quote: string;
}

export interface ReportMeta {
  headline?: MetaValue;
  outlet?: MetaValue;
  author?: MetaValue;
  published?: PublishedDate;
  creditedOrigin?: CreditedOrigin;
  canonicalUrl?: string;
  /** Main language of the report (ISO 639-1). */
  language?: string;
}

/** Why cleaning cut something. */
export type RemovalReason =
  | 'comment-form'
  | 'author-bio'
  | 'related-links'
  | 'share-line'
  | 'subscribe-line'
  | 'site-chrome'
  | 'advertisement'
  | 'navigation'
  | 'duplicate-heading'
  | 'page-boilerplate';

/**
 * A cut. `range` points into the extracted text (before cutting, `ReportDocument.extracted`);
 * `at` is where the cut sits in the cleaned text, so a viewer can mark it in place.
 */
export interface Removal {
  range: Range;
  at: number;
  reason: RemovalReason;
  /** Short rule-level explanation: which cue fired. */
  detail: string;
  text: string;
}

/** A stretch of a paragraph in another language than the paragraph's own. */
export interface ForeignSpan {
  range: Range;
  lang: string;
  confidence: number;
}

export interface Paragraph {
  range: Range;
  /** ISO 639-1, or 'und' when too short or unclear to tell. */
  lang: string;
  confidence: number;
  foreign: ForeignSpan[];
}

/**
 * The document every per-report stage reads and extends. Stages fill the optional
 * fields they declare in `provides`; `text` is fixed once cleaning has run.
 */
export interface ReportDocument {
  id: string;
  source: Source;
  format: RawReport['format'];
  given: GivenMeta;
  raw: string;
  /** Main text as extraction found it, before boilerplate cuts. */
  extracted?: string;
  /** The cleaned body. Every span in the system points into this string. */
  text?: string;
  meta?: ReportMeta;
  removed?: Removal[];
  paragraphs?: Paragraph[];
  /** Typed results of later reading stages (entities, times, quotes, …), by stage key. */
  data: Record<string, unknown>;
  findings: Finding[];
}

/** The document once cleaning and language have run: what stores and surfaces work with. */
export type CleanDocument = ReportDocument &
  Required<Pick<ReportDocument, 'extracted' | 'text' | 'meta' | 'removed' | 'paragraphs'>>;

export function isClean(doc: ReportDocument): doc is CleanDocument {
  return (
    doc.extracted !== undefined &&
    doc.text !== undefined &&
    doc.meta !== undefined &&
    doc.removed !== undefined &&
    doc.paragraphs !== undefined
  );
}
