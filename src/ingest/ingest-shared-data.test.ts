import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { ingest, type IngestItem } from './ingest.js';

/** The shared data sits beside the checkout: <repo>/../shared/data. */
const SHARED = fileURLToPath(new URL('../../../shared/data/', import.meta.url));

async function collect(inputs: string[]): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of ingest(inputs)) out.push(item);
  return out;
}

test('the seed reports are read as UTF-8 text reports with distinct ids', async (t) => {
  const seeds = join(SHARED, 'seeds');
  if (!existsSync(seeds)) return t.skip(`${seeds} absent`);
  const names = (await readdir(seeds)).filter((n) => !n.startsWith('.')).sort();
  const items = await collect([seeds]);
  const errors = items.flatMap((i) => (i.kind === 'error' ? [i.error.oneLine()] : []));
  assert.deepEqual(errors, []);
  const reports = items.flatMap((i) => (i.kind === 'report' ? [i.report] : []));
  assert.deepEqual(reports.map((r) => r.source.location), names.map((n) => join(seeds, n)));
  for (const r of reports) {
    assert.equal(r.format, 'text');
    assert.deepEqual(r.source.charset, { name: 'utf-8', from: 'utf8-valid' });
    assert.ok(r.raw.length > 500, `${r.source.location} has its text`);
    assert.ok(!r.raw.includes('\ufffd'));
  }
  assert.equal(new Set(reports.map((r) => r.id)).size, reports.length);
});

test('every gzipped benchmark page is read as one HTML report without replacement characters', async (t) => {
  const html = join(SHARED, 'article-extraction-benchmark', 'html');
  if (!existsSync(html)) return t.skip(`${html} absent`);
  const count = (await readdir(html)).filter((n) => n.endsWith('.html.gz')).length;
  const items = await collect([html]);
  const errors = items.flatMap((i) => (i.kind === 'error' ? [i.error.oneLine()] : []));
  assert.deepEqual(errors, []);
  const reports = items.flatMap((i) => (i.kind === 'report' ? [i.report] : []));
  assert.equal(reports.length, count);
  for (const r of reports) {
    assert.equal(r.format, 'html');
    assert.equal(r.source.charset?.name, 'utf-8', r.source.location);
    assert.ok(/<body[\s>]/i.test(r.raw), r.source.location);
  }
});
