import { CorroborateError, isCorroborateError } from '../core/errors.js';
import { chunksOf } from './byte-stream.js';
import { DEFAULT_MAX_BYTES } from './ingest.js';
import type { IngestItem, ReaderOptions } from './ingest-item.js';
import { readDocument } from './read-document.js';
import { readJsonl } from './read-jsonl.js';

/** What is known about bytes that arrived without a file behind them (an upload, a request body). */
export interface BytesContext {
  /** Names the input in reports and errors, e.g. `upload:day1.jsonl`. */
  location: string;
  /** The original file name, whose extension helps decide the format. */
  name?: string;
  /** Declared MIME type. */
  mime?: string;
  /** Declared charset (a `charset=` parameter that came with the MIME type). */
  charset?: string;
}

/** Limits for in-memory input. */
export interface BytesOptions {
  /** Cap per single document, per record for JSONL and WARC. Default 50 MiB. */
  maxBytes?: number;
  now?: () => Date;
}

function readerOptions(opts: BytesOptions): ReaderOptions {
  return { maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES, now: opts.now ?? (() => new Date()) };
}

/** Input-ending errors become items, as `ingest` does for files; anything else is a bug and passes. */
async function* guarded(items: AsyncGenerator<IngestItem>): AsyncGenerator<IngestItem> {
  try {
    yield* items;
  } catch (e) {
    if (!isCorroborateError(e)) throw e;
    yield { kind: 'error', error: e };
  }
}

/**
 * Reads bytes already in memory exactly as a file of that name would be read: any format `ingest`
 * takes (text, HTML, JSONL, WARC, feeds, gzip of these), decided by name, MIME type, then content.
 */
export function ingestBytes(bytes: Uint8Array, ctx: BytesContext, opts: BytesOptions = {}): AsyncGenerator<IngestItem> {
  const reader = readerOptions(opts);
  const stream = {
    location: ctx.location,
    sourceKind: 'file' as const,
    fetchedAt: reader.now().toISOString(),
    size: bytes.byteLength,
    ...(ctx.name === undefined ? {} : { name: ctx.name }),
    ...(ctx.mime === undefined ? {} : { mime: ctx.mime }),
    ...(ctx.charset === undefined ? {} : { httpCharset: ctx.charset }),
  };
  return guarded(readDocument(chunksOf(bytes), stream, reader));
}

/**
 * One record with the fields of a JSONL line (`text` or `html`, and optional `id`, `url`, `title`,
 * `published`, `outlet`, `author`), read by the JSONL reader so both check fields the same way.
 */
export async function* ingestRecord(record: Readonly<Record<string, unknown>>, location: string, opts: BytesOptions = {}): AsyncGenerator<IngestItem> {
  const reader = readerOptions(opts);
  // JSON.stringify never emits a raw newline, so the record is exactly one line.
  const line = Buffer.from(JSON.stringify(record), 'utf8');
  for await (const item of guarded(readJsonl(chunksOf(line), { location, fetchedAt: reader.now().toISOString() }, reader))) {
    // A record on its own has no line number worth naming.
    if (item.kind === 'report') {
      const { line: _line, ...source } = item.report.source;
      yield { kind: 'report', report: { ...item.report, source } };
    } else {
      const e = item.error;
      yield { kind: 'error', error: new CorroborateError(e.code, e.message, { ...(e.input === undefined ? {} : { input: e.input }), cause: e }) };
    }
  }
}
