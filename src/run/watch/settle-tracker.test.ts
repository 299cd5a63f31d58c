import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SettleTracker, sameLook } from './settle-tracker.js';
import { isInProgressName } from './path-source.js';

test('a file settles once it looks the same at two polls in a row; a growing one does not', () => {
  const t = new SettleTracker();
  const poll = (files: Record<string, [number, number]>) =>
    [...t.observe(new Map(Object.entries(files).map(([p, [size, mtimeMs]]) => [p, { size, mtimeMs }])))].sort();
  assert.deepEqual(poll({ 'a.txt': [900, 1000], 'b.html': [4096, 1000] }), [], 'nothing is settled at the first look');
  assert.deepEqual(poll({ 'a.txt': [900, 1000], 'b.html': [8192, 1400] }), ['a.txt']);
  // Same size, later mtime: rewritten in place, so not settled yet.
  assert.deepEqual(poll({ 'a.txt': [900, 1900], 'b.html': [8192, 1400] }), ['b.html']);
  assert.deepEqual(poll({ 'a.txt': [900, 1900] }), ['a.txt']);
  // b.html was gone for a poll: when it comes back it must settle again.
  assert.deepEqual(poll({ 'a.txt': [900, 1900], 'b.html': [8192, 1400] }), ['a.txt']);
});

test('a stored mark without size or mtime never matches a file', () => {
  assert.equal(sameLook({ size: 10, mtimeMs: 5 }, { size: 10, mtimeMs: 5 }), true);
  assert.equal(sameLook({ size: 10 }, { size: 10, mtimeMs: 5 }), false);
  assert.equal(sameLook(undefined, { size: 10, mtimeMs: 5 }), false);
});

test('names that downloaders, editors and export give unfinished files are left alone', () => {
  for (const name of ['in/a.html.part', 'in/b.crdownload', 'in/c.txt.tmp', 'in/d.txt~', 'in/e.swp', 'out/all.json.partial-4242', 'f.PARTIAL']) {
    assert.equal(isInProgressName(name), true, name);
  }
  for (const name of ['in/a.html', 'in/particle.txt', 'in/tmp/report.txt', 'in/partial-results.jsonl']) {
    assert.equal(isInProgressName(name), false, name);
  }
});
