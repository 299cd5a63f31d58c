import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { ingest, type IngestItem, type IngestOptions } from './ingest.js';
import type { RawReport } from '../model/document.js';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crb-ingest-warc-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function collect(inputs: string[], opts: IngestOptions = {}): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of ingest(inputs, opts)) out.push(item);
  return out;
}
const reports = (items: IngestItem[]): RawReport[] => items.flatMap((i) => (i.kind === 'report' ? [i.report] : []));
const errors = (items: IngestItem[]) => items.flatMap((i) => (i.kind === 'error' ? [{ code: i.error.code, input: i.error.input }] : []));

let serial = 0;
function record(type: string, headers: Record<string, string>, block: Buffer): Buffer {
  serial++;
  const all: Record<string, string> = {
    'WARC-Type': type,
    'WARC-Record-ID': `<urn:uuid:00000000-0000-4000-8000-${String(serial).padStart(12, '0')}>`,
    'WARC-Date': '2025-02-01T07:45:10Z',
    ...headers,
    'Content-Length': String(block.length),
  };
  const head = `WARC/1.1\r\n${Object.entries(all).map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), block, Buffer.from('\r\n\r\n')]);
}

function http(status: string, headers: Record<string, string>, body: Buffer): Buffer {
  const head = `HTTP/1.1 ${status}\r\n${Object.entries(headers).map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), body]);
}

function response(uri: string, status: string, headers: Record<string, string>, body: Buffer): Buffer {
  return record('response', { 'WARC-Target-URI': uri, 'Content-Type': 'application/http; msgtype=response' }, http(status, headers, body));
}

function chunked(body: Buffer): Buffer {
  const mid = Math.floor(body.length / 2);
  const part = (b: Buffer) => Buffer.concat([Buffer.from(`${b.length.toString(16)}\r\n`), b, Buffer.from('\r\n')]);
  return Buffer.concat([part(body.subarray(0, mid)), part(body.subarray(mid)), Buffer.from('0\r\n\r\n')]);
}

const RU = 'Мост через реку Сольва в городе Ветрогорск закрыли на ремонт до конца весны, сообщила городская администрация.';
const EN = 'The Solva river bridge in Vetrogorsk closed for repairs until the end of spring, the city administration said.';
const pad = (n: number) => Array.from({ length: n }, (_, i) => `<p>Paragraph ${i} of the council's notice on detours and bus lines.</p>`).join('\n');
const page = (body: string, extra = '') => `<!DOCTYPE html><html><head><title>Bridge closed</title></head><body><article><p>${body}</p>${extra}</article></body></html>`;

/** A small crawl: the records a real crawler writes around two pages. */
function crawl(extra = ''): Buffer[] {
  return [
    record('warcinfo', { 'Content-Type': 'application/warc-fields' }, Buffer.from('software: test-crawler/1.0\r\nformat: WARC File Format 1.1\r\n')),
    record('request', { 'WARC-Target-URI': 'https://vetrogorsk-news.example/bridge', 'Content-Type': 'application/http; msgtype=request' }, Buffer.from('GET /bridge HTTP/1.1\r\nHost: vetrogorsk-news.example\r\n\r\n')),
    response('https://vetrogorsk-news.example/bridge', '200 OK', { 'Content-Type': 'text/html; charset=windows-1251' }, iconv.encode(page(RU, extra), 'windows-1251')),
    response('https://vetrogorsk-news.example/logo.png', '200 OK', { 'Content-Type': 'image/png' }, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])),
    response('https://vetrogorsk-news.example/old', '301 Moved Permanently', { Location: '/bridge', 'Content-Length': '0' }, Buffer.alloc(0)),
    response(
      'https://river-daily.example/solva-bridge',
      '200 OK',
      { 'Content-Type': 'text/html; charset=utf-8', 'Transfer-Encoding': 'chunked', 'Content-Encoding': 'gzip' },
      chunked(gzipSync(page(EN, extra))),
    ),
    response('https://river-daily.example/robots.txt', '200 OK', { 'Content-Type': 'text/plain' }, Buffer.from('User-agent: *\nDisallow: /admin\n')),
    record('resource', { 'WARC-Target-URI': 'file:///notes/solva.txt', 'Content-Type': 'text/plain; charset=utf-8' }, Buffer.from(EN)),
    record('metadata', { 'WARC-Target-URI': 'https://river-daily.example/solva-bridge', 'Content-Type': 'application/warc-fields' }, Buffer.from('outlink: https://river-daily.example/\r\n')),
  ];
}

test('a WARC yields the HTML and text responses, with target URI, record id, date and HTTP charset', async () => {
  const path = join(dir, 'crawl.warc');
  await writeFile(path, Buffer.concat(crawl()));
  const items = await collect([path]);
  assert.deepEqual(errors(items), []);
  const rs = reports(items);
  assert.deepEqual(rs.map((r) => r.source.url), ['https://vetrogorsk-news.example/bridge', 'https://river-daily.example/solva-bridge', 'file:///notes/solva.txt']);
  const [ru, en, note] = rs;
  assert.ok(ru?.raw.includes(RU));
  assert.deepEqual(ru?.source, {
    kind: 'warc-record',
    location: path,
    url: 'https://vetrogorsk-news.example/bridge',
    recordId: 'urn:uuid:00000000-0000-4000-8000-000000000003',
    fetchedAt: '2025-02-01T07:45:10.000Z',
    contentType: 'text/html',
    charset: { name: 'windows-1251', from: 'http' },
  });
  assert.deepEqual(ru?.given, { url: 'https://vetrogorsk-news.example/bridge' });
  // Chunked transfer and gzip content encoding are undone.
  assert.ok(en?.raw.includes(EN));
  assert.equal(en?.format, 'html');
  assert.equal(note?.format, 'text');
  assert.equal(note?.raw, EN);
});

