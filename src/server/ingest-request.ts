import { basename } from 'node:path';
import { ingest, type IngestOptions } from '../ingest/ingest.js';
import { ingestBytes, ingestRecord } from '../ingest/ingest-bytes.js';
import { parseContentType } from '../ingest/content-type.js';
import type { IngestItem } from '../ingest/ingest-item.js';
import { ApiError } from './api-error.js';
import { ingestRecordBody, ingestUrlBody } from './schemas.js';
import { compilePart, validationError } from './validate.js';

/** Limits for reading one ingest request. */
export interface IngestRequestOptions {
  /** Largest body accepted, and largest page fetched for `{ url }`. */
  maxBodyBytes: number;
  /** Fetch options for `{ url }`; the private-address guard is on unless a test turns it off. */
  fetch: Pick<IngestOptions, 'allowPrivateAddresses' | 'timeoutMs'>;
  /** Files per multipart request. */
  maxFiles: number;
}

/** What a request asked to ingest, read into items, with the inputs named for the run record. */
export interface ReadRequest {
  inputs: string[];
  items: IngestItem[];
}

const checkRecord = compilePart(ingestRecordBody, 'body');
const checkUrl = compilePart(ingestUrlBody, 'body');

function tooLarge(max: number): ApiError {
  return new ApiError(413, 'CRB_ERR_API_BODY_TOO_LARGE', `the request body is over the limit of ${max} bytes`);
}

/** Reads the whole body, refusing as soon as it passes the limit (declared or counted). */
export async function readBodyCapped(req: Request, max: number): Promise<Buffer> {
  const declared = Number(req.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > max) throw tooLarge(max);
  if (req.body === null) return Buffer.alloc(0);
  const reader = req.body.getReader();
  const parts: Buffer[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel();
      throw tooLarge(max);
    }
    parts.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
  }
  return Buffer.concat(parts, total);
}

async function collect(items: AsyncIterable<IngestItem>): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const it of items) out.push(it);
  return out;
}

/** An uploaded file's name as a location: its last path part, printable, bounded. */
export function uploadLocation(name: string): string {
  const clean = basename(name.replace(/\\/g, '/'))
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .slice(0, 200);
  return `upload:${clean || 'file'}`;
}

async function fromJson(bytes: Buffer, opts: IngestRequestOptions): Promise<ReadRequest> {
  let body: unknown;
  try {
    body = JSON.parse(bytes.toString('utf8'));
  } catch (e) {
    throw validationError([{ in: 'body', path: '', message: `the body is not valid JSON (${(e as Error).message})` }]);
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw validationError([{ in: 'body', path: '', message: 'the body must be a JSON object' }]);
  }
  const record = body as Record<string, unknown>;
  const keys = Object.keys(record);
  // `{ url }` alone is a page to fetch; with `text` or `html` the url is the report's own metadata.
  if (keys.length === 1 && keys[0] === 'url') {
    checkUrl(record);
    const url = String(record.url);
    return { inputs: [url], items: await collect(ingest([url], { maxBytes: opts.maxBodyBytes, ...opts.fetch })) };
  }
  checkRecord(record);
  const location = 'api:json';
  return { inputs: [location], items: await collect(ingestRecord(record, location, { maxBytes: opts.maxBodyBytes })) };
}

async function fromMultipart(bytes: Buffer, contentType: string, opts: IngestRequestOptions): Promise<ReadRequest> {
  let form: FormData;
  try {
    form = await new Response(bytes, { headers: { 'content-type': contentType } }).formData();
  } catch (e) {
    throw validationError([{ in: 'body', path: '', message: `the multipart body cannot be parsed (${(e as Error).message})` }]);
  }
  const issues = [];
  const files: File[] = [];
  for (const [field, value] of form.entries()) {
    if (field !== 'file') issues.push({ in: 'body' as const, path: `/${field}`, message: `unknown field "${field}" (files go in "file")` });
    else if (typeof value === 'string') issues.push({ in: 'body' as const, path: '/file', message: 'field "file" must be a file upload, not a text value' });
    else files.push(value);
  }
  if (files.length === 0 && issues.length === 0) issues.push({ in: 'body' as const, path: '', message: 'field "file" is required' });
  if (files.length > opts.maxFiles) issues.push({ in: 'body' as const, path: '/file', message: `at most ${opts.maxFiles} files per request` });
  if (issues.length > 0) throw validationError(issues);
  const inputs: string[] = [];
  const items: IngestItem[] = [];
  for (const file of files) {
    const location = uploadLocation(file.name);
    inputs.push(location);
    const { mime, charset } = parseContentType(file.type || undefined);
    // A generic type says nothing: the name and the bytes decide.
    const declared = mime && mime !== 'application/octet-stream' ? mime : undefined;
    const ctx = { location, name: file.name, ...(declared ? { mime: declared } : {}), ...(declared && charset ? { charset } : {}) };
    items.push(...(await collect(ingestBytes(Buffer.from(await file.arrayBuffer()), ctx, { maxBytes: opts.maxBodyBytes }))));
  }
  return { inputs, items };
}

/**
 * Reads an ingest request: a JSON report (`{ text | html, … }`), a JSON `{ url }` to fetch, or a
 * multipart upload of files. Bad requests are coded 400/413/415 errors; a bad input inside a good
 * request (an empty file, a refused URL) is an error item, as in `ingest`.
 */
export async function readIngestRequest(req: Request, opts: IngestRequestOptions): Promise<ReadRequest> {
  const contentType = req.headers.get('content-type') ?? '';
  const mime = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (mime !== 'application/json' && mime !== 'multipart/form-data') {
    throw new ApiError(415, 'CRB_ERR_API_MEDIA_TYPE', `send application/json or multipart/form-data, not "${mime || '(none)'}"`);
  }
  const bytes = await readBodyCapped(req, opts.maxBodyBytes);
  return mime === 'application/json' ? fromJson(bytes, opts) : fromMultipart(bytes, contentType, opts);
}
