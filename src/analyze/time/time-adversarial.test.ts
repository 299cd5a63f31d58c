/**
 * Hostile input must finish in time linear in its length. No timings are asserted (machines
 * differ); the inputs are large enough (about 1 MB) that anything quadratic would not finish
 * within the test runner's patience, and the results must still be well-formed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractTimes, SCAN_WINDOW } from './extract-times.js';
import { assertWellFormed } from './time-test-helpers.js';

const PUB = { published: { value: '2024-03-14', precision: 'day' } };

test('a million commas yield nothing', () => {
  const text = ','.repeat(1_000_000);
  assert.deepEqual(extractTimes(text, PUB), []);
});

test('one 1 MB "sentence" of digits, separators and unclosed quotes finishes', () => {
  const text = '“1,2:3.4/5-6 “in “since 2014-'.repeat(35_000);
  assert.ok(text.length > 1_000_000);
  const times = extractTimes(text, PUB);
  assertWellFormed(text, times);
});

test('weekday after weekday on one endless line: every one is read', () => {
  const n = 30_000;
  const text = 'Tuesday, '.repeat(n);
  const times = extractTimes(text, PUB);
  assertWellFormed(text, times);
  // Windows are cut at whitespace, so no weekday is split.
  assert.equal(times.length, n);
  assert.ok(text.length > 10 * SCAN_WINDOW);
});

test('a 100k-character sentence full of dates and back-references stays well-formed', () => {
  const unit = 'on 3 May 2023 at 4 a.m. local time, later that day, for several hours, since early 2023 and ';
  const text = unit.repeat(Math.ceil(100_000 / unit.length));
  const times = extractTimes(text, PUB);
  assertWellFormed(text, times);
  assert.ok(times.some((t) => t.text === 'later that day' && t.resolution === 'inferred'));
});

test('1 MB of long whitespace runs and lone prepositions finishes', () => {
  const text = ('in ' + ' '.repeat(500) + 'since' + '\u00a0'.repeat(300) + 'early ').repeat(1200);
  assert.ok(text.length > 900_000);
  assertWellFormed(text, extractTimes(text, PUB));
});

test('non-English text on one endless line goes through chrono window by window', () => {
  const text = 'Am 21. Dezember 2023, gestern, '.repeat(8_000);
  const times = extractTimes(text, { ...PUB, lang: 'de' });
  assertWellFormed(text, times);
  assert.ok(times.length > 1000);
  assert.ok(text.length > 200_000);
});
