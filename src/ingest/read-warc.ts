import { CorroborateError } from '../core/errors.js';
import { ByteReader, type Chunks } from './byte-stream.js';

/** One WARC record: its named headers (lower-case keys) and its content block. */
export interface WarcRecord {
  /** 1-based position in the file. */
  index: number;
  headers: ReadonlyMap<string, string>;
  block: Buffer;
}

/** A record the reader had to pass over, with why. */
export interface WarcSkipped {
  index: number;
  headers: ReadonlyMap<string, string>;
  error: CorroborateError;
}

/** Longest header line accepted; WARC headers are short, a long one means we are not in a header. */
const MAX_HEADER_LINE = 64 * 1024;
const MAX_HEADER_LINES = 512;

/** Options for `readWarc`. */
export interface ReadWarcOptions {
  /** Records whose block is larger are skipped (streamed past) and reported. */
  maxBytes: number;
  /** Record types whose blocks are wanted; others are streamed past unread. */
  types: ReadonlySet<string>;
  /** Names the file in errors. */
  input: string;
}

function formatError(input: string, index: number, message: string): CorroborateError {
  return new CorroborateError('CRB_ERR_WARC_FORMAT', `record ${index}: ${message}`, { input });
}

/**
 * Streams the records of a WARC file (ISO 28500, versions 0.x–1.x), one at a time, never holding
 * more than one block. Records of unwanted types are skipped without being read into memory;
 * an oversized record yields a `WarcSkipped`. Framing damage (no version line, no
 * Content-Length, a cut-off block) throws CRB_ERR_WARC_FORMAT: past it the stream cannot be
 * re-synchronised reliably, so the file ends there, after the records already yielded.
 */
export async function* readWarc(chunks: Chunks, opts: ReadWarcOptions): AsyncGenerator<WarcRecord | WarcSkipped> {
  const reader = new ByteReader(chunks);
  try {
    for (let index = 1; ; index++) {
      let version: string | undefined;
      // Records end in CRLF CRLF; tolerate missing or extra blank lines between them.
      for (;;) {
        const l = await reader.readLine(MAX_HEADER_LINE);
        if (l === null) return;
        if (l.tooLong === true) throw formatError(opts.input, index, 'expected a WARC version line, found a very long line');
        const s = l.bytes.toString('latin1').trim();
        if (s === '') continue;
        version = s;
        break;
      }
      if (!/^WARC\/\d+\.\d+$/.test(version)) {
        throw formatError(opts.input, index, `expected a "WARC/1.x" version line, found "${version.slice(0, 40)}"`);
      }
      const headers = new Map<string, string>();
      let last: string | undefined;
      for (let n = 0; ; n++) {
        const l = await reader.readLine(MAX_HEADER_LINE);
        if (l === null) throw formatError(opts.input, index, 'the file ends inside the record header');
        if (l.tooLong === true || n > MAX_HEADER_LINES) throw formatError(opts.input, index, 'the record header is too long');
        const s = l.bytes.toString('utf8').replace(/\r$/, '');
        if (s === '') break;
        if (/^[ \t]/.test(s) && last !== undefined) {
          headers.set(last, `${headers.get(last) ?? ''} ${s.trim()}`);
          continue;
        }
        const colon = s.indexOf(':');
        if (colon <= 0) throw formatError(opts.input, index, `malformed header line "${s.slice(0, 40)}"`);
        last = s.slice(0, colon).trim().toLowerCase();
        headers.set(last, s.slice(colon + 1).trim());
      }
      const lengthText = headers.get('content-length');
      const length = lengthText !== undefined && /^\d+$/.test(lengthText) ? Number(lengthText) : NaN;
      if (!Number.isSafeInteger(length)) throw formatError(opts.input, index, 'missing or invalid Content-Length');
      const type = (headers.get('warc-type') ?? '').toLowerCase();
      if (!opts.types.has(type) || length > opts.maxBytes) {
        const skipped = await reader.skip(length);
        if (skipped < length) throw formatError(opts.input, index, `the file ends inside the record block (${skipped} of ${length} bytes)`);
        if (opts.types.has(type)) {
          const error = new CorroborateError(
            'CRB_ERR_INGEST_TOO_LARGE',
            `record ${index} (${headers.get('warc-target-uri') ?? 'no target URI'}) is ${length} bytes, over the limit of ${opts.maxBytes}`,
            { input: opts.input },
          );
          yield { index, headers, error };
        }
        continue;
      }
      const block = await reader.read(length);
      if (block.length < length) {
        throw formatError(opts.input, index, `the file ends inside the record block (${block.length} of ${length} bytes)`);
      }
      yield { index, headers, block };
    }
  } finally {
    await reader.close();
  }
}
