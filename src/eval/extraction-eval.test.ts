import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { CorroborateError } from '../core/errors.js';
import { formatExtractionEval, runExtractionEval } from './extraction-eval.js';

const DATA = fileURLToPath(new URL('../../../shared/data/article-extraction-benchmark/', import.meta.url));

test('on the benchmark dev pages our extractor beats plain Readability in the same run', async (t) => {
  if (!existsSync(join(DATA, 'ground-truth.json'))) return t.skip('article-extraction-benchmark data absent');
  const r = await runExtractionEval(DATA, { perPage: true });
  assert.equal(r.pages, 88);
  assert.ok(r.ours.f1 > r.readability.f1, `ours ${r.ours.f1.toFixed(4)} vs readability ${r.readability.f1.toFixed(4)}`);
  assert.ok(r.ours.precision > r.readability.precision);
  // Plain Readability on linkedom lands on the published Readability.js dev score (0.9514).
  assert.ok(Math.abs(r.readability.f1 - 0.9514) < 0.002, `readability F1 ${r.readability.f1}`);
  assert.equal(r.perPage?.length, 88);
  assert.ok(r.perPage!.every((p) => p.ours.tp + p.ours.fp + p.ours.fn > 0.999), 'every page got a prediction');
  t.diagnostic(`ours F1 ${r.ours.f1.toFixed(4)} P ${r.ours.precision.toFixed(4)} R ${r.ours.recall.toFixed(4)} acc ${r.ours.accuracy.toFixed(4)} ${r.ours.msPerPage.toFixed(1)} ms/page`);
  t.diagnostic(`readability F1 ${r.readability.f1.toFixed(4)} ${r.readability.msPerPage.toFixed(1)} ms/page`);
});

test('a small data folder is scored page by page, with texts kept on request', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'extraction-eval-'));
  try {
    mkdirSync(join(dir, 'html'));
    const body = 'The lock keeper at Amberley said the gates would open again on Friday after repairs to the hinges.';
    const page = `<html><head><title>Gates reopen</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><p>${body}</p><p>${body.replace('Friday', 'Monday')}</p></article><footer>© Amberley Echo</footer></body></html>`;
    writeFileSync(join(dir, 'html', 'a1.html.gz'), gzipSync(page));
    writeFileSync(join(dir, 'ground-truth.json'), JSON.stringify({ a1: { articleBody: `${body}\n${body.replace('Friday', 'Monday')}`, url: 'https://amberley-echo.example/gates' } }));
    const r = await runExtractionEval(dir, { perPage: true, keepText: true });
    assert.equal(r.pages, 1);
    assert.equal(r.ours.f1, 1);
    assert.equal(r.ours.accuracy, 1);
    assert.ok(r.perPage![0]!.oursText!.startsWith('The lock keeper'));
    assert.ok(r.readability.recall > 0.99);
    const skipped = await runExtractionEval(dir, { skipBaseline: true });
    assert.equal(skipped.readability.f1, 0);
    const table = formatExtractionEval(r).split('\n');
    assert.equal(table[0], 'article extraction, 1 pages');
    assert.deepEqual(table[2]!.split(/\s+/).slice(0, 5), ['ours', '1.0000', '1.0000', '1.0000', '1.0000']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('missing or malformed data is a known error', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'extraction-eval-'));
  try {
    await assert.rejects(runExtractionEval(dir), (e: unknown) => e instanceof CorroborateError && e.code === 'CRB_ERR_EVAL_DATA');
    writeFileSync(join(dir, 'ground-truth.json'), JSON.stringify({ a1: { url: 'https://x.example/' } }));
    await assert.rejects(runExtractionEval(dir), (e: unknown) => e instanceof CorroborateError && e.code === 'CRB_ERR_EVAL_DATA');
    writeFileSync(join(dir, 'ground-truth.json'), JSON.stringify({ a1: { articleBody: 'text', url: 'https://x.example/' } }));
    await assert.rejects(runExtractionEval(dir), (e: unknown) => e instanceof CorroborateError && e.code === 'CRB_ERR_EVAL_DATA' && /a1/.test(e.message));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
