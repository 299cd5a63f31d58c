import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRateLimiter } from './rate-limit.js';

test('a bucket allows its burst, then one request per refill interval', () => {
  let now = 0;
  const limiter = createRateLimiter({ burst: 3, perMinute: 12, now: () => now });
  const takes = () => limiter.take('192.0.2.10');
  assert.deepEqual([takes(), takes(), takes()], [{ ok: true }, { ok: true }, { ok: true }]);
  // 12 a minute: one token every 5 s.
  assert.deepEqual(takes(), { ok: false, retryAfter: 5 });
  now += 2_000;
  assert.deepEqual(takes(), { ok: false, retryAfter: 3 }, 'the wait shrinks as the token refills');
  now += 3_000;
  assert.deepEqual(takes(), { ok: true });
  assert.equal(takes().ok, false);
});

test('an idle client refills only up to the burst, and clients do not share a bucket', () => {
  let now = 0;
  const limiter = createRateLimiter({ burst: 2, perMinute: 60, now: () => now });
  limiter.take('a');
  limiter.take('a');
  assert.equal(limiter.take('a').ok, false);
  assert.equal(limiter.take('b').ok, true);
  now += 3_600_000;
  assert.equal(limiter.take('a').ok, true);
  assert.equal(limiter.take('a').ok, true);
  assert.equal(limiter.take('a').ok, false, 'an hour idle still gives only the burst');
});

test('a refill rate of zero means wait an hour; a flood of addresses stays bounded', () => {
  let now = 0;
  const none = createRateLimiter({ burst: 1, perMinute: 0, now: () => now });
  assert.equal(none.take('x').ok, true);
  assert.deepEqual(none.take('x'), { ok: false, retryAfter: 3600 });
  const small = createRateLimiter({ burst: 1, perMinute: 1, now: () => now, maxClients: 3 });
  for (const c of ['c1', 'c2', 'c3', 'c4', 'c5']) assert.equal(small.take(c).ok, true);
  // c1 was forgotten to make room, so it starts again with a full bucket: memory beats precision here.
  assert.equal(small.take('c1').ok, true);
  assert.equal(small.take('c5').ok, false, 'a remembered client is still limited');
});
