import { CorroborateError } from '../core/errors.js';
import { collectCapped, gunzip, peek, type Chunks } from './byte-stream.js';
import { compact, decodeDocument, reportFromBytes, type Origin } from './build-report.js';
import { DEFAULT_MIME } from './content-type.js';
import { feedItems } from './feed-reports.js';
import type { IngestItem, ReaderOptions, StreamContext } from './ingest-item.js';
import { readJsonl } from './read-jsonl.js';
import { isGzipMagic, kindFromMime, kindFromName, SNIFF_BYTES, sniffKind, sniffMarkup, type InputKind } from './sniff-format.js';
import { warcItems } from './warc-reports.js';

export type { StreamContext } from './ingest-item.js';

/** Decides how to read an input: its name, then its declared type, then its first bytes. */
function decideKind(head: Buffer, ctx: StreamContext): InputKind {
  const kind = (ctx.name === undefined ? undefined : kindFromName(ctx.name)) ?? (ctx.mime ? kindFromMime(ctx.mime) : undefined) ?? sniffKind(head);
  // Feeds are served as text/html and pages saved as .xml: the root element settles it.
  if (kind === 'html' || kind === 'feed') {
    const markup = sniffMarkup(head);
    if (markup === 'feed' || markup === 'html') return markup;
  }
  return kind;
}

/** One whole document (HTML, text or feed) from bytes already in memory. */
function* documentItems(kind: 'html' | 'text' | 'feed', bytes: Buffer, ctx: StreamContext): Generator<IngestItem> {
  if (kind === 'feed') {
    const origin: Origin = { source: { kind: ctx.sourceKind, location: ctx.location, fetchedAt: ctx.fetchedAt }, given: {}, input: ctx.location };
    const { text, charset } = decodeDocument(bytes, 'xml', origin, ctx.httpCharset);
    yield* feedItems(text, charset, { location: ctx.location, input: ctx.location, url: ctx.url, fetchedAt: ctx.fetchedAt, mime: ctx.mime });
    return;
  }
  const origin: Origin = {
    source: compact({ kind: ctx.sourceKind, location: ctx.location, url: ctx.url, fetchedAt: ctx.fetchedAt, contentType: ctx.mime || DEFAULT_MIME[kind] }),
    given: ctx.given ?? {},
    input: ctx.location,
  };
  yield { kind: 'report', report: reportFromBytes(kind, bytes, origin, ctx.httpCharset) };
}

/** JSONL items, with an error when the stream had no records at all. */
async function* jsonlItems(chunks: Chunks, ctx: StreamContext, opts: ReaderOptions): AsyncGenerator<IngestItem> {
  let produced = 0;
  for await (const item of readJsonl(chunks, { location: ctx.location, fetchedAt: ctx.fetchedAt }, opts)) {
    produced++;
    yield item;
  }
  if (produced === 0) {
    yield { kind: 'error', error: new CorroborateError('CRB_ERR_INGEST_EMPTY', 'the JSONL input has no records', { input: ctx.location }) };
  }
}

/**
 * Reads one input's bytes, whatever they hold: gzip is undone (by magic number, not name), then
 * the kind is decided (name, declared MIME type, first bytes) and the matching reader runs.
 * Single documents are capped at `maxBytes` as a whole; JSONL and WARC per record. Errors that
 * end the input are thrown; errors of one record inside it are yielded.
 */
export async function* readDocument(chunks: Chunks, ctx: StreamContext, opts: ReaderOptions): AsyncGenerator<IngestItem> {
  let peeked = await peek(chunks, SNIFF_BYTES);
  try {
    if (peeked.head.length === 0) throw new CorroborateError('CRB_ERR_INGEST_EMPTY', 'the input is empty', { input: ctx.location });
    const compressed = isGzipMagic(peeked.head);
    if (compressed) {
      const inner = await peek(gunzip(peeked.rest, ctx.location), SNIFF_BYTES);
      const outer = peeked;
      peeked = { ...inner, close: async () => (await inner.close(), await outer.close()) };
      if (peeked.head.length === 0) throw new CorroborateError('CRB_ERR_INGEST_EMPTY', 'the gzip stream holds no data', { input: ctx.location });
    }
    const kind = decideKind(peeked.head, ctx);
    if (kind === 'jsonl') {
      yield* jsonlItems(peeked.rest, ctx, opts);
    } else if (kind === 'warc') {
      yield* warcItems(peeked.rest, ctx, opts);
    } else {
      if (!compressed && ctx.size !== undefined && ctx.size > opts.maxBytes) {
        throw new CorroborateError('CRB_ERR_INGEST_TOO_LARGE', `${ctx.size} bytes is over the limit of ${opts.maxBytes}`, { input: ctx.location });
      }
      const bytes = await collectCapped(peeked.rest, opts.maxBytes, ctx.location);
      yield* documentItems(kind, bytes, ctx);
    }
  } finally {
    await peeked.close();
  }
}
