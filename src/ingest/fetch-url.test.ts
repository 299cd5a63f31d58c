import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { ingest, type IngestItem, type IngestOptions } from './ingest.js';
import type { RawReport } from '../model/document.js';

const RU = 'Власти Ветрогорска открыли новый мост через реку Сольва после двух лет ремонта.';
const EN = 'The new Solva bridge opened to traffic on Friday after two years of works, the mayor of Vetrogorsk said.';
const page = (body: string, head = '') => `<!DOCTYPE html><html><head>${head}<title>Bridge</title></head><body><article><p>${body}</p></article></body></html>`;
const RSS = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Solva Daily</title>
<item><title>Bridge opens</title><link>/2025/bridge-opens</link><description>&lt;p&gt;${EN}&lt;/p&gt;</description></item></channel></rss>`;

let server: http.Server;
let base: string;
let port: number;
const hits: string[] = [];

before(async () => {
  server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    hits.push(path);
    const redirect = /^\/r\/(\d+)$/.exec(path);
    if (redirect) {
      const n = Number(redirect[1]);
      res.writeHead(302, { Location: n === 0 ? '/article' : `/r/${n - 1}` }).end();
      return;
    }
    switch (path) {
      case '/article':
        res.writeHead(200, { 'Content-Type': 'text/html; charset=windows-1251' }).end(iconv.encode(page(RU), 'windows-1251'));
        return;
      case '/feed':
        // Feeds are often served with a generic type: the body's root element decides.
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(RSS);
        return;
      case '/gzipped':
        res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' }).end(gzipSync(page(EN, '<meta charset="utf-8">')));
        return;
      case '/big':
        res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': String(300_000) }).end(Buffer.alloc(300_000, 'a'));
        return;
      case '/big-chunked': {
        res.writeHead(200, { 'Content-Type': 'text/plain' });
        let sent = 0;
        const more = (): void => {
          // Keeps sending until the client hangs up: a body with no declared length and no end.
          if (res.destroyed || sent > 50_000_000) return void res.end();
          sent += 16_384;
          res.write(Buffer.alloc(16_384, 'b'), () => setImmediate(more));
        };
        more();
        return;
      }
      case '/bomb':
        res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Encoding': 'gzip' }).end(gzipSync(Buffer.alloc(5_000_000, 'z')));
        return;
      case '/slow':
        return; // never answers
      case '/slow-body':
        res.writeHead(200, { 'Content-Type': 'text/html' });
        res.write('<html><body><p>The bridge');
        return; // never ends
      case '/to-private':
        res.writeHead(302, { Location: `http://127.0.0.2:${port}/article` }).end();
        return;
      case '/to-v6-loopback':
        res.writeHead(301, { Location: `http://[::1]:${port}/article` }).end();
        return;
      case '/to-mapped':
        res.writeHead(307, { Location: `http://[::ffff:169.254.169.254]/latest/meta-data/` }).end();
        return;
      case '/to-ftp':
        res.writeHead(302, { Location: 'ftp://files.example/bridge.txt' }).end();
        return;
      case '/loop':
        res.writeHead(302, { Location: '/loop' }).end();
        return;
      default:
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not here');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});

after(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const LOOPBACK: IngestOptions = { allowPrivateAddresses: true, now: () => new Date('2025-06-06T06:06:06Z') };

async function collect(inputs: string[], opts: IngestOptions): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of ingest(inputs, opts)) out.push(item);
  return out;
}
const reports = (items: IngestItem[]): RawReport[] => items.flatMap((i) => (i.kind === 'report' ? [i.report] : []));
const errors = (items: IngestItem[]) => items.flatMap((i) => (i.kind === 'error' ? [{ code: i.error.code, input: i.error.input }] : []));

test('a fetched page is decoded with the HTTP charset and records its URL', async () => {
  const url = `${base}/article`;
  const [r, ...rest] = reports(await collect([url], LOOPBACK));
  assert.equal(rest.length, 0);
  assert.ok(r?.raw.includes(RU));
  assert.deepEqual(r?.source, {
    kind: 'url',
    location: url,
    url,
    fetchedAt: '2025-06-06T06:06:06.000Z',
    contentType: 'text/html',
    charset: { name: 'windows-1251', from: 'http' },
  });
  assert.deepEqual(r?.given, { url });
});

