import { CorroborateError } from '../core/errors.js';
import type { Chunks } from './byte-stream.js';
import { compact, decodeDocument, reportFromBytes, type Origin } from './build-report.js';
import { DEFAULT_MIME, parseContentType } from './content-type.js';
import { feedItems } from './feed-reports.js';
import { parseHttpResponse } from './http-message.js';
import { errorItem, type IngestItem, type ReaderOptions, type StreamContext } from './ingest-item.js';
import { readWarc } from './read-warc.js';
import { kindFromMime, looksBinary, sniffKind, sniffMarkup } from './sniff-format.js';

/** Record types that carry documents; request, metadata, revisit and warcinfo records do not. */
const WARC_TYPES: ReadonlySet<string> = new Set(['response', 'resource']);

/** The payload of a WARC record, or undefined when the record holds nothing to read (an image, a redirect). */
function warcPayload(headers: ReadonlyMap<string, string>, block: Buffer, maxBytes: number, input: string) {
  const type = (headers.get('warc-type') ?? '').toLowerCase();
  const declared = parseContentType(headers.get('content-type'));
  if (type === 'response' && (declared.mime === 'application/http' || block.subarray(0, 5).toString('latin1') === 'HTTP/')) {
    let res;
    try {
      res = parseHttpResponse(block, maxBytes);
    } catch (e) {
      const code = (e as { code?: unknown }).code;
      if (code === 'ERR_BUFFER_TOO_LARGE') throw new CorroborateError('CRB_ERR_INGEST_TOO_LARGE', `the decompressed payload is over the limit of ${maxBytes} bytes`, { input });
      if (typeof code === 'string' && code.startsWith('Z_')) throw new CorroborateError('CRB_ERR_INGEST_GZIP', `the payload's content encoding is corrupt (${(e as Error).message})`, { input, cause: e });
      throw e;
    }
    if (res === undefined) throw new CorroborateError('CRB_ERR_WARC_FORMAT', 'the response record does not hold an HTTP response', { input });
    // Redirects, errors and not-modified answers are crawl artefacts, not reports.
    if (res.status < 200 || res.status > 299) return undefined;
    return { body: res.body, contentType: parseContentType(res.headers.get('content-type')) };
  }
  return { body: block, contentType: declared };
}

/** Reports from the response and resource records of a WARC stream. */
export async function* warcItems(chunks: Chunks, ctx: StreamContext, opts: ReaderOptions): AsyncGenerator<IngestItem> {
  let produced = 0;
  for await (const rec of readWarc(chunks, { maxBytes: opts.maxBytes, types: WARC_TYPES, input: ctx.location })) {
    if ('error' in rec) {
      produced++;
      yield { kind: 'error', error: rec.error };
      continue;
    }
    const target = rec.headers.get('warc-target-uri')?.replace(/^<|>$/g, '');
    const input = `${ctx.location}#record-${rec.index}`;
    try {
      // robots.txt is the text/plain every crawl fetches first; it is not news.
      if (target !== undefined && /^[a-z]+:\/\/[^/]+\/robots\.txt$/i.test(target)) continue;
      const payload = warcPayload(rec.headers, rec.block, opts.maxBytes, input);
      if (payload === undefined || payload.body.length === 0) continue;
      let kind = kindFromMime(payload.contentType.mime);
      if (payload.contentType.mime === '' || payload.contentType.mime === 'application/octet-stream') {
        kind = looksBinary(payload.body) ? undefined : sniffKind(payload.body);
      }
      if (kind === 'html' || kind === 'feed') {
        const markup = sniffMarkup(payload.body);
        if (markup === 'feed' || markup === 'html') kind = markup;
      }
      // Images, scripts, stylesheets and the rest of a page's requisites.
      if (kind !== 'html' && kind !== 'text' && kind !== 'feed') continue;
      const date = rec.headers.get('warc-date');
      const fetchedAt = date !== undefined && !Number.isNaN(Date.parse(date)) ? new Date(date).toISOString() : ctx.fetchedAt;
      produced++;
      if (kind === 'feed') {
        const origin: Origin = { source: { kind: 'warc-record', location: ctx.location, fetchedAt }, given: {}, input };
        const { text, charset } = decodeDocument(payload.body, 'xml', origin, payload.contentType.charset);
        yield* feedItems(text, charset, { location: ctx.location, input, url: target, fetchedAt, mime: payload.contentType.mime });
        continue;
      }
      const origin: Origin = {
        source: compact({
          kind: 'warc-record' as const,
          location: ctx.location,
          url: target,
          recordId: rec.headers.get('warc-record-id')?.replace(/^<|>$/g, ''),
          fetchedAt,
          contentType: payload.contentType.mime || DEFAULT_MIME[kind],
        }),
        given: compact({ url: target }),
        input,
      };
      yield { kind: 'report', report: reportFromBytes(kind, payload.body, origin, payload.contentType.charset) };
    } catch (e) {
      produced++;
      yield errorItem(e);
    }
  }
  if (produced === 0) {
    yield { kind: 'error', error: new CorroborateError('CRB_ERR_INGEST_EMPTY', 'the WARC file holds no HTML, text or feed responses', { input: ctx.location }) };
  }
}
