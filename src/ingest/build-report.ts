import type { GivenMeta, RawReport, Source } from '../model/document.js';
import { CorroborateError } from '../core/errors.js';
import { decodeBytes, sniffUtf16, type Charset } from './charset.js';
import { asHtmlDocument, htmlHasText, textHasText } from './html-text.js';
import { reportId } from './report-id.js';
import { hasUtf16Bom, looksBinary } from './sniff-format.js';

/** Where a piece of input sits, for the report's `source` and for error messages. */
export interface Origin {
  source: Omit<Source, 'charset'>;
  given: GivenMeta;
  /** Names the input in errors: the path or URL, possibly with a record locator. */
  input: string;
  line?: number;
}

function where(origin: Origin): { input: string; line?: number } {
  return origin.line === undefined ? { input: origin.input } : { input: origin.input, line: origin.line };
}

/** A copy without undefined fields, so reports compare with deepEqual and serialise without noise. */
export function compact<T extends object>(o: T): T {
  const out = {} as T;
  for (const [k, v] of Object.entries(o)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

/**
 * Makes a report from an already decoded string. Whitespace-only input is CRB_ERR_INGEST_EMPTY;
 * markup or punctuation with no letter or digit is CRB_ERR_INGEST_NO_TEXT. HTML fragments are
 * wrapped into a document (see `asHtmlDocument`).
 */
export function reportFromString(format: RawReport['format'], text: string, origin: Origin, charset?: Charset): RawReport {
  if (text.trim() === '') throw new CorroborateError('CRB_ERR_INGEST_EMPTY', 'the input holds only whitespace', where(origin));
  const has = format === 'html' ? htmlHasText(text) : textHasText(text);
  if (!has) {
    throw new CorroborateError(
      'CRB_ERR_INGEST_NO_TEXT',
      format === 'html' ? 'the HTML has no visible text outside its head, scripts and styles' : 'the text has no letters or digits',
      where(origin),
    );
  }
  const raw = format === 'html' ? asHtmlDocument(text) : text;
  const source: Source = compact({ ...origin.source, ...(charset === undefined ? {} : { charset }) });
  return { id: reportId(format, raw), source, format, raw, given: compact({ ...origin.given }) };
}

/**
 * Checks and decodes bytes into text: empty (CRB_ERR_INGEST_EMPTY), binary (CRB_ERR_INGEST_BINARY),
 * then the charset (see `decodeBytes`, which may throw CRB_ERR_INGEST_ENCODING).
 */
export function decodeDocument(
  bytes: Uint8Array,
  markup: 'html' | 'xml' | 'none',
  origin: Origin,
  http?: string,
): { text: string; charset: Charset } {
  if (bytes.length === 0) throw new CorroborateError('CRB_ERR_INGEST_EMPTY', 'the input is empty', where(origin));
  if (!hasUtf16Bom(bytes) && sniffUtf16(bytes) === undefined && looksBinary(bytes)) {
    throw new CorroborateError('CRB_ERR_INGEST_BINARY', 'the bytes look binary (NUL or control characters), not text', where(origin));
  }
  return decodeBytes(bytes, { markup, ...where(origin), ...(http === undefined ? {} : { http }) });
}

/** Decodes bytes as one HTML or text document and makes its report. */
export function reportFromBytes(format: RawReport['format'], bytes: Uint8Array, origin: Origin, http?: string): RawReport {
  const { text, charset } = decodeDocument(bytes, format === 'html' ? 'html' : 'none', origin, http);
  return reportFromString(format, text, origin, charset);
}
