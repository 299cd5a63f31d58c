import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pollDelay } from './backoff.js';

test('a failing source waits twice as long after each error, up to the cap, and its interval again after a success', () => {
  const delays = [0, 1, 2, 3, 4, 5, 6, 7].map((errors) => pollDelay(2_000, errors, 30_000));
  assert.deepEqual(delays, [2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000, 30_000]);
  // A cap below the interval never makes a failing source poll faster than a healthy one.
  assert.equal(pollDelay(30_000, 3, 10_000), 30_000);
  // Days of failures stay at the cap instead of overflowing.
  assert.equal(pollDelay(30_000, 100_000, 300_000), 300_000);
});
