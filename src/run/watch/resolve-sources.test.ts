import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { DEFAULT_FEED_INTERVAL_MS, DEFAULT_PATH_INTERVAL_MS, resolveWatchSources } from './resolve-sources.js';
import { reportKey } from './report-key.js';

test('URLs are feeds polled every 30 s, paths are made absolute and polled every 2 s; a source named twice is one', () => {
  const specs = resolveWatchSources(['inbox', 'https://Kestrel-Daily.example/feed.rss', './inbox/', 'http://127.0.0.1:8081/atom']);
  assert.deepEqual(specs, [
    { input: resolve('inbox'), kind: 'path', intervalMs: DEFAULT_PATH_INTERVAL_MS },
    { input: 'https://kestrel-daily.example/feed.rss', kind: 'feed', intervalMs: DEFAULT_FEED_INTERVAL_MS },
    { input: 'http://127.0.0.1:8081/atom', kind: 'feed', intervalMs: DEFAULT_FEED_INTERVAL_MS },
  ]);
  assert.deepEqual(resolveWatchSources(['inbox', 'https://kestrel-daily.example/feed.rss'], 500).map((s) => s.intervalMs), [500, 500]);
});

test('stdin and other URL schemes cannot be watched', () => {
  const usage = (e: Error & { code?: string }) => e.code === 'CRB_ERR_CLI_USAGE';
  assert.throws(() => resolveWatchSources(['-']), usage);
  assert.throws(() => resolveWatchSources(['ftp://mirror.example/feeds/news.rss']), usage);
  assert.throws(() => resolveWatchSources(['http://[::1']), usage);
});

test('a feed item is known by its guid, else its link; anything else by its content id', () => {
  const base = { id: '0123456789abcdef', format: 'html' as const, raw: '<p>x</p>', given: {} };
  const item = (recordId?: string, url?: string) => ({ ...base, source: { kind: 'feed-item' as const, location: 'https://k.example/feed', fetchedAt: '2026-03-10T10:00:00Z', ...(recordId ? { recordId } : {}), ...(url ? { url } : {}) } });
  assert.equal(reportKey(item('urn:k:1', 'https://k.example/a')), 'item:urn:k:1');
  assert.equal(reportKey(item(undefined, 'https://k.example/a')), 'link:https://k.example/a');
  assert.equal(reportKey(item()), 'report:0123456789abcdef');
  assert.equal(reportKey({ ...base, source: { kind: 'jsonl-line', location: 'in/wire.jsonl', line: 3, recordId: 'w-3', fetchedAt: '2026-03-10T10:00:00Z' } }), 'report:0123456789abcdef');
});
