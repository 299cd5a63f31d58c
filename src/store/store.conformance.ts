import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from './store.js';
import { makeDoc } from '../../test/support/make-doc.js';

/** The behaviour every Store backend must show; each backend's test file runs it. */
export function runStoreConformance(backend: string, open: () => Promise<Store>): void {
  const a = makeDoc('Drones struck a fuel depot near Varna Nova\nThe ministry said nine drones were launched overnight.', {
    outlet: { value: 'Kestrel Daily', from: 'meta-tag' },
    published: { value: '2026-03-03', precision: 'day', from: 'meta-tag' },
  });
  const b = makeDoc('Mayor Ilse Varga confirms interceptions\nTwo drones were intercepted over the Ostrava district, the mayor wrote.', {
    published: { value: '2026-03-02', precision: 'day', from: 'given' },
  });

  test(`${backend}: stores a report once and reads it back whole`, async () => {
    const store = await open();
    try {
      assert.equal(await store.putReports([a, b]), 2);
      assert.equal(await store.putReports([a]), 0, 'the same id is not stored twice');
      const back = await store.getReport(a.id);
      assert.deepEqual(back, a);
      assert.equal((await store.stats()).reports, 2);
    } finally {
      await store.close();
    }
  });

  test(`${backend}: finds a report by an id prefix, and not by an ambiguous or unknown one`, async () => {
    const store = await open();
    try {
      await store.putReports([a, b]);
      assert.equal((await store.getReport(a.id.slice(0, 8)))?.id, a.id);
      assert.equal(await store.getReport('ffffffffffffffff'), undefined);
    } finally {
      await store.close();
    }
  });

  test(`${backend}: says which ids are already stored`, async () => {
    const store = await open();
    try {
      await store.putReports([a]);
      assert.deepEqual([...(await store.existing([a.id, b.id, 'nope']))], [a.id]);
    } finally {
      await store.close();
    }
  });

  test(`${backend}: full-text search ranks the matching report with a snippet`, async () => {
    const store = await open();
    try {
      await store.putReports([a, b]);
      const hits = await store.search('intercepted drones');
      assert.equal(hits[0]?.id, b.id);
      assert.match(hits[0]!.snippet, /\[intercepted\]/);
      assert.deepEqual(await store.search('"fuel depot"').then((h) => h.map((x) => x.id)), [a.id]);
      // Operators and stray quotes typed into a search box must not break the query.
      assert.deepEqual(await store.search('depot AND (" OR'), await store.search('depot AND OR'));
      assert.deepEqual(await store.search('!!!'), []);
    } finally {
      await store.close();
    }
  });

  test(`${backend}: lists reports by publication date`, async () => {
    const store = await open();
    try {
      await store.putReports([a, b]);
      const list = await store.listReports();
      assert.deepEqual(list.map((r) => r.id), [b.id, a.id]);
      assert.equal(list[1]?.outlet, 'Kestrel Daily');
      assert.equal(list[1]?.removedCount, 1);
    } finally {
      await store.close();
    }
  });

  test(`${backend}: records runs and their failed inputs`, async () => {
    const store = await open();
    try {
      const run = await store.startRun(['corpus/']);
      await store.recordFailures(run, [
        { input: 'corpus/bad.jsonl', line: 3, code: 'CRB_ERR_JSONL_PARSE', message: 'Unexpected token' },
        { input: 'corpus/empty.txt', code: 'CRB_ERR_INGEST_EMPTY', message: 'the input is empty' },
      ]);
      await store.finishRun(run, { stored: 4, failed: 2 });
      const failures = await store.failures(run);
      assert.equal(failures.length, 2);
      assert.deepEqual(failures[0], { input: 'corpus/bad.jsonl', line: 3, code: 'CRB_ERR_JSONL_PARSE', message: 'Unexpected token' });
      assert.equal(failures[1]?.line, undefined);
      assert.equal((await store.stats()).runs, 1);
    } finally {
      await store.close();
    }
  });
}
