import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, truncate, writeFile, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { ingest, type IngestItem, type IngestOptions } from './ingest.js';
import type { RawReport } from '../model/document.js';
import type { ErrorCode } from '../core/errors.js';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crb-ingest-files-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

const NOW = new Date('2025-03-14T09:30:00.000Z');

async function collect(inputs: string[], opts: IngestOptions = {}): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of ingest(inputs, { now: () => NOW, ...opts })) out.push(item);
  return out;
}

function reports(items: IngestItem[]): RawReport[] {
  return items.flatMap((i) => (i.kind === 'report' ? [i.report] : []));
}

function errors(items: IngestItem[]): { code: ErrorCode; input?: string; line?: number }[] {
  return items.flatMap((i) =>
    i.kind === 'error' ? [{ code: i.error.code, ...(i.error.input === undefined ? {} : { input: i.error.input }), ...(i.error.line === undefined ? {} : { line: i.error.line }) }] : [],
  );
}

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, content);
  return path;
}

const STORY =
  'Flooding closed the Marrow Valley rail line on Thursday, stranding about 300 commuters at Eastbridge station.\n\n' +
  '"We expect the line to reopen by Saturday," said Dana Whitlock, a spokeswoman for Valley Rail.';
// KOI8-R has no guillemets or em dash, so the fixture sticks to what both code pages can hold.
const RU =
  'Паводок закрыл железную дорогу в долине Мэрроу в четверг. Около трёхсот пассажиров застряли на станции Истбридж. ' +
  '"Мы ожидаем, что движение откроется к субботе", - сказала представитель компании Дана Уитлок.';

const page = (head: string, body: string): string =>
  `<!DOCTYPE html>\n<html lang="en"><head>${head}<title>Valley Rail closed</title></head>\n<body><article><h1>Valley Rail closed</h1><p>${body}</p></article></body></html>`;

test('a .txt file becomes one text report with its source recorded', async () => {
  const path = await file('plain/story.txt', STORY);
  const [item, ...rest] = await collect([path]);
  assert.equal(rest.length, 0);
  assert.equal(item?.kind, 'report');
  const r = reports([item as IngestItem])[0] as RawReport;
  assert.equal(r.format, 'text');
  assert.equal(r.raw, STORY);
  assert.match(r.id, /^[0-9a-f]{16}$/);
  assert.deepEqual(r.source, {
    kind: 'file',
    location: path,
    fetchedAt: NOW.toISOString(),
    contentType: 'text/plain',
    charset: { name: 'utf-8', from: 'utf8-valid' },
  });
  assert.deepEqual(r.given, {});
});

test('.html and .htm files become HTML reports; the same content twice has one id', async () => {
  const a = await file('pages/a.html', page('<meta charset="utf-8">', STORY));
  const b = await file('pages/copy.htm', page('<meta charset="utf-8">', STORY).replace(/\n/g, '\n\n  '));
  const rs = reports(await collect([a, b]));
  assert.equal(rs.length, 2);
  assert.equal(rs[0]?.format, 'html');
  assert.deepEqual(rs[0]?.source.charset, { name: 'utf-8', from: 'meta' });
  assert.equal(rs[0]?.id, rs[1]?.id);
});

test('an HTML fragment is wrapped into a document; a whole document is kept as is', async () => {
  const frag = await file('pages/fragment.html', `<p>${STORY}</p>`);
  const [r] = reports(await collect([frag]));
  assert.match(r?.raw ?? '', /^<html><body>\n<p>Flooding/);
  const whole = await file('pages/whole.html', page('', STORY));
  const [w] = reports(await collect([whole]));
  assert.equal(w?.raw, page('', STORY));
});

test('Windows-1251 and KOI8-R Russian pages and texts come out right', async () => {
  const declared = await file('ru/declared.html', iconv.encode(page('<meta charset="windows-1251">', RU), 'windows-1251'));
  const equiv = await file('ru/equiv.html', iconv.encode(page('<meta http-equiv="content-type" content="text/html; charset=koi8-r">', RU), 'koi8-r'));
  const bare1251 = await file('ru/bare1251.txt', iconv.encode(RU, 'windows-1251'));
  const bareKoi = await file('ru/barekoi.txt', iconv.encode(RU, 'koi8-r'));
  const rs = reports(await collect([declared, equiv, bare1251, bareKoi]));
  assert.equal(rs.length, 4);
  assert.deepEqual(
    rs.map((r) => r.source.charset),
    [
      { name: 'windows-1251', from: 'meta' },
      { name: 'koi8-r', from: 'meta' },
      { name: 'windows-1251', from: 'sniffed' },
      { name: 'koi8-r', from: 'sniffed' },
    ],
  );
  for (const r of rs) assert.ok(r.raw.includes(RU), r.source.location);
  // Same words, different bytes: one id per format.
  assert.equal(rs[2]?.id, rs[3]?.id);
});

