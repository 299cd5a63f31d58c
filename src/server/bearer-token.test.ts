import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTokenCheck } from './bearer-token.js';

test('only the exact token as a Bearer credential passes', () => {
  const check = createTokenCheck('k3y-for-the-harbour-desk');
  assert.equal(check('Bearer k3y-for-the-harbour-desk'), true);
  assert.equal(check('bearer  k3y-for-the-harbour-desk '), true, 'the scheme is case-insensitive');
  for (const bad of [undefined, '', 'Bearer', 'Bearer ', 'k3y-for-the-harbour-desk', 'Basic k3y-for-the-harbour-desk', 'Bearer k3y-for-the-harbour-des', 'Bearer k3y-for-the-harbour-desk2', 'Bearer k3y-for-the harbour-desk']) {
    assert.equal(check(bad), false, String(bad));
  }
});

test('an empty token never matches an empty credential', () => {
  assert.equal(createTokenCheck('')('Bearer '), false);
  assert.equal(createTokenCheck('')(undefined), false);
});
