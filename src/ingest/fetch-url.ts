import http from 'node:http';
import https from 'node:https';
import dns from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { CorroborateError, isCorroborateError } from '../core/errors.js';
import { canonicalAddress, isPrivateAddress } from './ip-address.js';
import { parseContentType, type ContentType } from './content-type.js';

/** Limits and identity for fetching. */
export interface FetchOptions {
  /** Largest body accepted, after content decoding. */
  maxBytes: number;
  /** Whole fetch, redirects and body included. */
  timeoutMs: number;
  maxRedirects: number;
  userAgent: string;
  /** Skip the private-address guard entirely (tests, intranet crawls). */
  allowPrivateAddresses: boolean;
  /** Exact addresses allowed even though private (an internal mirror); everything else stays guarded. */
  allowedAddresses: readonly string[];
}

/** A fetched response body with what is needed to read it. */
export interface Fetched {
  /** The URL after redirects. */
  url: string;
  status: number;
  contentType: ContentType;
  body: Buffer;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function isAllowed(address: string, opts: FetchOptions): boolean {
  if (opts.allowPrivateAddresses || !isPrivateAddress(address)) return true;
  const canon = canonicalAddress(address);
  return opts.allowedAddresses.some((a) => canonicalAddress(a) === canon);
}

function privateError(input: string, url: URL, address: string): CorroborateError {
  return new CorroborateError(
    'CRB_ERR_FETCH_PRIVATE_ADDRESS',
    `${url.host} resolves to ${address}, a private, loopback or link-local address`,
    { input },
  );
}

/**
 * A DNS lookup that refuses private answers. The check runs on the very address the socket then
 * connects to, so a DNS answer cannot change between check and use (rebinding).
 */
function guardedLookup(input: string, url: URL, opts: FetchOptions): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '', 0);
      // Refuse when any answer is private: a mixed answer is how rebinding attacks hide.
      const bad = addresses.find((a) => !isAllowed(a.address, opts));
      if (bad !== undefined) return callback(privateError(input, url, bad.address), '', 0);
      if (options.all === true) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, addresses);
      const first = addresses[0];
      if (first === undefined) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '', 0);
      callback(null, first.address, first.family);
    });
  };
}

/** Sends one request and resolves with the response head; the body is read by the caller. */
function request(url: URL, input: string, opts: FetchOptions, signal: AbortSignal): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    const lib = url.protocol === 'https:' ? https : http;
    const req = lib.request(
      url,
      {
        method: 'GET',
        // A fresh connection per hop, so each hop's address goes through the guard.
        agent: false,
        signal,
        lookup: guardedLookup(input, url, opts),
        headers: {
          'User-Agent': opts.userAgent,
          Accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5',
          'Accept-Encoding': 'gzip, deflate, br',
        },
      },
      resolve,
    );
    req.on('error', reject);
    req.end();
  });
}

/** Reads a response body, undoing its content encoding and aborting as soon as it passes the cap. */
async function readBody(res: http.IncomingMessage, input: string, maxBytes: number): Promise<Buffer> {
  const declared = Number(res.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    res.destroy();
    throw new CorroborateError('CRB_ERR_INGEST_TOO_LARGE', `Content-Length ${declared} is over the limit of ${maxBytes} bytes`, { input });
  }
  const encoding = String(res.headers['content-encoding'] ?? '').trim().toLowerCase();
  let stream: Readable = res;
  if (encoding === 'gzip' || encoding === 'x-gzip') stream = res.pipe(createGunzip());
  else if (encoding === 'deflate') stream = res.pipe(createInflate());
  else if (encoding === 'br') stream = res.pipe(createBrotliDecompress());
  if (stream !== res) res.on('error', (e) => stream.destroy(e));
  const parts: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      total += (chunk as Buffer).length;
      // Counted after decoding, so a small compressed bomb is stopped too.
      if (total > maxBytes) {
        throw new CorroborateError('CRB_ERR_INGEST_TOO_LARGE', `the body passed the limit of ${maxBytes} bytes`, { input });
      }
      parts.push(chunk as Buffer);
    }
  } finally {
    res.destroy();
    if (stream !== res) stream.destroy();
  }
  return Buffer.concat(parts, total);
}

function checkProtocol(url: URL, input: string): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new CorroborateError('CRB_ERR_FETCH_PROTOCOL', `${url.protocol} URLs are not fetched, only http and https`, { input });
  }
}

/** Node's network and zlib errors, turned into the catalogue's codes. */
function fetchError(e: unknown, input: string, url: URL, timedOut: boolean): CorroborateError {
  if (isCorroborateError(e)) return e;
  if (timedOut) return new CorroborateError('CRB_ERR_FETCH_TIMEOUT', `no complete answer from ${url.host} in time`, { input, cause: e });
  const code = (e as { code?: unknown }).code;
  if (typeof code === 'string' && code.startsWith('Z_')) {
    return new CorroborateError('CRB_ERR_INGEST_GZIP', `the compressed body is corrupt (${(e as Error).message})`, { input, cause: e });
  }
  const detail = typeof code === 'string' ? code : (e as Error).message;
  return new CorroborateError('CRB_ERR_FETCH_FAILED', `${url.href} could not be fetched (${detail})`, { input, cause: e });
}

/**
 * Fetches an http(s) URL on a user's behalf, guarded: redirects are followed by hand (at most
 * `maxRedirects`), and every hop's address, whether literal or from DNS, must be public unless
 * allowed; bodies are streamed and cut at `maxBytes`; the whole fetch must end within
 * `timeoutMs`. Every failure is a CorroborateError (FETCH_*, INGEST_TOO_LARGE, INGEST_GZIP).
 */
export async function fetchUrl(input: string, opts: FetchOptions): Promise<Fetched> {
  let url: URL;
  try {
    url = new URL(input);
  } catch (e) {
    throw new CorroborateError('CRB_ERR_FETCH_FAILED', 'not a valid URL', { input, cause: e });
  }
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, opts.timeoutMs);
  try {
    for (let hop = 0; ; hop++) {
      checkProtocol(url, input);
      const host = url.hostname.replace(/^\[|\]$/g, '');
      // Literal addresses skip DNS, and so the lookup guard: check them here.
      if (isIP(host) !== 0 && !isAllowed(host, opts)) throw privateError(input, url, host);
      let res: http.IncomingMessage;
      try {
        res = await request(url, input, opts, controller.signal);
      } catch (e) {
        throw fetchError(e, input, url, timedOut);
      }
      const status = res.statusCode ?? 0;
      if (REDIRECTS.has(status) && res.headers.location !== undefined) {
        res.destroy();
        if (hop >= opts.maxRedirects) {
          throw new CorroborateError('CRB_ERR_FETCH_REDIRECTS', `more than ${opts.maxRedirects} redirects`, { input });
        }
        try {
          url = new URL(res.headers.location, url);
        } catch (e) {
          throw new CorroborateError('CRB_ERR_FETCH_FAILED', `bad redirect location "${res.headers.location}"`, { input, cause: e });
        }
        continue;
      }
      if (status < 200 || status > 299) {
        res.destroy();
        throw new CorroborateError('CRB_ERR_FETCH_STATUS', `${url.href} answered ${status} ${res.statusMessage ?? ''}`.trim(), { input });
      }
      let body: Buffer;
      try {
        body = await readBody(res, input, opts.maxBytes);
      } catch (e) {
        throw fetchError(e, input, url, timedOut);
      }
      return { url: url.href, status, contentType: parseContentType(res.headers['content-type']), body };
    }
  } finally {
    clearTimeout(timer);
  }
}