test('a folder is walked recursively in sorted order, skipping dotfiles and dot-folders', async () => {
  const root = join(dir, 'tree');
  await file('tree/b.txt', `${STORY} B`);
  await file('tree/a.txt', `${STORY} A`);
  await file('tree/sub/c.html', page('', `${STORY} C`));
  await file('tree/A-upper.txt', `${STORY} upper`);
  await file('tree/.hidden.txt', `${STORY} hidden`);
  await file('tree/.git/config.txt', `${STORY} git`);
  const items = await collect([root]);
  assert.deepEqual(errors(items), []);
  assert.deepEqual(
    reports(items).map((r) => r.source.location),
    [join(root, 'A-upper.txt'), join(root, 'a.txt'), join(root, 'b.txt'), join(root, 'sub', 'c.html')],
  );
});

test('a symlink cycle inside a folder ends', async () => {
  await file('cyclic/one.txt', STORY);
  await symlink(join(dir, 'cyclic'), join(dir, 'cyclic', 'loop'));
  const items = await collect([join(dir, 'cyclic')]);
  assert.deepEqual(reports(items).map((r) => r.source.location), [join(dir, 'cyclic', 'one.txt')]);
});

test('folder files are read as the consumer asks, only a few ahead', async () => {
  const root = join(dir, 'lazy');
  for (let i = 0; i < 40; i++) await file(`lazy/f${String(i).padStart(3, '0')}.txt`, `${STORY} number ${i}`);
  const seen: IngestItem[] = [];
  for await (const item of ingest([root])) {
    seen.push(item);
    // Once the first report is out, the files vanish: a reader that loaded the folder up front would not notice.
    if (seen.length === 1) await rm(root, { recursive: true, force: true });
  }
  assert.equal(seen[0]?.kind, 'report');
  assert.equal(seen.length, 40);
  const missing = errors(seen).filter((e) => e.code === 'CRB_ERR_INGEST_NOT_FOUND').length;
  // At most the read-ahead window (8 files) was already in memory.
  assert.ok(missing >= 40 - 1 - 8, `${missing} files found missing`);
  assert.equal(missing + reports(seen).length, 40);
});

test('.gz files are decompressed and read by their inner extension', async () => {
  const path = await file('gz/story.html.gz', gzipSync(page('<meta charset="utf-8">', STORY)));
  const [r, ...rest] = reports(await collect([path]));
  assert.equal(rest.length, 0);
  assert.equal(r?.format, 'html');
  assert.ok(r?.raw.includes('Marrow Valley'));
});

test('a file with no telling extension is sniffed', async () => {
  const html = await file('sniff/index', page('', STORY));
  const text = await file('sniff/notes', STORY);
  const jsonl = await file('sniff/export', `${JSON.stringify({ title: 'Rail', text: STORY })}\n${JSON.stringify({ text: 'Buses replace trains.' })}\n`);
  const block = Buffer.from(STORY);
  const warc = await file('sniff/capture', Buffer.concat([Buffer.from(`WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: https://valley-rail.example/notice\r\nContent-Type: text/plain\r\nContent-Length: ${block.length}\r\n\r\n`), block, Buffer.from('\r\n\r\n')]));
  const rs = reports(await collect([html, text, jsonl, warc]));
  assert.deepEqual(rs.map((r) => [r.format, r.source.kind]), [
    ['html', 'file'],
    ['text', 'file'],
    ['text', 'jsonl-line'],
    ['text', 'jsonl-line'],
    ['text', 'warc-record'],
  ]);
});

test('stdin is read for "-"', async () => {
  const items = await collect(['-'], { stdin: Readable.from([Buffer.from(STORY.slice(0, 50)), Buffer.from(STORY.slice(50))]) });
  const [r] = reports(items);
  assert.equal(r?.raw, STORY);
  assert.equal(r?.source.kind, 'stdin');
  assert.equal(r?.source.location, '-');
});

