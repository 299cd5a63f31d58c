import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';

/** An HTTP response as stored in a WARC `response` record. */
export interface HttpResponse {
  status: number;
  /** Lower-case header names; repeated headers joined with ", ". */
  headers: ReadonlyMap<string, string>;
  /** The payload, with transfer and content encodings undone. */
  body: Buffer;
}

/** Finds the blank line ending the header: CRLF CRLF, or bare LF LF from sloppy writers. */
function headerEnd(block: Buffer): { at: number; skip: number } | undefined {
  const crlf = block.indexOf('\r\n\r\n');
  const lf = block.indexOf('\n\n');
  if (crlf === -1 && lf === -1) return undefined;
  if (crlf !== -1 && (lf === -1 || crlf < lf)) return { at: crlf, skip: 4 };
  return { at: lf, skip: 2 };
}

/** Undoes `Transfer-Encoding: chunked`; returns undefined when the framing does not hold (then the body is used as is). */
function dechunk(body: Buffer): Buffer | undefined {
  const parts: Buffer[] = [];
  let pos = 0;
  for (;;) {
    const eol = body.indexOf('\n', pos);
    if (eol === -1) return undefined;
    const size = parseInt(body.subarray(pos, eol).toString('latin1').split(';')[0]?.trim() ?? '', 16);
    if (!Number.isFinite(size) || size < 0) return undefined;
    if (size === 0) return Buffer.concat(parts);
    const start = eol + 1;
    if (start + size > body.length) return undefined;
    parts.push(body.subarray(start, start + size));
    pos = start + size;
    if (body[pos] === 13) pos++;
    if (body[pos] === 10) pos++;
  }
}

/** Undoes `Content-Encoding`, bounded by `maxBytes` of output so a compression bomb cannot blow up memory. */
function decodeContent(body: Buffer, encoding: string, maxBytes: number): Buffer {
  const opts = { maxOutputLength: maxBytes };
  switch (encoding) {
    case 'gzip':
    case 'x-gzip':
      return gunzipSync(body, opts);
    case 'deflate':
      // Servers send both zlib-wrapped and raw deflate under this name.
      try {
        return inflateSync(body, opts);
      } catch {
        return inflateRawSync(body, opts);
      }
    case 'br':
      return brotliDecompressSync(body, opts);
    default:
      return body;
  }
}

/**
 * Parses an HTTP/1.x response message (status line, headers, body). Returns undefined when the
 * block is not one. Throws zlib's error when a declared content encoding cannot be undone.
 */
export function parseHttpResponse(block: Buffer, maxBytes: number): HttpResponse | undefined {
  const end = headerEnd(block);
  if (end === undefined) return undefined;
  const lines = block.subarray(0, end.at).toString('latin1').split(/\r?\n/);
  const statusLine = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(lines[0] ?? '');
  if (statusLine?.[1] === undefined) return undefined;
  const headers = new Map<string, string>();
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    const prev = headers.get(name);
    headers.set(name, prev === undefined ? value : `${prev}, ${value}`);
  }
  let body = block.subarray(end.at + end.skip);
  if (/chunked/i.test(headers.get('transfer-encoding') ?? '')) body = dechunk(body) ?? body;
  const encoding = (headers.get('content-encoding') ?? '').trim().toLowerCase();
  if (encoding !== '' && encoding !== 'identity' && body.length > 0) body = decodeContent(body, encoding, maxBytes);
  return { status: Number(statusLine[1]), headers, body };
}
