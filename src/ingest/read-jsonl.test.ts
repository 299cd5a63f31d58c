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
  dir = await mkdtemp(join(tmpdir(), 'crb-ingest-jsonl-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function collect(inputs: string[], opts: IngestOptions = {}): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of ingest(inputs, { now: () => new Date('2025-03-14T09:30:00Z'), ...opts })) out.push(item);
  return out;
}

const reports = (items: IngestItem[]): RawReport[] => items.flatMap((i) => (i.kind === 'report' ? [i.report] : []));
const errors = (items: IngestItem[]) => items.flatMap((i) => (i.kind === 'error' ? [{ code: i.error.code, input: i.error.input, line: i.error.line }] : []));

const A = {
  id: 'wire-0001',
  url: 'https://harbour-gazette.example/2025/03/ferry-strike-ends',
  title: 'Ferry strike ends in Port Ellery',
  published: '2025-03-13T18:05:00+01:00',
  outlet: 'Harbour Gazette',
  author: 'Lena Marsh',
  text: 'Ferry crews in Port Ellery returned to work on Thursday evening after a two-day strike over rosters.',
};
const B = {
  title: 'Ferries back',
  html: '<p>Services on the <b>Port Ellery</b> line resumed at 6 p.m., the operator said.</p>',
};

test('each JSONL line becomes a report with its fields as given metadata', async () => {
  const path = join(dir, 'batch.jsonl');
  await writeFile(path, `${JSON.stringify(A)}\n\n${JSON.stringify(B)}\r\n`);
  const items = await collect([path]);
  assert.deepEqual(errors(items), []);
  const [a, b] = reports(items);
  assert.equal(a?.format, 'text');
  assert.equal(a?.raw, A.text);
  assert.deepEqual(a?.given, { id: A.id, url: A.url, title: A.title, published: A.published, outlet: A.outlet, author: A.author });
  assert.deepEqual(a?.source, {
    kind: 'jsonl-line',
    location: path,
    line: 1,
    url: A.url,
    recordId: A.id,
    fetchedAt: '2025-03-14T09:30:00.000Z',
    contentType: 'text/plain',
    charset: { name: 'utf-8', from: 'given' },
  });
  assert.equal(b?.format, 'html');
  assert.equal(b?.source.line, 3);
  assert.ok(b?.raw.includes('<b>Port Ellery</b>'));
  assert.deepEqual(b?.given, { title: 'Ferries back' });
});

test('bad lines are errors naming file and line; the other lines go on', async () => {
  const path = join(dir, 'mixed.jsonl');
  const lines = [
    JSON.stringify(A),
    '{"title": "cut off", "text": "Ferry crews',
    JSON.stringify({ title: 'no body' }),
    JSON.stringify({ text: 42 }),
    JSON.stringify({ text: 'Port Ellery ferries ran late.', published: 20250313 }),
    '["an", "array"]',
    JSON.stringify({ text: '   ' }),
    JSON.stringify(B),
  ];
  await writeFile(path, `${lines.join('\n')}\n`);
  const items = await collect([path]);
  assert.deepEqual(errors(items), [
    { code: 'CRB_ERR_JSONL_PARSE', input: path, line: 2 },
    { code: 'CRB_ERR_JSONL_FIELDS', input: path, line: 3 },
    { code: 'CRB_ERR_JSONL_FIELDS', input: path, line: 4 },
    { code: 'CRB_ERR_JSONL_FIELDS', input: path, line: 5 },
    { code: 'CRB_ERR_JSONL_FIELDS', input: path, line: 6 },
    { code: 'CRB_ERR_INGEST_EMPTY', input: path, line: 7 },
  ]);
  assert.deepEqual(reports(items).map((r) => r.source.line), [1, 8]);
  // Order is kept: the error of line 2 comes between the reports of lines 1 and 8.
  assert.deepEqual(items.map((i) => i.kind), ['report', 'error', 'error', 'error', 'error', 'error', 'error', 'report']);
});

test('a line over maxBytes is skipped with an error and reading continues', async () => {
  const path = join(dir, 'long.jsonl');
  const long = JSON.stringify({ text: `Harbour news. ${'word '.repeat(2000)}` });
  await writeFile(path, `${JSON.stringify(A)}\n${long}\n${JSON.stringify(B)}`);
  const items = await collect([path], { maxBytes: 2000 });
  assert.deepEqual(errors(items), [{ code: 'CRB_ERR_INGEST_TOO_LARGE', input: path, line: 2 }]);
  assert.deepEqual(reports(items).map((r) => r.source.line), [1, 3]);
});

test('.jsonl.gz is read line by line too, and a gzip cut off mid-way reports after the lines it gave', async () => {
  // ~170 KB: the cut falls past the first 64 KiB the format sniffer reads, so it is met while streaming.
  const many = Array.from({ length: 2000 }, (_, i) => JSON.stringify({ id: `n${i}`, text: `Bulletin ${i}: tide tables for Port Ellery updated, pier ${i % 7} closed.` })).join('\n');
  const whole = join(dir, 'bulletins.jsonl.gz');
  await writeFile(whole, gzipSync(many));
  const rs = reports(await collect([whole]));
  assert.equal(rs.length, 2000);
  assert.equal(rs[1999]?.given.id, 'n1999');

  const gz = gzipSync(many);
  const cut = join(dir, 'cut.jsonl.gz');
  await writeFile(cut, gz.subarray(0, Math.floor(gz.length * 0.6)));
  const items = await collect([cut]);
  const got = reports(items);
  assert.ok(got.length > 0 && got.length < 2000, `${got.length} reports before the cut`);
  assert.deepEqual(errors(items).at(-1), { code: 'CRB_ERR_INGEST_GZIP', input: cut, line: undefined });
});

test('a line that is not UTF-8 falls back to charset sniffing', async () => {
  const path = join(dir, 'cp1251.jsonl');
  const text = 'Паромы в Порт-Эллери снова ходят по расписанию после двухдневной забастовки экипажей.';
  await writeFile(path, iconv.encode(`${JSON.stringify({ title: 'Паромы', text })}\n`, 'windows-1251'));
  const [r] = reports(await collect([path]));
  assert.equal(r?.raw, text);
  assert.deepEqual(r?.source.charset, { name: 'windows-1251', from: 'sniffed' });
});

test('a JSONL file with only blank lines is an error', async () => {
  const path = join(dir, 'blank.jsonl');
  await writeFile(path, '\n\n  \n');
  assert.deepEqual(errors(await collect([path])), [{ code: 'CRB_ERR_INGEST_EMPTY', input: path, line: undefined }]);
});