test('a URL whose response is a feed gives its items, links resolved against the feed URL', async () => {
  const [r, ...rest] = reports(await collect([`${base}/feed`], LOOPBACK));
  assert.equal(rest.length, 0);
  assert.equal(r?.source.kind, 'feed-item');
  assert.equal(r?.given.url, `${base}/2025/bridge-opens`);
  assert.equal(r?.given.outlet, 'Solva Daily');
  assert.ok(r?.raw.includes(EN));
});

test('gzip content encoding is undone', async () => {
  const [r] = reports(await collect([`${base}/gzipped`], LOOPBACK));
  assert.ok(r?.raw.includes(EN));
  assert.deepEqual(r?.source.charset, { name: 'utf-8', from: 'meta' });
});

test('redirects are followed up to the limit and no further', async () => {
  const items = await collect([`${base}/r/3`, `${base}/r/6`, `${base}/loop`], { ...LOOPBACK, maxRedirects: 5 });
  const [r] = reports(items);
  assert.equal(r?.source.location, `${base}/r/3`);
  assert.equal(r?.source.url, `${base}/article`);
  assert.deepEqual(errors(items), [
    { code: 'CRB_ERR_FETCH_REDIRECTS', input: `${base}/r/6` },
    { code: 'CRB_ERR_FETCH_REDIRECTS', input: `${base}/loop` },
  ]);
});

test('bodies over maxBytes are refused: declared length, streamed length, decompressed length', async () => {
  const items = await collect([`${base}/big`, `${base}/big-chunked`, `${base}/bomb`], { ...LOOPBACK, maxBytes: 100_000 });
  assert.deepEqual(errors(items), [
    { code: 'CRB_ERR_INGEST_TOO_LARGE', input: `${base}/big` },
    { code: 'CRB_ERR_INGEST_TOO_LARGE', input: `${base}/big-chunked` },
    { code: 'CRB_ERR_INGEST_TOO_LARGE', input: `${base}/bomb` },
  ]);
});

test('a server that does not answer, or stops mid-body, times out', async () => {
  const items = await collect([`${base}/slow`, `${base}/slow-body`, `${base}/article`], { ...LOOPBACK, timeoutMs: 300 });
  assert.deepEqual(errors(items), [
    { code: 'CRB_ERR_FETCH_TIMEOUT', input: `${base}/slow` },
    { code: 'CRB_ERR_FETCH_TIMEOUT', input: `${base}/slow-body` },
  ]);
  assert.equal(reports(items).length, 1);
});

test('without allowPrivateAddresses, loopback and other private addresses are refused before connecting', async () => {
  hits.length = 0;
  const inputs = [`${base}/article`, `http://localhost:${port}/article`, `http://[::1]:${port}/article`, `http://0.0.0.0:${port}/article`, `http://[::ffff:127.0.0.1]:${port}/article`];
  const items = await collect(inputs, {});
  assert.deepEqual(
    errors(items),
    inputs.map((input) => ({ code: 'CRB_ERR_FETCH_PRIVATE_ADDRESS', input })),
  );
  assert.deepEqual(hits, [], 'no request reached the server');
});

test('a redirect to a private address is refused, even when the first hop was allowed', async () => {
  hits.length = 0;
  // Only the test server's own address is let through; every hop after it meets the guard.
  const opts: IngestOptions = { allowedAddresses: ['127.0.0.1'] };
  const inputs = [`${base}/to-private`, `${base}/to-v6-loopback`, `${base}/to-mapped`];
  const items = await collect([...inputs, `${base}/article`], opts);
  assert.deepEqual(
    errors(items),
    inputs.map((input) => ({ code: 'CRB_ERR_FETCH_PRIVATE_ADDRESS', input })),
  );
  assert.deepEqual(hits, ['/to-private', '/to-v6-loopback', '/to-mapped', '/article']);
  assert.equal(reports(items).length, 1);
});

test('error statuses and redirects to other schemes are errors', async () => {
  const items = await collect([`${base}/nowhere`, `${base}/to-ftp`, `http://127.0.0.1:1/closed`], LOOPBACK);
  assert.deepEqual(errors(items), [
    { code: 'CRB_ERR_FETCH_STATUS', input: `${base}/nowhere` },
    { code: 'CRB_ERR_FETCH_PROTOCOL', input: `${base}/to-ftp` },
    { code: 'CRB_ERR_FETCH_FAILED', input: 'http://127.0.0.1:1/closed' },
  ]);
});
