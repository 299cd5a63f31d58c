import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCorroborateError } from '../core/errors.js';
import { isHeldOut, parseClickbaitJsonl } from './clickbait-data.js';
import { rocAuc, scoreBinary } from './clickbait-metrics.js';

test('binary scores at a threshold, clickbait being the positive class', () => {
  const gold = [true, true, true, false, false, false];
  const scores = [0.9, 0.6, 0.4, 0.7, 0.2, 0.1];
  const s = scoreBinary(gold, scores);
  assert.deepEqual(s.confusion, [
    [2, 1],
    [1, 2],
  ]);
  assert.equal(s.accuracy, 4 / 6);
  assert.equal(s.precision, 2 / 3);
  assert.equal(s.recall, 2 / 3);
  assert.ok(Math.abs(s.f1 - 2 / 3) < 1e-12);
  // Pairs (positive, negative) ordered right: 0.9 beats all 3, 0.6 beats 2, 0.4 beats 2 → 7 of 9.
  assert.ok(Math.abs(s.auc - 7 / 9) < 1e-12);
});

test('ROC-AUC counts ties as half and is undefined with one class', () => {
  assert.equal(rocAuc([true, false], [0.5, 0.5]), 0.5);
  assert.equal(rocAuc([true, true, false], [0.8, 0.5, 0.5]), 0.75);
  assert.ok(Number.isNaN(rocAuc([true, true], [0.1, 0.2])));
});

test('the clickbait file is read strictly and split by a fixed hash rule', () => {
  const rows = parseClickbaitJsonl('{"headline": "12 Harbor Views", "label": "clickbait"}\n\n{"headline": "Council meets", "label": "not-clickbait"}\n');
  assert.deepEqual(rows, [
    { headline: '12 Harbor Views', clickbait: true },
    { headline: 'Council meets', clickbait: false },
  ]);
  assert.throws(() => parseClickbaitJsonl('{"headline": "x", "label": "maybe"}'), (e: unknown) => isCorroborateError(e) && e.code === 'CRB_ERR_EVAL_DATA' && e.line === 1);
  // sha256 hex digits 8–16, as an integer, mod 100: "Ferry strike ends" → 18 (held out), "Council meets" → 40.
  assert.equal(isHeldOut('Ferry strike ends'), true);
  assert.equal(isHeldOut('Council meets'), false);
  assert.equal(isHeldOut('Mayor opens library'), false);
  const heldOut = Array.from({ length: 2000 }, (_, i) => `Invented headline number ${i}`).filter(isHeldOut).length;
  assert.ok(heldOut > 320 && heldOut < 480, `${heldOut} of 2000 held out`);
});
