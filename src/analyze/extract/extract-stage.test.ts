import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CorroborateError } from '../../core/errors.js';
import { createPipeline } from '../../core/stage.js';
import type { GivenMeta, ReportDocument } from '../../model/document.js';
import type { MetaCandidates } from '../meta-candidates.js';
import { extractStage } from './extract-stage.js';

function makeDoc(format: 'html' | 'text', raw: string, given: GivenMeta = {}, url?: string): ReportDocument {
  return {
    id: 'doc-1',
    source: { kind: url ? 'url' : 'file', location: url ?? '/tmp/in/report.html', fetchedAt: '2024-03-05T10:00:00Z' },
    format,
    given,
    raw,
    data: {},
    findings: [],
  };
}

const ctx = { options: {} };
const harbourside = readFileSync(new URL('./fixtures/harbourside-article.html', import.meta.url), 'utf8');

test('the stage declares what it needs and adds, and fits at the head of a pipeline', () => {
  assert.equal(extractStage.id, 'extract');
  assert.deepEqual(extractStage.requires, ['raw']);
  assert.deepEqual(extractStage.provides, ['extracted', 'html-meta']);
  assert.deepEqual(createPipeline([extractStage]).provides, ['raw', 'source', 'given', 'extracted', 'html-meta']);
});

test('HTML: the headline leads the extracted text, and page metadata is kept as candidates', () => {
  const doc = makeDoc('html', harbourside, {}, 'https://harbourside-courier.example/news/2024/03/ferry-resumes');
  extractStage.run(doc, ctx);
  const paras = doc.extracted!.split('\n\n');
  assert.equal(paras[0], 'Ferry service resumes after Port Ellery bridge closure');
  assert.ok(paras[1]!.startsWith('The ferry between Port Ellery and Saltmarsh Point'));
  assert.equal(paras.filter((p) => p === paras[0]).length, 1);
  const meta = doc.data['htmlMeta'] as MetaCandidates;
  assert.deepEqual(meta.headline, { value: 'Ferry service resumes after Port Ellery bridge closure', from: 'json-ld' });
  assert.equal(meta.outlet?.from, 'meta-tag');
  assert.equal(doc.text, undefined, 'cleaning is a later stage');
});

test('HTML: a body that already opens with the headline does not get it twice', () => {
  const body = Array.from({ length: 4 }, (_, i) => `<p>Line ${i}: the lock gates at Amberley were replaced over the winter at a cost of two million.</p>`).join('');
  const doc = makeDoc('html', `<html><head><meta property="og:title" content="Line 0: the lock gates"></head><body><article>${body}</article></body></html>`);
  extractStage.run(doc, ctx);
  assert.ok(doc.extracted!.startsWith('Line 0: the lock gates at Amberley'));
  assert.equal(doc.extracted!.split('\n\n').length, 4);
});

test('HTML: given fields become "given" candidates that outrank the page, and fill its gaps', () => {
  const body = Array.from({ length: 4 }, (_, i) => `<p>Para ${i}: volunteers cleared the towpath between Amberley and Fenwick after the flood waters went down.</p>`).join('');
  const given: GivenMeta = { title: 'Towpath cleared after flood', outlet: 'Fenwick Weekly', published: 'Tue, 09 Jan 2024 12:00:00 GMT', author: 'Ada Orme', url: 'https://fenwick-weekly.example/towpath' };
  const doc = makeDoc('html', `<html><body><div class="post">${body}</div></body></html>`, given);
  extractStage.run(doc, ctx);
  const meta = doc.data['htmlMeta'] as MetaCandidates;
  assert.deepEqual(meta.headline, { value: 'Towpath cleared after flood', from: 'given' });
  assert.deepEqual(meta.outlet, { value: 'Fenwick Weekly', from: 'given' });
  assert.equal(meta.published?.from, 'given');
  assert.equal(Date.parse(meta.published!.value), Date.parse('2024-01-09T12:00:00Z'));
  assert.deepEqual(meta.author, { value: 'Ada Orme', from: 'given' });
  assert.equal(meta.canonicalUrl, 'https://fenwick-weekly.example/towpath');
  assert.ok(doc.extracted!.startsWith('Towpath cleared after flood\n\nPara 0:'));

  const page = makeDoc('html', harbourside, { outlet: 'Aggregator' });
  extractStage.run(page, ctx);
  const pageMeta = page.data['htmlMeta'] as MetaCandidates;
  assert.deepEqual(pageMeta.outlet, { value: 'Aggregator', from: 'given' });
  assert.equal(pageMeta.headline?.from, 'json-ld', 'the page fills what was not given');
  assert.equal(pageMeta.canonicalUrl, 'https://harbourside-courier.example/news/2024/03/ferry-resumes');
});

test('text: line ends, BOM and trailing blanks are normalised; NBSP and inner text are kept', () => {
  const doc = makeDoc('text', '\uFEFFFerry resumes \r\n\r\nThe ferry ran\u00a0again on Tuesday.\rIt was busy.\n', { title: 'Ferry resumes' });
  extractStage.run(doc, ctx);
  assert.equal(doc.extracted, 'Ferry resumes\n\nThe ferry ran\u00a0again on Tuesday.\nIt was busy.');
  assert.deepEqual(doc.data['htmlMeta'], { headline: { value: 'Ferry resumes', from: 'given' } });
});

test('no text at all is a known error naming the input', () => {
  for (const doc of [makeDoc('html', '<html><body><nav><a href="/">Home</a></nav><script>x()</script></body></html>'), makeDoc('text', ' \r\n\t ')]) {
    assert.throws(
      () => extractStage.run(doc, ctx),
      (e: unknown) => e instanceof CorroborateError && e.code === 'CRB_ERR_INGEST_NO_TEXT' && e.input === '/tmp/in/report.html',
    );
  }
});
