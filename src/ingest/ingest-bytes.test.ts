import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { ingestBytes, ingestRecord } from './ingest-bytes.js';
import type { IngestItem } from './ingest-item.js';

async function all(items: AsyncIterable<IngestItem>): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const it of items) out.push(it);
  return out;
}

const PAGE = '<!DOCTYPE html><html><head><meta charset="windows-1252"><title>Café owner fined</title></head><body><article><p>The owner of the Café Lumière in Ostrel was fined €500 on Thursday.</p></article></body></html>';

test('uploaded bytes are read like a file of that name: charset, gzip, JSONL records and their errors', async () => {
  const html = await all(ingestBytes(Buffer.from(PAGE, 'latin1'), { location: 'upload:cafe.html', name: 'cafe.html' }));
  assert.equal(html.length, 1);
  const r = html[0];
  assert.ok(r?.kind === 'report');
  assert.equal(r.report.format, 'html');
  assert.equal(r.report.source.location, 'upload:cafe.html');
  assert.equal(r.report.source.charset?.name, 'windows-1252');
  assert.match(r.report.raw, /Café Lumière/);

  const jsonl = ['{"text":"Ostrel council meets on Monday to vote on the harbour budget."}', 'not json', '{"title":"no body"}'].join('\n');
  const items = await all(ingestBytes(gzipSync(jsonl), { location: 'upload:day.jsonl.gz', name: 'day.jsonl.gz' }));
  assert.deepEqual(
    items.map((i) => (i.kind === 'report' ? 'report' : `${i.error.code}:${i.error.line}`)),
    ['report', 'CRB_ERR_JSONL_PARSE:2', 'CRB_ERR_JSONL_FIELDS:3'],
  );

  const named = await all(ingestBytes(Buffer.from('Plain words about the Ostrel ferry.'), { location: 'upload:notes', mime: 'text/plain' }));
  assert.equal(named[0]?.kind === 'report' && named[0].report.format, 'text');

  const koi = iconv.encode('Паром до Острела снова ходит после пожара в терминале, сообщил порт.', 'koi8-r');
  const declared = await all(ingestBytes(koi, { location: 'upload:parom.txt', name: 'parom.txt', mime: 'text/plain', charset: 'koi8-r' }));
  assert.ok(declared[0]?.kind === 'report');
  assert.deepEqual(declared[0].report.source.charset, { name: 'koi8-r', from: 'http' });
  assert.match(declared[0].report.raw, /^Паром до Острела/);

  const empty = await all(ingestBytes(new Uint8Array(0), { location: 'upload:empty.txt', name: 'empty.txt' }));
  assert.deepEqual(empty.map((i) => i.kind === 'error' && i.error.code), ['CRB_ERR_INGEST_EMPTY']);

  const big = await all(ingestBytes(Buffer.alloc(5000, 'a'), { location: 'upload:big.txt', name: 'big.txt' }, { maxBytes: 1000 }));
  assert.deepEqual(big.map((i) => i.kind === 'error' && i.error.code), ['CRB_ERR_INGEST_TOO_LARGE']);
});

test('a record on its own reads like a JSONL line but names no line', async () => {
  const [item] = await all(
    ingestRecord({ html: '<p>Ostrel harbour wall repaired after the March storm.</p>', text: 'ignored', title: ' Wall repaired ', outlet: 'Ostrel Post' }, 'api:json'),
  );
  assert.ok(item?.kind === 'report');
  assert.equal(item.report.format, 'html', 'html wins over text');
  assert.deepEqual(item.report.given, { title: 'Wall repaired', outlet: 'Ostrel Post' });
  assert.equal(item.report.source.location, 'api:json');
  assert.equal(item.report.source.line, undefined);
  const [bad] = await all(ingestRecord({ text: 'Harbour news', author: 42 }, 'api:json'));
  assert.ok(bad?.kind === 'error');
  assert.equal(bad.error.code, 'CRB_ERR_JSONL_FIELDS');
  assert.equal(bad.error.line, undefined);
  assert.equal(bad.error.oneLine(), 'api:json: CRB_ERR_JSONL_FIELDS field "author" must be a string, not number');
});
