import type { GivenMeta } from '../model/document.js';
import { CorroborateError, isCorroborateError } from '../core/errors.js';
import { ByteReader, type Chunks } from './byte-stream.js';
import { decodeBytes } from './charset.js';
import { compact, reportFromString, type Origin } from './build-report.js';
import type { IngestItem, ReaderOptions } from './ingest-item.js';

/** The string fields a JSONL record may carry besides its body. */
const META_FIELDS = ['id', 'url', 'title', 'published', 'outlet', 'author'] as const;

/** Where the JSONL stream came from. */
export interface JsonlContext {
  /** The file, URL or `-` as named. */
  location: string;
  fetchedAt: string;
}

function fieldError(message: string, location: string, line: number): CorroborateError {
  return new CorroborateError('CRB_ERR_JSONL_FIELDS', message, { input: location, line });
}

/** Turns one parsed JSON value into a report, or throws the error that names what is wrong. */
function recordToReport(value: unknown, bytesCharset: ReturnType<typeof decodeBytes>['charset'], ctx: JsonlContext, line: number) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw fieldError('the line is JSON but not an object', ctx.location, line);
  }
  const rec = value as Record<string, unknown>;
  const given: GivenMeta = {};
  for (const k of META_FIELDS) {
    const v = rec[k];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string') throw fieldError(`field "${k}" must be a string, not ${typeof v}`, ctx.location, line);
    if (v.trim() !== '') given[k] = v.trim();
  }
  for (const k of ['text', 'html'] as const) {
    const v = rec[k];
    if (v !== undefined && v !== null && typeof v !== 'string') {
      throw fieldError(`field "${k}" must be a string, not ${typeof v}`, ctx.location, line);
    }
  }
  // Both present: HTML wins, it carries the structure and meta tags later stages read.
  const html = typeof rec.html === 'string' ? rec.html : undefined;
  const text = typeof rec.text === 'string' ? rec.text : undefined;
  const body = html ?? text;
  if (body === undefined) throw fieldError('the record has neither "text" nor "html"', ctx.location, line);
  const origin: Origin = {
    source: compact({
      kind: 'jsonl-line' as const,
      location: ctx.location,
      line,
      url: given.url,
      recordId: given.id,
      fetchedAt: ctx.fetchedAt,
      contentType: html === undefined ? 'text/plain' : 'text/html',
    }),
    given,
    input: ctx.location,
    line,
  };
  return reportFromString(html === undefined ? 'text' : 'html', body, origin, bytesCharset);
}

/**
 * Reads JSON Lines one line at a time: each line with a `text` or `html` string field becomes a
 * report; a bad line becomes an error naming the file and its 1-based line, and reading goes on.
 * Blank lines are skipped. A line over `maxBytes` is skipped without being held in memory.
 * Lines are UTF-8 by the format; a line that is not falls back to charset sniffing.
 */
export async function* readJsonl(chunks: Chunks, ctx: JsonlContext, opts: ReaderOptions): AsyncGenerator<IngestItem> {
  // Own line splitter rather than readline: it caps line length, so one runaway line cannot exhaust memory.
  const reader = new ByteReader(chunks);
  try {
    for (let line = 1; ; line++) {
      const got = await reader.readLine(opts.maxBytes);
      if (got === null) return;
      if (got.tooLong === true) {
        yield {
          kind: 'error',
          error: new CorroborateError('CRB_ERR_INGEST_TOO_LARGE', `line of ${got.length} bytes is over the limit of ${opts.maxBytes}`, {
            input: ctx.location,
            line,
          }),
        };
        continue;
      }
      let bytes = got.bytes;
      if (bytes.length > 0 && bytes[bytes.length - 1] === 13) bytes = bytes.subarray(0, -1);
      if (line === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
      if (bytes.every((b) => b === 32 || b === 9)) continue;
      try {
        const { text, charset } = decodeBytes(bytes, { markup: 'none', given: 'utf-8', input: ctx.location, line });
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch (e) {
          throw new CorroborateError('CRB_ERR_JSONL_PARSE', `not valid JSON: ${(e as Error).message}`, {
            input: ctx.location,
            line,
          });
        }
        yield { kind: 'report', report: recordToReport(value, charset, ctx, line) };
      } catch (e) {
        if (!isCorroborateError(e)) throw e;
        yield { kind: 'error', error: e };
      }
    }
  } finally {
    await reader.close();
  }
}
