import { createGunzip } from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { CorroborateError } from '../core/errors.js';

/** A source of byte chunks: a file stream, stdin, a decompressor, a fetched body. */
export type Chunks = AsyncIterable<Uint8Array>;

/** Bytes already in memory, as a stream. */
export async function* chunksOf(...buffers: Uint8Array[]): AsyncGenerator<Uint8Array> {
  for (const b of buffers) yield b;
}

function asBuffer(chunk: Uint8Array): Buffer {
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

/** Reads a whole stream, refusing (CRB_ERR_INGEST_TOO_LARGE) as soon as it passes `maxBytes`. */
export async function collectCapped(source: Chunks, maxBytes: number, input: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  let total = 0;
  for await (const chunk of source) {
    total += chunk.byteLength;
    if (total > maxBytes) {
      throw new CorroborateError('CRB_ERR_INGEST_TOO_LARGE', `larger than the limit of ${maxBytes} bytes`, { input });
    }
    parts.push(asBuffer(chunk));
  }
  return parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts, total);
}

/**
 * Decompresses a gzip stream, including multi-member files (`.warc.gz` holds one member per
 * record); a truncated or corrupt stream ends in CRB_ERR_INGEST_GZIP after the good part.
 */
export async function* gunzip(source: Chunks, input: string): AsyncGenerator<Buffer> {
  const gz = createGunzip();
  // Errors of the source reach us through `gz`, which pipeline destroys with them.
  const done = pipeline(Readable.from(source, { objectMode: false }), gz).catch(() => undefined);
  try {
    for await (const chunk of gz) yield chunk as Buffer;
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('Z_')) {
      throw new CorroborateError('CRB_ERR_INGEST_GZIP', `gzip stream is truncated or corrupt (${(e as Error).message})`, {
        input,
        cause: e,
      });
    }
    throw e;
  } finally {
    gz.destroy();
    await done;
  }
}

/** Result of reading one line. */
export type LineResult = { bytes: Buffer; tooLong?: undefined } | { tooLong: true; length: number };

/**
 * Pull-based reader over chunks for line- and length-framed formats (JSONL, WARC). Holds at most
 * the current chunk plus the item being assembled, never the whole input.
 */
export class ByteReader {
  private readonly it: AsyncIterator<Uint8Array>;
  private buf: Buffer = Buffer.alloc(0);
  private pos = 0;
  private ended = false;

  constructor(source: Chunks) {
    this.it = source[Symbol.asyncIterator]();
  }

  private async pull(): Promise<boolean> {
    if (this.ended) return false;
    for (;;) {
      const r = await this.it.next();
      if (r.done === true) {
        this.ended = true;
        return false;
      }
      if (r.value.byteLength > 0) {
        this.buf = asBuffer(r.value);
        this.pos = 0;
        return true;
      }
    }
  }

  /**
   * The next line without its `\n` (a trailing `\r` is kept for the caller), or null at the end.
   * A line longer than `maxBytes` is skipped to its end without being buffered.
   */
  async readLine(maxBytes: number): Promise<LineResult | null> {
    const parts: Buffer[] = [];
    let length = 0;
    let tooLong = false;
    let sawAny = false;
    for (;;) {
      if (this.pos >= this.buf.length && !(await this.pull())) {
        if (!sawAny) return null;
        return tooLong ? { tooLong, length } : { bytes: Buffer.concat(parts, length) };
      }
      sawAny = true;
      const nl = this.buf.indexOf(10, this.pos);
      const end = nl === -1 ? this.buf.length : nl;
      const piece = this.buf.subarray(this.pos, end);
      length += piece.length;
      if (!tooLong) {
        if (length > maxBytes) {
          tooLong = true;
          parts.length = 0;
        } else {
          parts.push(piece);
        }
      }
      this.pos = nl === -1 ? this.buf.length : nl + 1;
      if (nl !== -1) {
        if (tooLong) return { tooLong, length };
        return { bytes: parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts, length) };
      }
    }
  }

  /** Up to `n` bytes; fewer only when the input ends first. */
  async read(n: number): Promise<Buffer> {
    const parts: Buffer[] = [];
    let got = 0;
    while (got < n) {
      if (this.pos >= this.buf.length && !(await this.pull())) break;
      const take = Math.min(n - got, this.buf.length - this.pos);
      parts.push(this.buf.subarray(this.pos, this.pos + take));
      this.pos += take;
      got += take;
    }
    return parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts, got);
  }

  /** Discards up to `n` bytes without keeping them; returns how many were there. */
  async skip(n: number): Promise<number> {
    let skipped = 0;
    while (skipped < n) {
      if (this.pos >= this.buf.length && !(await this.pull())) break;
      const take = Math.min(n - skipped, this.buf.length - this.pos);
      this.pos += take;
      skipped += take;
    }
    return skipped;
  }

  /** Stops the underlying source early (closes the file). */
  async close(): Promise<void> {
    if (!this.ended) {
      this.ended = true;
      await this.it.return?.();
    }
  }
}

/** The first bytes of a stream, and the whole stream again. */
export interface Peeked {
  head: Buffer;
  /** Replays `head`, then the rest. */
  rest: Chunks;
  /** Releases the source (closes the file) when `rest` will not be read to its end. */
  close(): Promise<void>;
}

/**
 * Looks at the start of a stream without losing it: at least `n` leading bytes, fewer if the
 * stream is shorter. An error met while peeking (a gzip cut off early) is held back until
 * `rest` reaches it, so the bytes before it are still read; with no bytes at all it is thrown.
 */
export async function peek(source: Chunks, n: number): Promise<Peeked> {
  const it = source[Symbol.asyncIterator]();
  const seen: Buffer[] = [];
  let got = 0;
  let finished = false;
  let failure: { error: unknown } | undefined;
  while (got < n) {
    let r: IteratorResult<Uint8Array>;
    try {
      r = await it.next();
    } catch (error) {
      if (got === 0) throw error;
      failure = { error };
      finished = true;
      break;
    }
    if (r.done === true) {
      finished = true;
      break;
    }
    seen.push(asBuffer(r.value));
    got += r.value.byteLength;
  }
  const head = seen.length === 1 ? (seen[0] as Buffer) : Buffer.concat(seen, got);
  const close = async (): Promise<void> => {
    if (!finished) {
      finished = true;
      await it.return?.();
    }
  };
  async function* replay(): AsyncGenerator<Uint8Array> {
    try {
      if (head.length > 0) yield head;
      if (failure !== undefined) throw failure.error;
      while (!finished) {
        const r = await it.next();
        if (r.done === true) {
          finished = true;
          return;
        }
        yield r.value;
      }
    } finally {
      await close();
    }
  }
  return { head, rest: replay(), close };
}