test('bad inputs each give their own error and the batch goes on', async () => {
  const good1 = await file('bad/1-good.txt', STORY);
  const empty = await file('bad/empty.txt', '');
  const blank = await file('bad/blank.txt', '  \n\t\n');
  const png = await file('bad/photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]));
  const controls = await file('bad/controls.txt', Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x41 : 0x01 + (i % 7)))));
  const truncated = await file('bad/cut.txt.gz', gzipSync(STORY.repeat(20)).subarray(0, 60));
  const shell = await file('bad/shell.html', '<html><head><title>App</title><script>var story = "loading";</script></head><body><div id="root"></div><!-- nothing --></body></html>');
  const good2 = await file('bad/z-good.html', page('', STORY));
  const nul = join(dir, 'bad', 'nul\0name.txt');
  const items = await collect([good1, join(dir, 'bad', 'missing.txt'), nul, empty, blank, png, controls, truncated, shell, good2]);
  assert.deepEqual(errors(items), [
    { code: 'CRB_ERR_INGEST_NOT_FOUND', input: join(dir, 'bad', 'missing.txt') },
    { code: 'CRB_ERR_INGEST_NOT_FOUND', input: nul },
    { code: 'CRB_ERR_INGEST_EMPTY', input: empty },
    { code: 'CRB_ERR_INGEST_EMPTY', input: blank },
    { code: 'CRB_ERR_INGEST_BINARY', input: png },
    { code: 'CRB_ERR_INGEST_BINARY', input: controls },
    { code: 'CRB_ERR_INGEST_GZIP', input: truncated },
    { code: 'CRB_ERR_INGEST_NO_TEXT', input: shell },
  ]);
  assert.deepEqual(reports(items).map((r) => r.source.location), [good1, good2]);
});

test('an empty folder is an error', async () => {
  await mkdir(join(dir, 'nothing-here'), { recursive: true });
  await file('only-dots/.DS_Store', 'x');
  assert.deepEqual(errors(await collect([join(dir, 'nothing-here'), join(dir, 'only-dots')])), [
    { code: 'CRB_ERR_INGEST_EMPTY', input: join(dir, 'nothing-here') },
    { code: 'CRB_ERR_INGEST_EMPTY', input: join(dir, 'only-dots') },
  ]);
});

test('a 200 MB file is refused from its size without being read', async () => {
  // A sparse file: 200 MB long, no disk used, and all NUL, so reading it would also say "binary".
  const big = join(dir, 'huge.txt');
  await writeFile(big, '');
  await truncate(big, 200 * 1024 * 1024);
  const items = await collect([big]);
  assert.deepEqual(errors(items), [{ code: 'CRB_ERR_INGEST_TOO_LARGE', input: big }]);
});

test('maxBytes caps documents whose kind or size is only known by reading (no extension, gzip, stdin)', async () => {
  const gz = await file('cap/big.txt.gz', gzipSync(STORY.repeat(100)));
  const noExt = await file('cap/untitled', STORY.repeat(10));
  const small = await file('cap/small.txt', STORY);
  const items = await collect([gz, noExt, small, '-'], { maxBytes: 1000, stdin: Readable.from([Buffer.from(STORY.repeat(5))]) });
  assert.deepEqual(errors(items), [
    { code: 'CRB_ERR_INGEST_TOO_LARGE', input: gz },
    { code: 'CRB_ERR_INGEST_TOO_LARGE', input: noExt },
    { code: 'CRB_ERR_INGEST_TOO_LARGE', input: '-' },
  ]);
  assert.deepEqual(reports(items).map((r) => r.source.location), [small]);
});

test('invalid UTF-8: a few bad bytes still give a report, garbage gives an encoding error', async () => {
  const mostly = await file('enc/mostly.txt', Buffer.concat([Buffer.from(RU), Buffer.from([0xc3]), Buffer.from(' Конец сообщения.')]));
  const junk = Buffer.alloc(2000);
  for (let i = 0; i < junk.length; i++) junk[i] = 0x80 + ((i * 37) % 64);
  const garbage = await file('enc/garbage.txt', junk);
  const items = await collect([mostly, garbage]);
  const [r] = reports(items);
  assert.ok(r?.raw.startsWith(RU));
  assert.ok(r?.raw.includes('\ufffd'));
  assert.deepEqual(r?.source.charset, { name: 'utf-8', from: 'sniffed' });
  assert.deepEqual(errors(items), [{ code: 'CRB_ERR_INGEST_ENCODING', input: garbage }]);
});

test('a UTF-16 text with a BOM is text, not binary', async () => {
  const path = await file('enc/utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(STORY, 'utf16le')]));
  const [r] = reports(await collect([path]));
  assert.equal(r?.raw, STORY);
  assert.deepEqual(r?.source.charset, { name: 'utf-16le', from: 'bom' });
});

test('a URL with another scheme is refused', async () => {
  assert.deepEqual(errors(await collect(['ftp://files.example/report.txt'])), [{ code: 'CRB_ERR_FETCH_PROTOCOL', input: 'ftp://files.example/report.txt' }]);
});