test('.warc.gz with one gzip member per record is read the same', async () => {
  const path = join(dir, 'crawl.warc.gz');
  await writeFile(path, Buffer.concat(crawl().map((r) => gzipSync(r))));
  const rs = reports(await collect([path]));
  assert.equal(rs.length, 3);
  assert.ok(rs[0]?.raw.includes(RU));
});

test('a truncated .warc.gz gives the records before the cut, then a gzip error', async () => {
  const path = join(dir, 'cut.warc.gz');
  // Small records: the cut is met while the format sniffer reads the head, and must still wait its turn.
  const members = crawl().map((r) => gzipSync(r));
  const whole = Buffer.concat(members);
  await writeFile(path, whole.subarray(0, whole.length - Math.floor((members[7]?.length ?? 0) + 40)));
  const items = await collect([path]);
  assert.equal(reports(items).length, 2);
  assert.deepEqual(errors(items), [{ code: 'CRB_ERR_INGEST_GZIP', input: path }]);
});

test('a record over maxBytes is skipped with an error and later records are still read', async () => {
  const path = join(dir, 'big-record.warc');
  const big = response('https://river-daily.example/huge', '200 OK', { 'Content-Type': 'text/html' }, Buffer.from(page(EN, pad(200))));
  const small = response('https://river-daily.example/small', '200 OK', { 'Content-Type': 'text/html' }, Buffer.from(page(EN)));
  await writeFile(path, Buffer.concat([big, small]));
  const items = await collect([path], { maxBytes: 4000 });
  assert.deepEqual(errors(items), [{ code: 'CRB_ERR_INGEST_TOO_LARGE', input: path }]);
  assert.deepEqual(reports(items).map((r) => r.source.url), ['https://river-daily.example/small']);
});

test('broken framing ends the file with a WARC error after the good records', async () => {
  const noLength = Buffer.from('WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://x.example/\r\n\r\nHTTP/1.1 200 OK\r\n\r\nhello\r\n\r\n');
  const good = response('https://river-daily.example/solva-bridge', '200 OK', { 'Content-Type': 'text/html' }, Buffer.from(page(EN)));
  const a = join(dir, 'no-length.warc');
  await writeFile(a, Buffer.concat([good, noLength, good]));
  const itemsA = await collect([a]);
  assert.equal(reports(itemsA).length, 1);
  assert.deepEqual(errors(itemsA), [{ code: 'CRB_ERR_WARC_FORMAT', input: a }]);

  const b = join(dir, 'cut-block.warc');
  await writeFile(b, Buffer.concat([good, good.subarray(0, good.length - 60)]));
  const itemsB = await collect([b]);
  assert.equal(reports(itemsB).length, 1);
  assert.deepEqual(errors(itemsB), [{ code: 'CRB_ERR_WARC_FORMAT', input: b }]);

  const c = join(dir, 'not-a-warc.warc');
  await writeFile(c, 'This is a note about the Solva bridge, saved with the wrong extension.\n');
  assert.deepEqual(errors(await collect([c])), [{ code: 'CRB_ERR_WARC_FORMAT', input: c }]);
});

test('a record whose payload cannot be read is an error naming the record; the rest go on', async () => {
  const path = join(dir, 'bad-payload.warc');
  const badGzip = response('https://river-daily.example/broken', '200 OK', { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' }, gzipSync(page(EN)).subarray(0, 30));
  const empty = response('https://river-daily.example/empty', '200 OK', { 'Content-Type': 'text/html' }, Buffer.from('<html><body><div></div></body></html>'));
  const good = response('https://river-daily.example/solva-bridge', '200 OK', { 'Content-Type': 'text/html' }, Buffer.from(page(EN)));
  await writeFile(path, Buffer.concat([badGzip, empty, good]));
  const items = await collect([path]);
  assert.deepEqual(errors(items), [
    { code: 'CRB_ERR_INGEST_GZIP', input: `${path}#record-1` },
    { code: 'CRB_ERR_INGEST_NO_TEXT', input: `${path}#record-2` },
  ]);
  assert.deepEqual(reports(items).map((r) => r.source.url), ['https://river-daily.example/solva-bridge']);
});

test('a WARC with no document records is an error', async () => {
  const path = join(dir, 'images-only.warc');
  await writeFile(path, Buffer.concat(crawl().filter((_, i) => i === 0 || i === 3)));
  assert.deepEqual(errors(await collect([path])), [{ code: 'CRB_ERR_INGEST_EMPTY', input: path }]);
});

test('a feed captured in a WARC gives its items, located in the WARC', async () => {
  const path = join(dir, 'feed.warc');
  const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>River Daily</title>
<item><title>Bridge</title><link>/solva-bridge</link><description>${EN}</description></item>
<item><title>Empty</title><link>/empty</link></item></channel></rss>`;
  await writeFile(path, response('https://river-daily.example/feed', '200 OK', { 'Content-Type': 'application/rss+xml' }, Buffer.from(rss)));
  const items = await collect([path]);
  const [r, ...rest] = reports(items);
  assert.equal(rest.length, 0);
  assert.equal(r?.source.kind, 'feed-item');
  assert.equal(r?.source.location, path);
  assert.equal(r?.given.url, 'https://river-daily.example/solva-bridge');
  assert.equal(r?.given.outlet, 'River Daily');
  assert.deepEqual(errors(items), [{ code: 'CRB_ERR_INGEST_NO_TEXT', input: `${path}#record-1#item-2` }]);
});
